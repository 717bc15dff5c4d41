//! PHP: recognised in content (`language-mismatch`), not checked.

use crate::lang::LineTell;

pub fn tells(_raw: &str, t: &str, out: &mut Vec<LineTell>) {
    if t.starts_with("<?php") {
        out.push(("a PHP open tag `<?php`", 8));
    }
    if (t.starts_with("namespace ") || t.starts_with("use "))
        && t.contains('\\')
        && t.ends_with(';')
    {
        out.push(("a PHP namespace or `use`", 5));
    }
    if t.contains("$this->") {
        out.push(("PHP's `$this->`", 3));
    }
    if t.contains("function ") && t.contains("($") {
        out.push(("a PHP function", 3));
    }
    // `'driver' => 'redis',`, `'connections' => [`: an array entry (Ruby
    // writes hashes so too; with `<?php` it is PHP).
    if t.starts_with('\'') && t.contains("' => ") && (t.ends_with(',') || t.ends_with('[')) {
        out.push(("a PHP array entry `'key' => value`", 1));
    }
    if t.starts_with('$') && t.contains(" = ") && t.ends_with(';') {
        out.push(("a PHP variable", 2));
    }
}
