//! Markdown: a document is not "invalid", but its fenced code blocks are
//! code, checked as the language their info string names (`backend.rs`).
//! Headings look like Python and shell comments: documents are recognised
//! mostly by their prose lines (`classify::document_lines`).

mod backend;

pub use backend::{Markdown, BACKEND};

use super::LineTell;

pub fn tells(_raw: &str, t: &str, out: &mut Vec<LineTell>) {
    if t.ends_with(')') && has_link(t) {
        out.push(("a markdown link", 2));
    }
}

/// Whether `t` holds `[text](target)`: a target with no blank in it (a URL,
/// a path, an anchor), after link text that is not part of a name. T-SQL's
/// `[rls].[fn_predicate]([TenantId])` and `NOT ([a].[b] = 1)` are code.
fn has_link(t: &str) -> bool {
    let b = t.as_bytes();
    let mut from = 0;
    while let Some(p) = t[from..].find("](").map(|p| from + p) {
        from = p + 2;
        let Some(open) = t[..p].rfind('[') else {
            continue;
        };
        let text_ok = open + 1 < p
            && (open == 0
                || !(b[open - 1].is_ascii_alphanumeric()
                    || matches!(b[open - 1], b'.' | b'_' | b']')));
        let target = &t[p + 2..];
        let target = &target[..target.find(')').unwrap_or(target.len())];
        let target_ok = !target.is_empty()
            && !target.starts_with(['[', '@', '(', '\'', '"'])
            && (target.starts_with("http") || !target.contains(char::is_whitespace));
        if text_ok && target_ok {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    #[test]
    fn links_and_bracketed_names() {
        assert!(super::has_link("See [the guide](docs/guide.md)"));
        assert!(super::has_link(
            "- [Install](https://example.com/install \"title\")"
        ));
        assert!(!super::has_link(
            "ADD FILTER PREDICATE [rls].[fn_predicate]([TenantId])"
        ));
        assert!(!super::has_link(
            "WHERE (NOT ([sqlserver].[like_i_sql]([sqlserver].[sql_text], N'%x%')))"
        ));
        assert!(!super::has_link("EXEC [dbo].[usp_Run](@a)"));
    }
}
