#!/usr/bin/perl
use strict;
use warnings;
use File::Path qw(make_path);

my %users = (
    alice => { uid => 2001, groups => ['dev', 'docker'] },
    bob   => { uid => 2002, groups => ['dev'] },
    carol => { uid => 2003, groups => ['ops', 'docker', 'sudo'] },
);

foreach my $name (sort keys %users) {
    my $u = $users{$name};
    my $home = "/home/$name";
    if (getpwnam($name)) {
        print "user $name exists, skipping\n";
        next;
    }
    system('useradd', '-m', '-u', $u->{uid}, '-G', join(',', @{ $u->{groups} }), $name) == 0
        or die "useradd $name failed: $?";
    make_path("$home/.ssh", { mode => 0700 });
    my $keyfile = "keys/$name.pub";
    if (-e $keyfile && $keyfile =~ /\.pub$/) {
        system("install -m 0600 -o $name $keyfile $home/.ssh/authorized_k