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
    // `<TargetFramework>net8.0</TargetFramework>`, `<groupId>org.x</groupId>`
    // and `<PackageReference Include="x" Version="1" />`: an element with
    // its text, or an empty one with attributes, not named like HTML's.
    let Some(rest) = t.strip_prefix('<') else {
        return;
    };
    let name: &str = &rest[..rest
        .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_' | ':')))
        .unwrap_or(rest.len())];
    if name.is_empty() || !name.starts_with(|c: char| c.is_ascii_alphabetic()) || html_tag(name) {
        return;
    }
    let after = &rest[name.len()..];
    if after.starts_with('>')
        && t.ends_with(&format!("</{name}>"))
        && !after[1..after.len() - name.len() - 3].contains(['<', '{', '}'])
    {
        out.push(("an XML element with its text", 2));
    } else if after.starts_with(' ')
        && t.ends_with("/>")
        && after.contains("=\"")
        && !after.contains(['{', '}'])
    {
        out.push(("an empty XML element with attributes", 2));
    }
}

/// Named like an HTML (or inline SVG) element: [`crate::lang::html::TAGS`]
/// and the rarer ones that are no HTML tell.
fn html_tag(name: &str) -> bool {
    const MORE: &[&str] = &[
        "html",
        "b",
        "i",
        "u",
        "h5",
        "h6",
        "dd",
        "dl",
        "dt",
        "pre",
        "sub",
        "sup",
        "code",
        "caption",
        "summary",
        "details",
        "figure",
        "source",
        "video",
        "audio",
        "canvas",
        "svg",
        "path",
        "circle",
        "rect",
        "g",
        "iframe",
        "blockquote",
        "abbr",
        "cite",
        "kbd",
        "mark",
        "time",
    ];
    crate::lang::html::TAGS
        .iter()
        .chain(MORE)
        .any(|t| t.eq_ignore_ascii_case(name))
}
