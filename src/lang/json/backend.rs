//! JSON's backend: what the rules and the classifier need from the verdict
//! (`verdict.rs`) and the scan (`scan.rs`).

use crate::analysis::{Analysis, DuplicateKey, OpenAtEof};
use crate::diagnostic::{Severity, Span};
use crate::lang::{Backend, Claim, FileContext};
use crate::lines::lines;

use super::scan::{blanked, scan, Scan};
use super::verdict;

/// The JSON backend; `jsonc` allows comments and trailing commas.
pub struct Json {
    jsonc: bool,
}

/// Strict JSON (RFC 8259), and JSON Lines by extension.
pub static BACKEND: Json = Json { jsonc: false };

/// JSONC: JSON with comments and trailing commas.
pub static JSONC_BACKEND: Json = Json { jsonc: true };

/// Extensions whose files hold one JSON document per line.
const JSON_LINES: &[&str] = &[".jsonl", ".ndjson"];

fn is_json_lines(path: &str) -> bool {
    let lower = path.to_ascii_lowercase();
    JSON_LINES.iter().any(|e| lower.ends_with(e))
}

impl Json {
    /// The scan, and the text the strict parser reads (JSONC: comments and
    /// trailing commas blanked).
    fn prepare<'t>(&self, text: &'t str, lines: bool) -> (Scan, std::borrow::Cow<'t, str>) {
        let s = scan(text, self.jsonc, lines);
        let seen = if self.jsonc && !s.blank.is_empty() {
            std::borrow::Cow::Owned(blanked(text, &s.blank))
        } else {
            std::borrow::Cow::Borrowed(text)
        };
        (s, seen)
    }
}

impl Backend for Json {
    fn analyze(&self, text: &str, ctx: &FileContext<'_>) -> Analysis {
        let json_lines = !self.jsonc && is_json_lines(ctx.path);
        let (s, seen) = self.prepare(text, json_lines);
        let mut errors = Vec::new();
        if json_lines {
            for line in lines(&seen) {
                if line.text.trim().is_empty() {
                    continue;
                }
                let start = line.span.start;
                errors.extend(verdict::check(line.text, start, text, self.jsonc));
            }
        } else {
            errors.extend(verdict::check(&seen, 0, text, self.jsonc));
        }
        let mut analysis = Analysis {
            regions: s.regions,
            duplicate_keys: s
                .duplicates
                .into_iter()
                .map(|d| DuplicateKey {
                    key: d.key,
                    span: d.span,
                    first: d.first,
                    container: "object",
                    // RFC 8259: names "SHOULD be unique"; not an error.
                    severity: Severity::Warning,
                })
                .collect(),
            elisions: s.elisions,
            ..Analysis::default()
        };
        if errors.is_empty() {
            return analysis;
        }
        // What is open at the end: the outermost and innermost bracket, and
        // a string or comment.
        let mut open = Vec::new();
        let bracket = |(at, b): (usize, u8)| OpenAtEof {
            opener: Span::new(at, at + 1),
            what: if b == b'{' {
                "the object `{`".to_string()
            } else {
                "the array `[`".to_string()
            },
        };
        if let Some(first) = s.open.first() {
            open.push(bracket(*first));
        }
        if s.open.len() > 1 {
            open.push(bracket(*s.open.last().unwrap()));
        }
        if let Some(at) = s.open_string {
            open.push(OpenAtEof {
                opener: Span::new(at, at + 1),
                what: "a string".to_string(),
            });
        }
        if let Some(at) = s.open_comment {
            open.push(OpenAtEof {
                opener: Span::new(at, at + 2),
                what: "a comment `/*`".to_string(),
            });
        }
        analysis.open_at_eof = open;
        // Rejected: the lines with the parser's error, and every line with a
        // token that is no JSON at all.
        let mut rejected: Vec<Span> = errors
            .iter()
            .map(|e| crate::lines::line_around(text, e.span.start))
            .chain(
                s.junk
                    .iter()
                    .map(|j| crate::lines::line_around(text, j.start)),
            )
            .collect();
        rejected.sort_by_key(|r| r.start);
        rejected.dedup_by_key(|r| r.start);
        analysis.rejected = rejected;
        analysis.errors = errors;
        analysis
    }

    /// All of it when it parses (as one document, or as JSON Lines), else
    /// none: a strict parser stops at the first error.
    fn rejection(&self, text: &str) -> (f32, String) {
        let what = if self.jsonc { "JSONC" } else { "JSON" };
        let (_, seen) = self.prepare(text, false);
        if verdict::check(&seen, 0, text, self.jsonc).is_none() {
            return (0.0, format!("the whole file parses as one {what} document"));
        }
        let docs: Vec<&str> = seen.lines().filter(|l| !l.trim().is_empty()).collect();
        if docs.len() >= 2
            && docs
                .iter()
                .all(|d| verdict::check(d, 0, d, self.jsonc).is_none())
        {
            return (
                0.0,
                format!("each of its {} lines parses as a JSON document", docs.len()),
            );
        }
        (1.0, String::new())
    }

    /// One substantial object or array (with a quoted key or string) that
    /// strict JSON accepts: JSON, whatever the file is called. JSONC claims
    /// one that only its comments or trailing commas keep from being JSON.
    fn claims(&self, text: &str, implied: crate::language::Language) -> Option<Claim> {
        // JSON with a comment, named `.json`, is JSON with a syntax error
        // (and a hint about `[languages] jsonc`), not another language.
        if self.jsonc && crate::language::Language::Jsonc.includes(implied) {
            return None;
        }
        let trimmed = text.trim();
        if !(trimmed.starts_with('{') || trimmed.starts_with('[')) || !trimmed.contains('"') {
            return None;
        }
        let seen;
        let trimmed = if self.jsonc {
            // JSONC claims what only its comments or trailing commas keep
            // from being JSON (JSON claims the rest first).
            let (s, blanked) = self.prepare(trimmed, false);
            if s.blank.is_empty() {
                return None;
            }
            seen = blanked.into_owned();
            seen.as_str()
        } else {
            trimmed
        };
        let substantial = match serde_json::from_str::<serde_json::Value>(trimmed).ok()? {
            serde_json::Value::Object(m) => !m.is_empty(),
            serde_json::Value::Array(a) => !a.is_empty(),
            _ => false,
        };
        substantial.then(|| Claim {
            what: if self.jsonc {
                "a JSON document with comments"
            } else {
                "a JSON document"
            },
            note: if self.jsonc {
                "the whole file parses as one JSONC document (JSON with comments)".to_string()
            } else {
                "the whole file parses as one JSON document".to_string()
            },
            at: None,
        })
    }

    fn quick_tell(&self, _text: &str) -> bool {
        false
    }

    fn is_keyword(&self, word: &str) -> bool {
        matches!(word, "true" | "false" | "null")
    }

    /// A member or element separator, or a key's `:`, cannot end a document.
    fn dangling_end(&self, body: &str) -> Option<String> {
        if body.ends_with(',') {
            Some("`,`".to_string())
        } else if body.ends_with(':') {
            Some("`:` (a key without its value)".to_string())
        } else {
            None
        }
    }

    fn queries(&self) -> &'static [(&'static str, &'static str)] {
        &[(
            "definitions",
            include_str!("../../../grammars/json/queries/definitions.scm"),
        )]
    }

    /// JSONC: the query reads the text with comments and trailing commas
    /// blanked, which tree-sitter-json would take for errors.
    fn definition_units(&self, text: &str) -> Option<(String, Vec<std::ops::Range<usize>>)> {
        if !self.jsonc {
            return None;
        }
        let (_, seen) = self.prepare(text, false);
        let whole = std::iter::once(0..text.len()).collect();
        Some((seen.into_owned(), whole))
    }
}
