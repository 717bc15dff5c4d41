//! CSS: checked with lightningcss (the parser behind Parcel and Vite's CSS
//! handling, `backend.rs`), in its error-recovering mode so that every
//! error is seen, and a scan of its own for strings, comments, blocks and
//! statements (`scan.rs`).
//!
//! CSS's grammar is forgiving by design (CSS Syntax Level 3): a browser
//! drops what it cannot read and goes on. So "invalid" here means what the
//! syntax itself cannot hold, not what a browser does not support:
//!
//! - **errors**: a declaration without its `:` or with garbage after its
//!   value (`color red;`, `color: red !importnt;`), a selector that is no
//!   selector (`.a..b`, `div > > p`, a declaration or prose at the top
//!   level), a `}` that closes nothing, a string broken by a new line, a
//!   rule prelude with no block at the end of the file;
//! - **truncated**: a block, string or comment still open at the end;
//! - **valid**: unknown properties and property values (lightningcss keeps
//!   them as tokens), unknown at-rules (`@tailwind`, `@apply`), unknown or
//!   vendor pseudo-classes and pseudo-elements, media queries no engine
//!   understands (`@media \0screen`, `(min-width:0\0)`: the Media Queries
//!   spec makes them `not all`), a pseudo-class after a pseudo-element, an
//!   `@import` after rules (ignored by browsers, not a syntax error), and the
//!   old IE hacks (`*zoom: 1`, `_height`, `color: red\9`, `!ie`).

mod backend;
mod scan;

pub use backend::{Css, BACKEND};

use super::LineTell;

/// Properties common enough that `name: value;` on a line of its own says
/// CSS (other languages' `key: value` lines do not end with `;`).
const PROPERTIES: &[&str] = &[
    "align-items",
    "animation",
    "background",
    "background-color",
    "border",
    "border-radius",
    "bottom",
    "box-shadow",
    "box-sizing",
    "color",
    "content",
    "cursor",
    "display",
    "flex",
    "flex-direction",
    "font-family",
    "font-size",
    "font-weight",
    "gap",
    "grid-template-columns",
    "height",
    "justify-content",
    "left",
    "line-height",
    "margin",
    "margin-bottom",
    "margin-left",
    "margin-right",
    "margin-top",
    "max-width",
    "min-height",
    "opacity",
    "outline",
    "overflow",
    "padding",
    "padding-bottom",
    "padding-left",
    "padding-right",
    "padding-top",
    "position",
    "right",
    "text-align",
    "text-decoration",
    "top",
    "transform",
    "transition",
    "width",
    "z-index",
];

/// At-rules only CSS (and its preprocessors) write at the start of a line.
const AT_RULES: &[&str] = &[
    "@media ",
    "@media(",
    "@keyframes ",
    "@-webkit-keyframes ",
    "@font-face",
    "@supports ",
    "@supports(",
    "@container ",
    "@layer ",
    "@charset \"",
    "@import url(",
    "@property --",
];

/// Whether `s` is a selector as a rule's prelude writes it: a class, id,
/// pseudo-class or attribute selector list (`.btn, .btn:hover`, `#main`,
/// `:root`, `[hidden]`), or an element name followed by one of them.
fn selector_like(s: &str) -> bool {
    let Some(first) = s.chars().next() else {
        return false;
    };
    // An element name needs a class, pseudo-class, attribute or
    // combinator after it (`nav ul {` is told by nothing: `class Foo {`).
    let starts_selector = matches!(first, '.' | '#' | ':' | '[' | '*')
        || first.is_ascii_lowercase() && s.contains(['.', ':', '>', '[', ',']);
    if !starts_selector {
        return false;
    }
    // `.then(x => {` and `#include` are not selectors; `a:hover` is.
    !s.contains(['=', ';', '"', '\'', '('])
        || s.contains(":not(")
        || s.contains(":is(")
        || s.contains(":has(")
        || s.contains(":where(")
        || s.contains("-child(")
        || (s.starts_with('[') && s.ends_with(']'))
}

/// Rule openings (`.card:hover {`), declarations of known properties, custom
/// properties and vendor-prefixed ones (`  color: #333;`,
/// `--brand: #0b5fff;`), and CSS at-rules (`@media (...) {`).
pub fn tells(_raw: &str, t: &str, out: &mut Vec<LineTell>) {
    if AT_RULES.iter().any(|a| t.starts_with(a)) {
        out.push(("a CSS at-rule (`@media`, `@keyframes`, `@font-face`)", 3));
        return;
    }
    if let Some(prelude) = t.strip_suffix('{') {
        let prelude = prelude.trim_end();
        if prelude.len() > 1 && selector_like(prelude) {
            out.push(("a CSS rule opening `selector {`", 1));
        }
        return;
    }
    let Some(decl) = t.strip_suffix(';') else {
        return;
    };
    let Some((name, value)) = decl.split_once(':') else {
        return;
    };
    let value = value.trim();
    if value.is_empty() || value.ends_with([',', '(', '{']) {
        return;
    }
    let custom = name.len() > 2
        && name.starts_with("--")
        && name[2..]
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    let vendor = ["-webkit-", "-moz-", "-ms-"]
        .iter()
        .any(|p| name.starts_with(p) && name.len() > p.len())
        && name.bytes().all(|b| b.is_ascii_lowercase() || b == b'-');
    // A TypeScript member (`width: number;`, `position: Position;`).
    let typed = matches!(
        value,
        "string" | "number" | "boolean" | "any" | "unknown" | "null" | "undefined" | "never"
    ) || value.contains(['<', '|', '?', '='])
        || value.starts_with(|c: char| c.is_ascii_uppercase()) && !value.contains([' ', ',']);
    if typed {
        return;
    }
    if custom || vendor {
        out.push(("a CSS custom or vendor property `--name: value;`", 2));
    } else if PROPERTIES.contains(&name) && !value.contains(['"', '\''])
        || value.ends_with("!important")
    {
        out.push(("a CSS declaration `property: value;`", 1));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn told(line: &str) -> Vec<LineTell> {
        let mut out = Vec::new();
        tells(line, line.trim(), &mut out);
        out
    }

    #[test]
    fn css_lines_tell() {
        for l in [
            ".btn-primary:hover {",
            "#sidebar > ul li {",
            ":root {",
            "[data-theme=\"dark\"] {",
            "  color: #333;",
            "  --brand-color: #0b5fff;",
            "  -webkit-appearance: none;",
            "@media (max-width: 600px) {",
            "@keyframes spin {",
            "  margin: 0 auto !important;",
        ] {
            assert!(!told(l).is_empty(), "{l}");
        }
    }

    #[test]
    fn other_languages_do_not_tell() {
        for l in [
            "if (x) {",
            "function f(a, b) {",
            "class Foo {",
            "fetch(url).then((r) => {",
            "color: red",
            "  color: 'red',",
            "const color = 'red';",
            "x: int = 3;",
            "default: return 1;",
            "case 'a': break;",
            "#include <stdio.h>",
            "def f(self):",
            "  width: number;",
            "  position: Position;",
            "  color?: string;",
            "  content: Array<string>;",
        ] {
            assert!(told(l).is_empty(), "{l}: {:?}", told(l));
        }
    }
}
