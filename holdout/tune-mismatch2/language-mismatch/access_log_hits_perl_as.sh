#!/usr/bin/perl
use strict;
use warnings;

my %hits;
my $file = shift @ARGV or die "usage: $0 access.log\n";
open(my $fh, '<', $file) or die "cannot open $file: $!";

while (my $line = <$fh>) {
    next unless $line =~ m{^(\S+) \S+ \S+ \[[^\]]+\] "(?:GET|POST) (\S+)};
    $hits{$2}++;
}
close($fh);

for my $path (sort { $hits{$b} <=> $hits{$a} } keys %hits) {
    printf "%6d %s\n", $hits{$path}, $path;
}
