//! # truncated
//!
//! The file ends before its last construct is complete.
//!
//! **Why.** Model output stops at a token limit or a dropped connection, and
//! the partial file is saved. Reported as a syntax error at the last line,
//! it reads like a typo; it is a lost tail.
//!
//! **How.** Signals at the end of the file, after the strict parse:
//!
//! - a bracket, string, comment, dollar-quoted body or `BEGIN` block opened
//!   and still open at the end of the file;
//! - a syntax error at the very end (an indented block header with no body,
//!   `total = price *`, a SQL statement that stops after `WHERE`);
//! - no final newline and a last word that is a strict prefix of a name
//!   used elsewhere in the file and appears nowhere else (`self.usernam`
//!   where `username` is used): valid syntax, but cut mid-word;
//! - SQL: a last statement without `;` where every other has one, with no
//!   final newline (a warning: it may be a missing `;`);
//! - YAML cut at a line end, which leaves valid YAML: a bare `-` last; a
//!   last key with nothing under it that always holds a block (`steps:`,
//!   `containers:`, `with:`) or whose sibling keys all hold a mapping with
//!   such a key in it (a job or service cut after its name; siblings with
//!   only optional settings, like an inventory's hosts, may have a null
//!   one); a `steps:`/`tasks:` item with only its `name:`; without a
//!   final newline, a value that stops after `&&`, `,` or `(` (an error),
//!   or any other key with no value (a warning: a file may end with an
//!   empty value on purpose). By the kind of file (`lang/yaml/ends.rs`): a
//!   workflow with triggers and no `jobs:`, or whose last job has no
//!   `steps:`; a Kubernetes manifest or Dependabot file ending in an empty
//!   key; a compose file ending in an empty `volumes:` its services need;
//!   a last list item without the key every item before it has; a strict
//!   prefix of a well-known value (`runs-on: ubuntu-la`); a block scalar
//!   at the end whose script is inside a quote or bracket, or whose text
//!   leaves a `{` open.
//!
//! The finding points at the end of the file and names what was left open
//! and where it was opened. Errors in the middle of the file stay
//! `syntax-error`.
//!
//! **Leaves alone.** A complete file without a final newline; a last SQL
//! statement without `;` that ends with a newline.
//!
//! **Example.**
//!
//! ```text
//! def monthly_total(rows):
//!     return sum(row.amount for row in rows if row.month ==
//! ```

/// The rule's registry entry (`rules/mod.rs`).
pub const META: crate::rules::RuleMeta = crate::rules::RuleMeta {
    id: "truncated",
    severity: crate::diagnostic::Severity::Error,
    summary: "the file ends before its last construct is complete",
    sarif_name: "TruncatedFile",
    tags: &["correctness", "generated-code"],
};

use crate::analysis::{Analysis, SyntaxError};
use crate::diagnostic::{Finding, LineIndex, Severity, Span};
use crate::language::Language;
use crate::rules::Rule;

/// Findings, and which syntax errors (by index) the truncation explains.
/// `tail_intact`: the end of `text` is the file's own end (no chatter after
/// the code was hidden), so a missing final newline means something.
pub fn find(
    text: &str,
    analysis: &Analysis,
    language: Language,
    tail_intact: bool,
) -> (Vec<Finding>, Vec<usize>) {
    let end = text.trim_end().len();
    if end == 0 {
        return (Vec::new(), Vec::new());
    }
    let index = LineIndex::new(text);
    let last_line = index.line_of(end.saturating_sub(1));
    let (line_start, _) = index.line_range(text, last_line);
    let tail_span = Span::new(
        line_start + (text[line_start..end].len() - text[line_start..end].trim_start().len()),
        end,
    );
    let no_newline = tail_intact && !text.ends_with(['\n', '\r']);

    let explained: Vec<usize> = analysis
        .errors
        .iter()
        .enumerate()
        .filter(|(_, e)| e.at_eof || (e.span.start >= line_start && no_newline))
        .map(|(i, _)| i)
        .collect();

    let mut parts: Vec<String> = Vec::new();
    let mut labels: Vec<(Span, String)> = Vec::new();
    for open in &analysis.open_at_eof {
        let p = index.position(text, open.opener.start);
        parts.push(format!(
            "{} opened at {}:{} is never closed",
            open.what, p.line, p.column
        ));
        labels.push((open.opener, format!("{} opened here", open.what)));
    }
    if parts.is_empty() && !explained.is_empty() {
        let e: &SyntaxError = &analysis.errors[explained[0]];
        parts.push(format!("the last construct is incomplete ({})", e.message));
    }
    if !parts.is_empty() {
        let mut f = Finding::new(
            Rule::Truncated,
            Some(tail_span),
            format!(
                "the file ends before its last construct is complete: {}",
                parts.join("; ")
            ),
        )
        .with_help("the output was probably cut off: regenerate or complete the end of the file");
        for (s, m) in labels {
            if s.start < tail_span.start {
                f = f.with_label(s, m);
            }
        }
        return (vec![f], explained);
    }
    let ends_in_region = analysis.region_at(end - 1).is_some();
    if tail_intact && !ends_in_region {
        if let Some(what) = dangling_end(&text[..end], language) {
            let f = Finding::new(
                Rule::Truncated,
                Some(tail_span),
                format!("the file ends with {what}, with nothing after it"),
            )
            .with_help(
                "the output was probably cut off: regenerate or complete the end of the file",
            );
            return (vec![f], explained);
        }
    }
    // A last word in a comment (`//# sourceMappingURL=x.d.ts.map`, which
    // bundlers write without a final newline) is not judged.
    let ends_in_comment = analysis
        .region_at(end - 1)
        .is_some_and(|r| r.kind == crate::analysis::RegionKind::Comment);
    if no_newline && !ends_in_region {
        if let Some((what, certain)) = language
            .backend()
            .and_then(|b| b.cut_last_line(&text[..end]))
        {
            let f = Finding::new(
                Rule::Truncated,
                Some(tail_span),
                format!("the file ends with {what}, and there is no final newline"),
            )
            .with_help(
                "the output was probably cut off: regenerate or complete the end of the file",
            );
            let f = if certain {
                f
            } else {
                f.with_severity(Severity::Warning)
            };
            return (vec![f], explained);
        }
    }
    if no_newline {
        if let Some((word, span, full, sure)) =
            cut_word(text, end, language).filter(|_| !ends_in_comment)
        {
            let f = Finding::new(
                Rule::Truncated,
                Some(span),
                format!("the file ends mid-word: `{word}` looks cut from `{full}`, used elsewhere in the file, and there is no final newline"),
            )
            .with_help("the output was probably cut off: regenerate or complete the end of the file");
            // Where bare words are values, a file may end in a shorter one
            // on purpose (`tags: download` beside `download_tarball.yml`,
            // `env: prod` beside `production`): there only a word surely
            // cut rejects the file.
            let f = if !sure && language.backend().is_some_and(|b| b.plain_text_values()) {
                f.with_severity(Severity::Warning)
            } else {
                f
            };
            return (vec![f], Vec::new());
        }
        if analysis.last_statement_unterminated {
            let f = Finding::new(
                Rule::Truncated,
                Some(tail_span),
                "the last statement has no `;` while every other statement has one, and the file has no final newline: it may be cut off",
            )
            .with_severity(Severity::Warning);
            return (vec![f], Vec::new());
        }
    }
    (Vec::new(), Vec::new())
}

/// A last token that cannot end a file: the backend's own (a list
/// separator, a binary operator, a SQL keyword that needs something after
/// it), or a dot right after a name.
fn dangling_end(body: &str, language: Language) -> Option<String> {
    if let Some(what) = language.backend().and_then(|b| b.dangling_end(body)) {
        return Some(what);
    }
    // `schema.` or `self.`: a dot right after a name, not a sentence's end
    // (nor a number the language writes with a trailing point: JSON5's `5.`).
    let dot_dangles = !language
        .backend()
        .is_some_and(|b| b.plain_text_values() || b.complete_end(body));
    if dot_dangles && body.ends_with('.') && !body.ends_with("..") {
        let last_line = body.rsplit(['\n', '\r']).next().unwrap_or(body);
        let before = body[..body.len() - 1].chars().next_back();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_')
            && !crate::prose::looks_like_prose(last_line)
        {
            return Some("`.`".to_string());
        }
    }
    None
}

/// Short forms a file may end with on purpose beside their long form
/// elsewhere (`env: prod` beside `production`): a cut word only maybe.
const ABBREVIATIONS: &[&str] = &[
    "prod", "dev", "stg", "env", "config", "conf", "auth", "app", "repo", "info", "admin", "doc",
    "docs", "spec", "lib", "src", "pkg", "tmp", "temp", "max", "min", "num", "init", "exec",
    "impl", "util", "utils", "param", "params", "arg", "args", "var", "vars", "ref", "req", "res",
    "msg", "img", "ext", "int", "str", "bool", "func", "obj", "val", "db", "id",
];

/// Top-level domains and file extensions, which end a name after a dot.
const SUFFIXES: &[&str] = &[
    "com", "org", "net", "io", "dev", "edu", "gov", "co", "uk", "de", "eu", "ai", "app", "cloud",
    "py", "js", "ts", "md", "txt", "json", "yml", "yaml", "toml", "sh", "html", "css", "sql", "rs",
    "go", "rb", "java", "xml", "csv", "log", "lock", "cfg", "ini", "conf", "tar", "gz", "zip",
];

/// The last word of the file, when it is a strict prefix of a longer word
/// used elsewhere (case aside: `guides/deplo` under `Deploying:`) and
/// appears nowhere else; with whether it is surely cut. It is only maybe
/// cut where the longer word is an inflection of it (`download` beside
/// `downloads`), a compound it starts (`download_tarball`, `createOrder`)
/// or the long form of an abbreviation (`prod`, `production`).
fn cut_word(text: &str, end: usize, language: Language) -> Option<(String, Span, String, bool)> {
    let is_word = |c: char| c.is_alphanumeric() || c == '_';
    let body = &text[..end];
    let last_char = body.chars().next_back()?;
    if !is_word(last_char) {
        return None;
    }
    let start = body
        .char_indices()
        .rev()
        .take_while(|(_, c)| is_word(*c))
        .last()
        .map(|(i, _)| i)?;
    let word = &body[start..];
    // (Where bare words are values, two letters may be cut too: `nginx/ng`.)
    let plain = language.backend().is_some_and(|b| b.plain_text_values());
    let min = if plain { 2 } else { 3 };
    if word.chars().count() < min || word.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    // A keyword ends statements legitimately (`DESC`, `pass`).
    if language.backend().is_some_and(|b| b.is_keyword(word)) {
        return None;
    }
    let starts_with_word = |w: &str| w.get(..word.len()).is_some_and(|p| p.eq_ignore_ascii_case(word));
    let mut longer: Option<&str> = None;
    for w in body[..start].split(|c: char| !is_word(c)) {
        if w.eq_ignore_ascii_case(word) {
            return None;
        }
        if longer.is_none() && w.len() > word.len() && starts_with_word(w) {
            longer = Some(w);
        }
    }
    let full = longer?;
    let rest = &full[word.len()..];
    let next = rest.chars().next().unwrap_or('_');
    let inflection = matches!(rest, "s" | "es" | "ed" | "d" | "er" | "ers" | "ing");
    let compound = next == '_' || (next.is_uppercase() && word.ends_with(char::is_lowercase));
    let abbreviation = ABBREVIATIONS.contains(&word.to_ascii_lowercase().as_str());
    // A domain's or a file's suffix after a name's dot (`dell.com`,
    // `setup.py`) is whole, whatever longer word it starts (not a
    // handler's `orders.cre`).
    let suffix = SUFFIXES.contains(&word)
        && body[..start].ends_with('.')
        && body[..start - 1]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric());
    let sure = !(inflection || compound || abbreviation || suffix);
    Some((word.to_string(), Span::new(start, end), full.to_string(), sure))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cut_word_needs_a_longer_word_elsewhere() {
        let t = "def f(self):\n    self.username = 1\n    return self.usernam";
        let (w, _, full, _) = cut_word(t, t.len(), Language::Python).unwrap();
        assert_eq!((w.as_str(), full.as_str()), ("usernam", "username"));
        let t = "x = value\ny = val";
        assert!(cut_word(t, t.len(), Language::Python).is_some());
        let t = "x = value\ny = value";
        assert!(cut_word(t, t.len(), Language::Python).is_none());
        let t = "SELECT description FROM t ORDER BY id DESC";
        assert!(cut_word(t, t.len(), Language::Sql).is_none());
        // Surely cut, or maybe: where bare words are values only the first
        // rejects the file.
        let sure = |t: &str| cut_word(t, t.len(), Language::Yaml).map(|c| c.3);
        // A domain's or an extension's suffix is not surely cut.
        assert_eq!(sure("# compliance\nemail: security@dell.com"), Some(false));
        assert_eq!(sure("a: createOrder\nhandler: src/orders.cre"), Some(true));
        assert_eq!(sure("name: Build\nrun: npm run build:docs\nrun: npm ci && npm run bui"), Some(true));
        assert_eq!(sure("name: api\ndest: /etc/nginx/ng"), Some(true));
        assert_eq!(sure("nav:\n  - Deploying: guides/deploying.md\n  - x: guides/deplo"), Some(true));
        assert_eq!(sure("tags: download_tarball\ntags: download"), Some(false));
        assert_eq!(sure("url: downloads/x\nname: download"), Some(false));
        assert_eq!(sure("a: createOrder\nb: create"), Some(false));
        assert_eq!(sure("stage: production\nenv: prod"), Some(false));
    }
}
