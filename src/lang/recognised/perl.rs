//! Perl: recognised in content (`language-mismatch`: a log-parsing script
//! saved as `.sh`), not checked.

use super::{first_word, ident};
use crate::lang::LineTell;

pub fn tells(_raw: &str, t: &str, out: &mut Vec<LineTell>) {
    if t.starts_with("#!") && (t.ends_with("/perl") || t.contains("perl ") || t.ends_with(" perl"))
    {
        out.push(("a Perl `#!` line", 6));
    }
    if t == "use strict;" || t == "use warnings;" || t.starts_with("use v5") {
        out.push(("Perl's `use strict`/`use warnings`", 5));
    }
    // `use File::Basename;`, `use POSIX qw(strftime);`
    if let Some(module) = t.strip_prefix("use ") {
        if t.ends_with(';') && (module.contains("::") || module.contains(" qw(")) {
            out.push(("a Perl `use Module::Name`", 3));
        }
    }
    // `my $count = 0;`, `my ($self, %args) = @_;`, `my @lines = <$fh>;`
    if let Some(rest) = t.strip_prefix("my ").or_else(|| t.strip_prefix("our ")) {
        let sigil = rest.trim_start_matches('(');
        if sigil.starts_with(['$', '@', '%'])
            && ident(first_word(&sigil[1..], &[',', ')', ';', '=']))
            && t.ends_with([';', '{', ',', '('])
        {
            out.push(("a Perl `my $variable`", 3));
        }
    }
    // `sub parse_line {`
    if let Some(rest) = t.strip_prefix("sub ") {
        let name = first_word(rest, &['{']);
        if ident(name) && t.ends_with('{') {
            out.push(("a Perl `sub`", 3));
        }
    }
    // `foreach my $line (@lines) {`, `while (my $row = <$fh>) {`
    if (t.starts_with("foreach my $") || t.starts_with("for my $") || t.contains("(my $"))
        && t.ends_with('{')
    {
        out.push(("a Perl loop over `my $x`", 3));
    }
    // `if ($line =~ /^(\S+)/) {`, `$name =~ s/\s+$//;`
    if t.contains(" =~ /") || t.contains(" =~ m") || t.contains(" =~ s/") || t.contains(" !~ /") {
        out.push(("a Perl regular-expression match (`=~`)", 2));
    }
    // `open(my $fh, '<', $path) or die "...";`
    if t.contains(" or die") && t.ends_with(';') {
        out.push(("Perl's `or die`", 2));
    }
}
