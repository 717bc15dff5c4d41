//! Markdown: recognised in content (`language-mismatch`), not checked yet.
//! Headings look like Python and shell comments: documents are recognised
//! mostly by their prose lines (`classify::document_lines`).

use super::LineTell;

pub fn tells(_raw: &str, t: &str, out: &mut Vec<LineTell>) {
    if t.contains("](") && t.contains('[') && t.ends_with(')') {
        out.push(("a markdown link", 2));
    }
}
