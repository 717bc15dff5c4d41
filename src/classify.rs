//! What language is this content, whatever its name says?
//!
//! Two kinds of evidence: lexical tells (a line that only one language
//! writes: `from x import y`, `CREATE TABLE`, `<!DOCTYPE html>`, `set -euo
//! pipefail`), scored per language; and a parse of the content with the
//! candidate language's strictest parser (ruff, PostgreSQL, serde_json) or,
//! for languages gencheck only recognises, its tree-sitter grammar, measuring
//! how much of the text it rejects. A language is named only when both
//! agree clearly; otherwise the answer is "unsure".

use std::time::Duration;

use crate::diagnostic::Span;
use crate::language::Language;
use crate::lines::lines;
use crate::prose::looks_like_prose;

/// One piece of evidence for a language.
#[derive(Debug, Clone)]
pub struct Tell {
    pub language: Language,
    pub span: Span,
    pub what: &'static str,
    pub weight: u32,
}

/// A confident answer.
#[derive(Debug, Clone)]
pub struct Detection {
    pub language: Language,
    /// The strongest tells, first occurrence each.
    pub evidence: Vec<Tell>,
    /// How the parse of the content in that language went.
    pub parse_note: String,
}

/// Lines scanned for tells; enough to classify, bounded for huge files.
const MAX_LINES: usize = 3000;

fn starts_word(s: &str, w: &str) -> bool {
    s.get(..w.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(w))
        && !s[w.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '_')
}

/// The tells of one line (trimmed), per language.
fn line_tells(raw: &str, t: &str, out: &mut Vec<(Language, &'static str, u32)>) {
    use Language::*;
    let indented = raw.starts_with([' ', '\t']);
    // Python
    if (t.starts_with("from ") && t.contains(" import "))
        || (t.starts_with("import ") && !t.contains(" from ") && !t.ends_with(';'))
    {
        out.push((Python, "a Python import", 3));
    }
    if (t.starts_with("def ") || t.starts_with("async def "))
        && t.contains('(')
        && (t.ends_with(':') || t.contains("->"))
    {
        out.push((Python, "a Python `def`", 3));
    }
    if t.starts_with("class ") && (t.ends_with(':') || t.ends_with("):")) {
        out.push((Python, "a Python `class`", 3));
    }
    if t.starts_with("if __name__ ==") {
        out.push((Python, "`if __name__ == ...`", 4));
    }
    if t.contains("self.") && indented {
        out.push((Python, "`self.` attribute access", 1));
    }
    if t.starts_with('@')
        && !t.contains(' ')
        && t.len() > 1
        && t[1..].starts_with(char::is_alphabetic)
    {
        out.push((Python, "a decorator", 1));
    }
    if (t.starts_with("elif ") || t == "else:" || t == "try:" || t.starts_with("except"))
        && t.ends_with(':')
    {
        out.push((Python, "a Python block keyword", 2));
    }
    // SQL
    let sql_ddl = [
        "CREATE TABLE",
        "CREATE VIEW",
        "CREATE INDEX",
        "CREATE UNIQUE INDEX",
        "CREATE FUNCTION",
        "CREATE OR REPLACE",
        "CREATE PROCEDURE",
        "CREATE TRIGGER",
        "CREATE SCHEMA",
        "CREATE TYPE",
        "CREATE SEQUENCE",
        "ALTER TABLE",
        "DROP TABLE",
        "DROP VIEW",
        "DROP INDEX",
    ];
    if sql_ddl.iter().any(|k| starts_word(t, k)) {
        out.push((Sql, "SQL DDL (`CREATE`/`ALTER`/`DROP`)", 3));
    }
    if starts_word(t, "INSERT INTO")
        || starts_word(t, "DELETE FROM")
        || (starts_word(t, "UPDATE") && t.to_ascii_uppercase().contains(" SET "))
    {
        out.push((Sql, "a SQL `INSERT`/`UPDATE`/`DELETE`", 3));
    }
    if starts_word(t, "SELECT")
        && (t.to_ascii_uppercase().contains(" FROM ") || t.ends_with(',') || t.len() == 6)
    {
        out.push((Sql, "a SQL `SELECT`", 2));
    }
    if [
        "FROM",
        "WHERE",
        "GROUP BY",
        "ORDER BY",
        "LEFT JOIN",
        "INNER JOIN",
        "JOIN",
        "HAVING",
    ]
    .iter()
    .any(|k| starts_word(t, k))
        && t.split_whitespace()
            .next()
            .is_some_and(|w| w.chars().all(|c| c.is_ascii_uppercase()))
    {
        out.push((Sql, "a SQL clause", 1));
    }
    if t.starts_with("-- ") {
        out.push((Sql, "a `--` comment", 1));
    }
    // JSON is decided on the whole text, below.
    // YAML
    if t == "---" {
        out.push((Yaml, "a YAML document start `---`", 2));
    }
    if let Some((key, rest)) = t.split_once(':') {
        let key_ok = !key.is_empty()
            && key
                .chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.' | '"' | '\''));
        let rest_ok = rest.is_empty() || rest.starts_with(' ');
        if key_ok
            && rest_ok
            && !t.ends_with([';', ',', '{', '['])
            && !t.contains(" = ")
            && !t.contains('(')
        {
            out.push((Yaml, "a YAML `key: value` line", 1));
        }
    }
    if t.starts_with("- ")
        && (t.contains(": ") || t.ends_with(':') || t.split_whitespace().count() <= 2)
    {
        out.push((Yaml, "a YAML list item", 1));
    }
    // Shell
    if t.starts_with("#!") && (t.contains("sh") || t.contains("bash")) && !t.contains("python") {
        out.push((Shell, "a shell `#!` line", 6));
    }
    if t.starts_with("set -") && t.len() <= 24 {
        out.push((Shell, "`set -e`-style shell options", 3));
    }
    if t == "fi"
        || t == "done"
        || t == "esac"
        || t == "then"
        || t.ends_with("; then")
        || t.ends_with("; do")
    {
        out.push((Shell, "a shell block keyword", 2));
    }
    if [
        "echo ", "export ", "source ", "apt-get ", "sudo ", "mkdir -p", "cd \"$", "chmod ",
    ]
    .iter()
    .any(|k| t.starts_with(k))
    {
        out.push((Shell, "a shell command", 1));
    }
    // JavaScript / TypeScript
    if (t.starts_with("import ") && (t.contains(" from '") || t.contains(" from \"")))
        || t.starts_with("export default")
        || t.starts_with("export const")
        || t.starts_with("export function")
        || t.starts_with("module.exports")
    {
        out.push((JavaScript, "a JavaScript import/export", 3));
    }
    if (t.starts_with("const ") || t.starts_with("let ") || t.starts_with("var "))
        && t.contains(" = ")
    {
        out.push((JavaScript, "a JavaScript declaration", 2));
    }
    if t.contains("function ") && t.contains('(') && t.ends_with('{') {
        out.push((JavaScript, "a JavaScript function", 2));
    }
    if t.contains("console.log(") || t.contains("require('") || t.contains("require(\"") {
        out.push((JavaScript, "`console.log`/`require`", 2));
    }
    if t.contains(") => {") || t.contains(") => ") && t.ends_with(';') {
        out.push((JavaScript, "an arrow function", 1));
    }
    if (t.starts_with("interface ")
        || t.starts_with("export interface ")
        || (t.starts_with("type ") && t.contains(" = ")))
        && !t.ends_with(':')
    {
        out.push((TypeScript, "a TypeScript interface/type", 4));
    }
    if [": string", ": number", ": boolean", ": Promise<"]
        .iter()
        .any(|k| t.contains(k))
    {
        out.push((TypeScript, "a TypeScript type annotation", 2));
    }
    // HTML
    let lower = t.to_ascii_lowercase();
    if lower.starts_with("<!doctype html") || lower.starts_with("<html") {
        out.push((Html, "an HTML document start", 6));
    }
    if let Some(rest) = lower.strip_prefix('<') {
        let rest = rest.strip_prefix('/').unwrap_or(rest);
        let name: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        const TAGS: &[&str] = &[
            "div", "span", "body", "head", "p", "ul", "ol", "li", "table", "thead", "tbody", "tr",
            "td", "th", "script", "link", "meta", "form", "a", "section", "article", "nav",
            "header", "footer", "main", "h1", "h2", "h3", "h4", "img", "input", "button", "label",
            "title", "style", "select", "option", "textarea", "br", "hr", "strong", "em", "small",
        ];
        if TAGS.contains(&name.as_str()) && rest[name.len()..].starts_with([' ', '>', '/']) {
            out.push((Html, "an HTML tag", 1));
        }
    }
    // Markdown headings look like Python and shell comments: documents are
    // recognised by their prose lines, see `document_lines`.
    if t.contains("](") && t.contains('[') && t.ends_with(')') {
        out.push((Markdown, "a markdown link", 2));
    }
}

/// Collect the tells of `text`, with spans.
pub fn tells(text: &str) -> Vec<Tell> {
    let mut out = Vec::new();
    let mut buf = Vec::new();
    for line in lines(text).take(MAX_LINES) {
        let t = line.text.trim();
        if t.is_empty() {
            continue;
        }
        buf.clear();
        line_tells(line.text, t, &mut buf);
        let start = line.span.start + (line.text.len() - line.text.trim_start().len());
        for (language, what, weight) in buf.drain(..) {
            out.push(Tell {
                language,
                span: Span::new(start, line.span.end),
                what,
                weight,
            });
        }
    }
    out
}

/// Sum of weights per language, each kind of tell capped so that a long
/// file of one construct does not outweigh everything.
fn scores(tells: &[Tell]) -> Vec<(Language, u32, usize)> {
    let mut out: Vec<(Language, u32, usize)> = Vec::new();
    for lang in Language::ALL {
        let mine: Vec<&Tell> = tells.iter().filter(|t| t.language == *lang).collect();
        let mut kinds: Vec<&str> = mine.iter().map(|t| t.what).collect();
        kinds.sort();
        kinds.dedup();
        let score: u32 = kinds
            .iter()
            .map(|k| {
                let of_kind: Vec<&&Tell> = mine.iter().filter(|t| t.what == *k).collect();
                let per = of_kind[0].weight;
                // Weak tells may repeat more before they stop adding up.
                let cap = if per == 1 { 8 } else { 4 };
                per * (of_kind.len() as u32).min(cap)
            })
            .sum();
        out.push((*lang, score, kinds.len()));
    }
    out
}

/// How a text splits into document lines.
struct DocumentLines {
    /// Non-blank lines.
    total: usize,
    /// Lines that are prose, headings, list items, table rows or indented
    /// code samples.
    markdown_lines: usize,
    /// Spans of the plain text lines (sentences, list items with prose).
    text_lines: Vec<Span>,
    /// Markdown headings and table rows: document structure code lacks.
    structure: usize,
}

fn looks_like_text(t: &str) -> bool {
    if t.starts_with("--") || t.starts_with("//") || t.starts_with("/*") {
        return false;
    }
    let t = ["- ", "* ", "> "]
        .iter()
        .find_map(|m| t.strip_prefix(m))
        .unwrap_or(t);
    let words: Vec<&str> = t.split_whitespace().collect();
    if words.len() < 4 || looks_like_code_line(t) {
        return false;
    }
    // Code starts with a keyword written in capitals (`CREATE`, `SELECT`).
    if words[0].len() > 1 && words[0].chars().all(|c| c.is_ascii_uppercase()) {
        return false;
    }
    let cleaned: Vec<&str> = words
        .iter()
        .map(|w| w.trim_matches(|c: char| ",.:;!?\"'()`*".contains(c)))
        .filter(|w| !w.is_empty())
        .collect();
    let wordish = cleaned
        .iter()
        .filter(|w| {
            w.chars()
                .all(|c| c.is_alphabetic() || c == '\'' || c == '-')
        })
        .count();
    let lower = cleaned
        .iter()
        .filter(|w| w.chars().all(|c| c.is_lowercase() || c == '\'' || c == '-'))
        .count();
    (wordish * 10 >= words.len() * 6 && lower * 2 >= words.len()) || looks_like_prose(t)
}

fn looks_like_code_line(t: &str) -> bool {
    t.contains(" = ")
        || t.contains("==")
        || t.ends_with([';', '{', '}', '(', ','])
        || t.contains("()")
}

fn document_lines(text: &str) -> DocumentLines {
    let mut doc = DocumentLines {
        total: 0,
        markdown_lines: 0,
        text_lines: Vec::new(),
        structure: 0,
    };
    for line in lines(text).take(MAX_LINES) {
        let t = line.text.trim();
        if t.is_empty() {
            continue;
        }
        doc.total += 1;
        let heading = t.starts_with('#') && t.trim_start_matches('#').starts_with(' ');
        let table = t.starts_with('|') && t.ends_with('|');
        let indented = line.text.starts_with("    ") || line.text.starts_with('\t');
        if heading || table {
            doc.structure += 1;
        }
        if looks_like_text(t) {
            let start = line.span.start + (line.text.len() - line.text.trim_start().len());
            doc.text_lines.push(Span::new(start, line.span.end));
            doc.markdown_lines += 1;
        } else if heading || table || indented || t.starts_with("- ") || t.starts_with("* ") {
            doc.markdown_lines += 1;
        }
    }
    doc
}

/// A cheap look at the start of a file that the implied language's parser
/// accepted: does it still look like something else (JSON is valid Python)?
pub fn quick_tell(text: &str, implied: Language) -> bool {
    let first = text.trim_start();
    let c = first.chars().next();
    match implied {
        Language::Python => {
            matches!(c, Some('{') | Some('['))
                || first.starts_with("<!")
                || first.starts_with("---")
        }
        _ => matches!(c, Some('{') | Some('[') | Some('<')),
    }
}

/// The share of `text` that `lang`'s parser rejects (0.0 = all accepted), and
/// a note for the message.
fn rejection(text: &str, lang: Language) -> (f32, String) {
    match lang {
        Language::Python => {
            let errors = crate::lang::python::syntax_errors(text, false);
            let lines = text.lines().filter(|l| !l.trim().is_empty()).count().max(1);
            let n = errors.len();
            let note = if n == 0 {
                "Python's parser accepts all of it".to_string()
            } else {
                format!(
                    "Python's parser accepts it but for {n} error{}",
                    if n == 1 { "" } else { "s" }
                )
            };
            ((n as f32 * 3.0) / lines as f32, note)
        }
        Language::Sql => {
            let script = crate::lang::sql::split(text, crate::lang::sql::Dialect::Generic);
            let total = script.statements.len().max(1);
            let a =
                crate::lang::sql::analyze_script(text, &script, crate::lang::sql::Dialect::Generic);
            let bad = a.rejected.len();
            let note = format!(
                "{} of {total} statements parse as SQL",
                total.saturating_sub(bad)
            );
            (bad as f32 / total as f32, note)
        }
        Language::Json => match serde_json::from_str::<serde_json::Value>(text) {
            Ok(_) => (0.0, "it parses as JSON".to_string()),
            Err(_) => (1.0, String::new()),
        },
        other => {
            let Ok(tree) = crate::parse::parse(other, text, Duration::from_millis(300)) else {
                return (1.0, String::new());
            };
            let mut bad = 0usize;
            let mut cursor = tree.walk();
            let mut stack = vec![tree.root_node()];
            while let Some(node) = stack.pop() {
                if node.is_error() || node.is_missing() {
                    bad += node.byte_range().len().max(1);
                    continue;
                }
                if node.has_error() {
                    stack.extend(node.children(&mut cursor));
                }
            }
            let share = bad as f32 / text.len().max(1) as f32;
            (
                share,
                format!(
                    "the {} grammar parses {:.0}% of it",
                    other.spec().display_name,
                    (1.0 - share.min(1.0)) * 100.0
                ),
            )
        }
    }
}

/// Decide what `text` is, when it is clearly not `implied`. `rejected`: the
/// byte ranges the implied language's parser rejects.
pub fn detect(text: &str, implied: Language, rejected: &[Span]) -> Option<Detection> {
    let trimmed = text.trim();
    // JSON: the whole text is one JSON object or array.
    if (trimmed.starts_with('{') || trimmed.starts_with('[')) && implied != Language::Json {
        if let Ok(v) = serde_json::from_str::<serde_json::Value>(trimmed) {
            let substantial = match &v {
                serde_json::Value::Object(m) => !m.is_empty(),
                serde_json::Value::Array(a) => !a.is_empty(),
                _ => false,
            };
            if substantial && trimmed.contains('"') {
                return Some(Detection {
                    language: Language::Json,
                    evidence: vec![Tell {
                        language: Language::Json,
                        span: Span::new(
                            text.len() - text.trim_start().len(),
                            text.len() - text.trim_start().len() + 1,
                        ),
                        what: "a JSON document",
                        weight: 10,
                    }],
                    parse_note: "the whole file parses as one JSON document".to_string(),
                });
            }
        }
    }
    let all = tells(text);
    let scored = scores(&all);
    let implied_score = scored
        .iter()
        .find(|(l, _, _)| *l == implied)
        .map_or(0, |s| s.1);
    let mut candidates: Vec<&(Language, u32, usize)> = scored
        .iter()
        .filter(|(l, score, kinds)| {
            *l != implied
                && *score >= 6
                && (*kinds >= 2 || *score >= 8)
                && *score >= implied_score * 2 + 2
        })
        .collect();
    candidates.sort_by_key(|c| std::cmp::Reverse(c.1));
    // TypeScript tells only add to JavaScript's.
    if let (Some(ts), Some(js)) = (
        scored.iter().find(|s| s.0 == Language::TypeScript),
        scored.iter().find(|s| s.0 == Language::JavaScript),
    ) {
        if ts.1 >= 4
            && js.1 + ts.1 >= 8
            && implied != Language::TypeScript
            && !candidates.iter().any(|c| c.0 == Language::TypeScript)
        {
            candidates.insert(0, ts);
        }
    }
    for (lang, _, _) in candidates {
        let (share, note) = rejection(text, *lang);
        if share <= 0.25 {
            let mut evidence: Vec<Tell> = Vec::new();
            for t in all.iter().filter(|t| {
                t.language == *lang
                    || (*lang == Language::TypeScript && t.language == Language::JavaScript)
            }) {
                if !evidence.iter().any(|e| e.what == t.what) {
                    evidence.push(t.clone());
                }
            }
            evidence.sort_by(|a, b| {
                b.weight
                    .cmp(&a.weight)
                    .then(a.span.start.cmp(&b.span.start))
            });
            evidence.truncate(3);
            evidence.sort_by_key(|t| t.span.start);
            return Some(Detection {
                language: *lang,
                evidence,
                parse_note: note,
            });
        }
    }
    // Prose: a document, not code. Headings look like comments in Python
    // and shell, so the prose lines themselves must be what the implied
    // parser rejects.
    let doc = document_lines(text);
    let rejected_prose = doc
        .text_lines
        .iter()
        .filter(|s| {
            rejected
                .iter()
                .any(|r| r.start < s.end && s.start < r.end.max(r.start + 1))
        })
        .count();
    if doc.total >= 4
        && implied_score < 6
        && doc.text_lines.len() >= 3
        && (doc.text_lines.len() * 10 >= doc.total * 4
            || (doc.structure >= 2 && doc.markdown_lines * 10 >= doc.total * 8))
        && (doc.markdown_lines as f32) >= 0.6 * doc.total as f32
        && rejected_prose * 2 >= doc.text_lines.len()
        && implied != Language::Markdown
    {
        let first = doc.text_lines[0];
        return Some(Detection {
            language: Language::Markdown,
            evidence: vec![Tell {
                language: Language::Markdown,
                span: first,
                what: "English prose",
                weight: 1,
            }],
            parse_note: format!(
                "{} of its {} lines are prose, headings, lists or tables",
                doc.markdown_lines, doc.total
            ),
        });
    }
    None
}
