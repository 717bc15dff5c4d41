//! SCSS (Sass): recognised in content (`language-mismatch`: a stylesheet
//! saved as `.tsx`), not checked. Plain CSS is checked by its own backend;
//! these are the lines CSS does not have.

use super::first_word;
use crate::lang::LineTell;

fn name(w: &str) -> bool {
    !w.is_empty()
        && w.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

pub fn tells(_raw: &str, t: &str, out: &mut Vec<LineTell>) {
    // `$brand-primary: #3b82f6;`, `$breakpoints: (`
    if let Some(rest) = t.strip_prefix('$') {
        if let Some((var, value)) = rest.split_once(':') {
            if name(var) && (t.ends_with(';') || value.trim() == "(") {
                out.push(("a Sass variable (`$name: value;`)", 3));
            }
        }
    }
    // `@mixin card($padding) {`, `@include respond-to(md) {`, `@use "sass:math";`
    for (kw, weight) in [
        ("@mixin ", 4),
        ("@include ", 3),
        ("@extend ", 3),
        ("@use ", 4),
        ("@forward ", 4),
        ("@function ", 4),
        ("@each $", 4),
        ("@return ", 3),
    ] {
        if let Some(rest) = t.strip_prefix(kw) {
            let w = first_word(
                rest.trim_start_matches(['%', '.', '"', '\'']),
                &['(', ';', '"', '\''],
            );
            let quoted = rest.starts_with(['"', '\'']);
            if name(w) || kw.ends_with('$') || kw == "@return " || quoted && kw != "@include " {
                out.push(("a Sass at-rule (`@mixin`, `@include`, `@use`)", weight));
            }
        }
    }
    if (t.starts_with("@if ") || t.starts_with("@else")) && t.contains('$') && t.ends_with('{') {
        out.push(("a Sass `@if`", 3));
    }
    // `&:hover {`, `&__title {`, `&.is-active {`: nesting, which Sass wrote
    // first (CSS nesting is checked by the CSS parser).
    if let Some(rest) = t.strip_prefix("&__").or_else(|| t.strip_prefix("&--")) {
        if rest.strip_suffix(" {").is_some_and(name) {
            out.push(("a Sass `&__element` selector", 3));
        }
    }
    // `width: math.div($gap, 2);`, `padding: $spacing * 2;`
    if t.contains(": ")
        && t.ends_with(';')
        && (t.contains(" $") || t.contains("($"))
        && !t.starts_with('$')
    {
        out.push(("a property set from a Sass variable", 2));
    }
}
