//! Markdown: a document is not "invalid", but its fenced code blocks are
//! code, checked as the language their info string names (`backend.rs`).
//! Headings look like Python and shell comments: documents are recognised
//! mostly by their prose lines (`classify::document_lines`).

mod backend;

pub use backend::{Markdown, BACKEND};

use super::LineTell;

pub fn tells(_raw: &str, t: &str, out: &mut Vec<LineTell>) {
    if t.contains("](") && t.contains('[') && t.ends_with(')') {
        out.push(("a markdown link", 2));
    }
}
