//! # placeholder
//!
//! Real code elided with a placeholder comment: "... rest of the code
//! remains the same", "existing code here", "(unchanged)", "implement the
//! rest", "-- other columns unchanged".
//!
//! **Why.** Asked to edit a long file, models often return only the part
//! they changed and a comment where the rest used to be. The file parses,
//! so every other tool accepts it, and the elided code is lost.
//!
//! **How.** Each comment is matched against the phrases models use for
//! elision: a reference to the rest, the existing or previous code, or other
//! members, together with "unchanged", "the same", "as before", "omitted",
//! "goes here", or an ellipsis. A function body that is only `...` or `pass`
//! is flagged when such a comment accompanies it.
//!
//! **Leaves alone.** `...` bodies in `.pyi` stubs, Protocols and abstract
//! methods, `...` in slicing, and TODO comments in general ("TODO: handle
//! pagination"). Comments that describe code ("the rest of this function
//! validates input") do not elide it and are not flagged.
//!
//! **Example.**
//!
//! ```text
//! class OrderService:
//!     def create(self, order):
//!         ...  # existing implementation unchanged
//! ```

use crate::analysis::{Analysis, RegionKind};
use crate::diagnostic::{Finding, Span};
use crate::rules::Rule;

/// Phrases that, on their own, say code was left out.
const ELIDED: &[&str] = &[
    "existing code",
    "existing implementation",
    "existing logic",
    "existing methods",
    "existing functions",
    "existing imports",
    "existing fields",
    "existing columns",
    "existing tests",
    "existing triggers",
    "existing indexes",
    "existing statements",
    "previous code",
    "previous implementation",
    "code goes here",
    "implementation goes here",
    "logic goes here",
    "your code here",
    "add your code",
    "implement the rest",
    "implement remaining",
    "rest of the implementation",
    "rest of implementation",
    "remains unchanged",
    "remain unchanged",
    "stays the same",
    "stay the same",
    "remains the same",
    "remain the same",
    "same as before",
    "same as above",
    "implement the rest",
    "add the rest",
    "add the remaining",
    "add remaining",
    "fill in the rest",
    "fill in the remaining",
    "from the previous version",
    "as in the previous version",
    "omitted for brevity",
    "for brevity",
    "(unchanged)",
    "[unchanged]",
    "unchanged ...",
    "... unchanged",
    "keep existing",
    "keep the existing",
];

/// What the elided part is called, for phrases like "rest of the code".
const WHAT: &[&str] = &[
    "indexes",
    "indices",
    "rows",
    "values",
    "entries",
    "records",
    "inserts",
    "constraints",
    "triggers",
    "views",
    "validation",
    "handlers",
    "routes",
    "endpoints",
    "helpers",
    "checks",
    "code",
    "file",
    "class",
    "function",
    "method",
    "methods",
    "module",
    "logic",
    "fields",
    "columns",
    "migration",
    "script",
    "query",
    "queries",
    "tests",
    "functions",
    "statements",
    "implementation",
    "body",
    "table",
    "tables",
    "schema",
    "imports",
    "members",
    "cases",
];

/// Words that follow "rest of ..." when it elides.
const STATE: &[&str] = &[
    "unchanged",
    "the same",
    "same",
    "as is",
    "as-is",
    "omitted",
    "here",
    "goes",
    "remains",
    "stays",
    "not shown",
    "follows",
    "continues",
    "...",
    "…",
];

/// Whether a comment's text says code was elided.
pub fn is_placeholder(comment: &str) -> bool {
    let lower = comment.to_lowercase();
    let t = lower
        .trim_start_matches(['#', '-', '/', '*', ' ', '\t'])
        .trim_end_matches(['*', '/', ' ', '\t'])
        .trim();
    if t.is_empty() {
        return false;
    }
    if let Some(phrase) = ELIDED.iter().find(|p| t.contains(*p)) {
        // "TODO: keep the existing order" is an instruction, not an elision.
        let instruction = phrase.starts_with("keep") || phrase.starts_with("existing");
        return !(t.starts_with("todo") && instruction);
    }
    if t == "unchanged" || t == "... unchanged ..." {
        return true;
    }
    let words: Vec<&str> = t
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let names_code = words.iter().any(|w| WHAT.contains(w));
    // "indexes unchanged from the previous version", "columns unchanged"
    if words.contains(&"unchanged") && names_code && words.len() <= 10 {
        return true;
    }
    // "existing validation logic here", "... existing handlers ..."
    if words.contains(&"existing")
        && (words.contains(&"here") || t.starts_with("...") || t.ends_with("..."))
        && words.len() <= 8
    {
        return true;
    }
    let has_ellipsis = t.starts_with("...") || t.ends_with("...") || t.contains('…');
    if let Some(pos) = t.find("rest of") {
        let after = &t[pos + 7..];
        let names_code = WHAT
            .iter()
            .any(|w| after.split(|c: char| !c.is_alphanumeric()).any(|x| x == *w));
        let elides = STATE.iter().any(|s| after.contains(s)) || has_ellipsis;
        if names_code && elides {
            return true;
        }
    }
    if has_ellipsis {
        // "... (other methods) ...", "... more fields ..."
        let members = ["other", "more", "remaining", "additional", "rest"];
        let words: Vec<&str> = t
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        if words.len() <= 6
            && words.iter().any(|w| members.contains(w))
            && words.iter().any(|w| WHAT.contains(w))
        {
            return true;
        }
    }
    false
}

pub fn find(text: &str, analysis: &Analysis) -> Vec<Finding> {
    let mut out = Vec::new();
    // Comments, and the `--` comments inside dollar-quoted function bodies.
    let mut comments: Vec<Span> = Vec::new();
    for region in &analysis.regions {
        match region.kind {
            RegionKind::Comment => comments.push(region.span),
            RegionKind::Body => {
                let body = &text[region.span.start..region.span.end];
                let mut offset = region.span.start;
                for line in body.split_inclusive('\n') {
                    if let Some(p) = line.find("--") {
                        let end = line.trim_end_matches(['\n', '\r']).len();
                        if p < end {
                            comments.push(Span::new(offset + p, offset + end));
                        }
                    }
                    offset += line.len();
                }
            }
            RegionKind::String => {}
        }
    }
    for span in comments {
        let region_span = span;
        let comment = &text[span.start..span.end];
        if comment.len() > 300 || !is_placeholder(comment) {
            continue;
        }
        let shown: String = comment.trim().chars().take(80).collect();
        out.push(
            Finding::new(
                Rule::Placeholder,
                Some(Span::new(
                    region_span.start,
                    region_span.start + comment.trim_end().len(),
                )),
                format!("placeholder where code was left out: `{shown}`"),
            )
            .with_help("write out the code the comment stands for"),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn elisions() {
        for c in [
            "# ... rest of the code remains the same",
            "# existing code here",
            "# (unchanged)",
            "# TODO: implement the rest",
            "-- ... other columns unchanged",
            "/* existing triggers here */",
            "# ... (other methods unchanged) ...",
            "# rest of implementation",
            "# same as before",
            "# Keep existing imports",
            "-- rest of migration omitted for brevity",
            "# ... more fields ...",
            "-- indexes unchanged from the previous version",
            "-- ... (remaining 40 rows)",
            "-- (same as above for APAC, AMER and LATAM)",
            "-- TODO: add the remaining columns from the HR export",
            "-- existing validation logic here",
            "# ... existing validation logic ...",
        ] {
            assert!(is_placeholder(c), "{c}");
        }
    }

    #[test]
    fn ordinary_comments() {
        for c in [
            "# TODO: handle pagination",
            "# the rest of this function validates input",
            "# Compute the total",
            "# ...",
            "-- keep rows ordered by id",
            "# TODO: keep the existing order when sorting",
            "# fall back to the previous value",
            "# rest of the line is the value",
            "# return the input unchanged",
            "# existing users keep their settings",
        ] {
            assert!(!is_placeholder(c), "{c}");
        }
    }
}
