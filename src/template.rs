//! Template tags in files of other languages: a Helm chart's
//! `templates/deployment.yaml` (`{{- if .Values.x }}`, Go templates), a
//! Jekyll include's JavaScript (`{% for row in site.data %}`, Liquid), an
//! Ansible or Salt file with Jinja statements. Such a file is not valid in
//! its extension's language until it is rendered, which gencheck cannot do
//! (the values are not in the repository), and rejecting it would reject
//! valid code.
//!
//! So when a file's language rejects it and the file holds template tags,
//! the tags are blanked out (each byte replaced, so every offset stays
//! where it was) and the language judges the rest: what is broken outside
//! the tags is still found, named and placed. A tag that is the only thing
//! on its line becomes a blank line; a tag inside a line becomes a neutral
//! value (`0` padded with spaces) so that `replicas: {{ .Values.n }}` stays
//! a key with a value. SQL has its own template handling (dbt's Jinja is
//! rendered, `src/lang/sql/template.rs`); Markdown and Python are not
//! templated this way.
//!
//! In JavaScript and TypeScript `{{` is code (`style={{ color: 'red' }}` in
//! JSX, an object in a block): there `{{ }}` counts only in a file that
//! holds a `{% %}` statement tag, a template without doubt.

use crate::diagnostic::Span;
use crate::language::Language;

/// The template tags of `text` in the order they appear: `{{ }}`, `{% %}`,
/// `{# #}`, closed on the same line or, for a comment or a long tag
/// (`{{- /*` ... `*/ -}}`), within the next 4 KB.
pub fn tags(text: &str, lang: Language) -> Vec<Span> {
    let pairs: &[(&str, &str)] = match lang {
        Language::Yaml
        | Language::Json
        | Language::Jsonc
        | Language::Toml
        | Language::Shell
        | Language::Css => &[("{{", "}}"), ("{%", "%}"), ("{#", "#}")],
        // `{{` is code in JavaScript, unless the file is a template already.
        Language::JavaScript | Language::TypeScript | Language::Tsx if text.contains("{%") => {
            &[("{{", "}}"), ("{%", "%}"), ("{#", "#}")]
        }
        Language::JavaScript | Language::TypeScript | Language::Tsx => {
            &[("{%", "%}"), ("{#", "#}")]
        }
        _ => return Vec::new(),
    };
    if !pairs.iter().any(|(open, _)| text.contains(open)) {
        return Vec::new();
    }
    const REACH: usize = 4096;
    let mut out = Vec::new();
    let mut at = 0;
    while at < text.len() {
        let next = pairs
            .iter()
            .filter_map(|&(open, close)| text[at..].find(open).map(|i| (at + i, open, close)))
            .min_by_key(|&(i, _, _)| i);
        let Some((start, open, close)) = next else {
            break;
        };
        let body = start + open.len();
        let mut limit = (body + REACH).min(text.len());
        while !text.is_char_boundary(limit) {
            limit -= 1;
        }
        let line_end = text[body..].find('\n').map_or(text.len(), |i| body + i);
        match text[body..limit].find(close) {
            // On its line, or a tag spanning lines that opens a comment
            // (`{{- /*`, `{#`) or runs on in a long expression.
            Some(_) if lang == Language::Yaml && !yaml_value_start(text, start) => at = body,
            Some(len) => {
                let end = body + len + close.len();
                if end <= line_end
                    || text[body..line_end].trim().is_empty()
                    || is_comment(&text[start..])
                {
                    out.push(Span::new(start, end));
                    at = end;
                } else {
                    at = body;
                }
            }
            None => at = body,
        }
    }
    out
}

/// Whether a tag at `at` stands where a YAML node starts: first on its
/// line, after `key:` or after a sequence's `-`. Elsewhere it is part of a
/// plain or quoted scalar (`msg: Hello {{ name }}`, GitHub's
/// `${{ secrets.TOKEN }}`), which YAML reads as text.
fn yaml_value_start(text: &str, at: usize) -> bool {
    let line = crate::lines::line_around(text, at);
    let before = text[line.start..at].trim();
    before.is_empty() || before.ends_with(':') || before == "-" || before.ends_with(": -")
}

/// A template comment opens here: `{# `, `{{/*`, `{{- /*`.
fn is_comment(at: &str) -> bool {
    at.starts_with("{#")
        || at
            .strip_prefix("{{")
            .map(|r| r.trim_start_matches('-').trim_start())
            .is_some_and(|r| r.starts_with("/*"))
}

/// `text` with `tags` blanked out: the same length, every line where it was.
/// Inside a line, statement tags and what lies between them
/// (`{% if a %}x{% else %}y{% endif %}`) are one value.
pub fn blank(text: &str, tags: &[Span]) -> String {
    let mut bytes = text.as_bytes().to_vec();
    let mut i = 0;
    while i < tags.len() {
        let line = crate::lines::line_around(text, tags[i].start);
        let mut j = i;
        while j < tags.len() && tags[j].end <= line.end {
            j += 1;
        }
        // A tag spanning lines is a line group of its own.
        let j = j.max(i + 1);
        let on_line = &tags[i..j];
        let group = Span::new(
            line.start,
            line.end
                .max(crate::lines::line_around(text, tags[j - 1].end).end),
        );
        let mut rest = text.as_bytes()[group.start..group.end].to_vec();
        for t in on_line {
            rest[t.start - group.start..t.end - group.start].fill(b' ');
        }
        let alone = rest.iter().all(u8::is_ascii_whitespace);
        let statements: Vec<&Span> = on_line
            .iter()
            .filter(|t| text[t.start..].starts_with("{%"))
            .collect();
        let mut values: Vec<Span> = on_line
            .iter()
            .filter(|t| !text[t.start..].starts_with("{%"))
            .copied()
            .collect();
        if let (Some(first), Some(last)) = (statements.first(), statements.last()) {
            values.retain(|v| v.end <= first.start || v.start >= last.end);
            values.push(Span::new(first.start, last.end));
        }
        for v in values {
            for b in &mut bytes[v.start..v.end] {
                if !matches!(*b, b'\n' | b'\r') {
                    *b = b' ';
                }
            }
            if !alone {
                bytes[v.start] = b'0';
            }
        }
        i = j;
    }
    // Only ASCII bytes replaced whole tags (which start and end on ASCII
    // delimiters), so the text is still UTF-8.
    String::from_utf8(bytes).unwrap_or_else(|_| text.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn helm_lines_blank_and_values_stay_values() {
        let text = "spec:\n  {{- if .Values.on }}\n  replicas: {{ .Values.n }}\n  {{- end }}\n";
        let t = tags(text, Language::Yaml);
        assert_eq!(t.len(), 3);
        let b = blank(text, &t);
        assert_eq!(b.len(), text.len());
        assert_eq!(
            b.lines().collect::<Vec<_>>(),
            [
                "spec:".to_string(),
                " ".repeat(22),
                format!("  replicas: 0{}", " ".repeat(14)),
                " ".repeat(12)
            ]
        );
    }

    #[test]
    fn a_comment_tag_over_lines_keeps_its_lines() {
        let text = "{{- /*\nGenerated, do not edit\n*/ -}}\napiVersion: v1\n";
        let t = tags(text, Language::Yaml);
        assert_eq!(t.len(), 1);
        let b = blank(text, &t);
        assert_eq!(b.lines().count(), text.lines().count());
        assert!(b.lines().take(3).all(|l| l.trim().is_empty()), "{b:?}");
        assert!(b.ends_with("apiVersion: v1\n"));
        // Braces over lines that are no comment are not a tag.
        assert!(tags("a: {{ b\nc: d }}\n", Language::Yaml).is_empty());
    }

    #[test]
    fn yaml_text_around_tags_is_a_scalar() {
        for text in [
            "env:\n  TOKEN: ${{ secrets.TOKEN }}\n",
            "msg: Hello {{ name }}\n",
            "msg: \"{{ name }}\"\n",
        ] {
            assert!(tags(text, Language::Yaml).is_empty(), "{text}");
        }
        for text in ["a: {{ b }}\n", "- {{ b }}\n", "  {{- end }}\n"] {
            assert_eq!(tags(text, Language::Yaml).len(), 1, "{text}");
        }
    }

    #[test]
    fn an_inline_conditional_is_one_value() {
        let text = "  display: {% if a %}false{% else %}true{% endif %},\n";
        let b = blank(text, &tags(text, Language::JavaScript));
        assert_eq!(b.trim_end(), format!("  display: 0{},", " ".repeat(39)));
    }

    #[test]
    fn jsx_double_braces_are_code() {
        let text = "const a = <div style={{ color: 'red' }} />;\n{# x #}\n";
        let t = tags(text, Language::Tsx);
        assert_eq!(t.len(), 1);
        assert_eq!(&text[t[0].start..t[0].end], "{# x #}");
        // With a statement tag, the file is a template: `{{ }}` counts.
        let liquid = "var a = [];\n{% for r in rows %}\na.push({ n: {{ r.n }} });\n{% endfor %}\n";
        assert_eq!(tags(liquid, Language::JavaScript).len(), 3);
    }

    #[test]
    fn unclosed_tags_and_other_languages_are_left() {
        assert!(tags("a: {{ b\n", Language::Yaml).is_empty());
        assert!(tags("x = '{{ a }}'\n", Language::Python).is_empty());
        let multi = "é: {{ ü }}\n";
        let b = blank(multi, &tags(multi, Language::Yaml));
        assert_eq!(b.len(), multi.len());
        assert!(b.starts_with("é: 0"));
    }
}
