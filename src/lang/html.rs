//! HTML: recognised in content (`language-mismatch`), not checked.

use super::LineTell;

/// Common HTML element names, lower case: each is an HTML tell.
pub(crate) const TAGS: &[&str] = &[
    "div", "span", "body", "head", "p", "ul", "ol", "li", "table", "thead", "tbody", "tr", "td",
    "th", "script", "link", "meta", "form", "a", "section", "article", "nav", "header", "footer",
    "main", "h1", "h2", "h3", "h4", "img", "input", "button", "label", "title", "style", "select",
    "option", "textarea", "br", "hr", "strong", "em", "small",
];

pub fn tells(_raw: &str, t: &str, out: &mut Vec<LineTell>) {
    let lower = t.to_ascii_lowercase();
    if lower.starts_with("<!doctype html") || lower.starts_with("<html") {
        out.push(("an HTML document start", 6));
    }
    if let Some(rest) = lower.strip_prefix('<') {
        let rest = rest.strip_prefix('/').unwrap_or(rest);
        let name: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        if TAGS.contains(&name.as_str()) && rest[name.len()..].starts_with([' ', '>', '/']) {
            out.push(("an HTML tag", 1));
        }
    }
}
