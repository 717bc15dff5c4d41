#!/usr/bin/perl
use strict;
use warnings;
use File::Find;

my $days = shift // 30;
my $cutoff = time - $days * 86400;
my @removed;

find(sub {
    return unless -f $_ && /\.log$/;
    if ((stat($_))[9] < $cutoff) {
        unlink $_ or warn "cannot remove $File::Find::name: $!";
        push @removed, $File::Find::name;
    }
}, '/var/log/myapp');

printf "removed %d file(s)\n", scalar @removed;
