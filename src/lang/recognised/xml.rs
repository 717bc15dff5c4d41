//! XML: recognised in content (`language-mismatch`), not checked.

use crate::lang::LineTell;

pub fn tells(_raw: &str, t: &str, out: &mut Vec<LineTell>) {
    if t.starts_with("<?xml ") {
        out.push(("an XML declaration", 8));
    }
    if t.starts_with('<')
        && t.ends_with('>')
        && t.contains(':')
        && (t.contains("xmlns")
            || t[1..]
                .split(['>', ' '])
                .next()
                .is_some_and(|n| n.contains(':')))
    {
        out.push(("an XML namespaced element", 2));
    }
    if t.starts_with("</") && t.ends_with('>') {
        out.push(("an XML closing tag", 1));
    }
}
