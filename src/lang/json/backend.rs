//! JSON's backend: what the rules and the classifier need from the verdict
//! (`verdict.rs`; JSON5's, `json5.rs`) and the scan (`scan.rs`).

use crate::analysis::{Analysis, DuplicateKey, OpenAtEof, SyntaxError};
use crate::diagnostic::{Severity, Span};
use crate::lang::{Backend, Claim, FileContext};
use crate::lines::lines;

use super::scan::{blanked, scan, Scan};
use super::{json5, verdict, Flavor};

/// The JSON backend, for one flavour.
pub struct Json {
    flavor: Flavor,
}

/// Strict JSON (RFC 8259), and JSON Lines by extension.
pub static BACKEND: Json = Json {
    flavor: Flavor::Json,
};

/// JSONC: JSON with comments and trailing commas.
pub static JSONC_BACKEND: Json = Json {
    flavor: Flavor::Jsonc,
};

/// JSON5, read by its own strict reader.
pub static JSON5_BACKEND: Json = Json {
    flavor: Flavor::Json5,
};

/// The sections whose entries are definitions too (package.json's
/// dependencies and scripts, composer.json's require): the list
/// `grammars/json/queries/definitions.scm` names.
const ENTRY_SECTIONS: &[&str] = &[
    "dependencies",
    "devDependencies",
    "peerDependencies",
    "optionalDependencies",
    "scripts",
    "require",
    "require-dev",
];

/// Extensions whose files hold one JSON document per line.
const JSON_LINES: &[&str] = &[".jsonl", ".ndjson"];

fn is_json_lines(path: &str) -> bool {
    let lower = path.to_ascii_lowercase();
    JSON_LINES.iter().any(|e| lower.ends_with(e))
}

impl Json {
    /// JSONC: comments and trailing commas are blanked for serde_json.
    fn jsonc(&self) -> bool {
        self.flavor == Flavor::Jsonc
    }

    /// The scan, and the text the strict parser reads (JSONC: comments and
    /// trailing commas blanked).
    fn prepare<'t>(&self, text: &'t str, lines: bool) -> (Scan, std::borrow::Cow<'t, str>) {
        let s = scan(text, self.flavor, lines);
        let seen = if self.jsonc() && !s.blank.is_empty() {
            std::borrow::Cow::Owned(blanked(text, &s.blank))
        } else {
            std::borrow::Cow::Borrowed(text)
        };
        (s, seen)
    }

    /// The strict verdict on one whole document (`seen`: as prepared).
    fn verdict(&self, seen: &str, text: &str) -> Option<SyntaxError> {
        match self.flavor {
            Flavor::Json5 => json5::check(text),
            Flavor::Json | Flavor::Jsonc => verdict::check(seen, 0, text, self.jsonc()),
        }
    }

    fn what(&self) -> &'static str {
        match self.flavor {
            Flavor::Json => "JSON",
            Flavor::Jsonc => "JSONC",
            Flavor::Json5 => "JSON5",
        }
    }
}

impl Backend for Json {
    /// The scan finds JSON's elisions itself (`Analysis::elisions`).
    fn ellipsis_line_elides(&self, _text: &str, _line: &str) -> bool {
        false
    }

    fn analyze(&self, text: &str, ctx: &FileContext<'_>) -> Analysis {
        let json_lines = self.flavor == Flavor::Json && is_json_lines(ctx.path);
        let (s, seen) = self.prepare(text, json_lines);
        let mut errors = Vec::new();
        if json_lines {
            for line in lines(&seen) {
                if line.text.trim().is_empty() {
                    continue;
                }
                let start = line.span.start;
                errors.extend(verdict::check(line.text, start, text, self.jsonc()));
            }
        } else {
            errors.extend(self.verdict(&seen, text));
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
        let what = self.what();
        if self.flavor == Flavor::Json5 {
            return match json5::check(text) {
                None => (0.0, format!("the whole file parses as one {what} document")),
                Some(_) => (1.0, String::new()),
            };
        }
        let (_, seen) = self.prepare(text, false);
        let Some(error) = verdict::check(&seen, 0, text, self.jsonc()) else {
            return (0.0, format!("the whole file parses as one {what} document"));
        };
        // A document cut before its end (the parser ran out of text, not
        // into something else) is the language as far as it goes.
        if error.at_eof && seen.trim_start().starts_with(['{', '[']) {
            return (
                0.0,
                format!(
                    "it parses as one {what} document up to where it stops, cut before its end"
                ),
            );
        }
        let docs: Vec<&str> = seen.lines().filter(|l| !l.trim().is_empty()).collect();
        if docs.len() >= 2
            && docs
                .iter()
                .all(|d| verdict::check(d, 0, d, self.jsonc()).is_none())
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
        // JSON5 reads most JavaScript object literals: it claims only a
        // file named JSON (or JSONC) that it reads whole and JSONC does not
        // (unquoted keys, single-quoted strings: `hosting: {public:
        // 'dist'}`), a document of several lines.
        if self.flavor == Flavor::Json5 {
            use crate::language::Language;
            let trimmed = text.trim();
            // (Nor is a file named TOML that opens with `{`: no TOML
            // document does.)
            let named_json = matches!(implied, Language::Json | Language::Jsonc | Language::Toml);
            if !named_json
                || !(trimmed.starts_with('{') || trimmed.starts_with('['))
                || trimmed.lines().filter(|l| !l.trim().is_empty()).count() < 3
                || json5::check(text).is_some()
                || JSONC_BACKEND.rejection(text).0 == 0.0
            {
                return None;
            }
            // JSON5 throughout, not JSON with a slip (one unquoted key in
            // `composer.json` is a syntax error): most members keyed the
            // JSON5 way.
            let (mut json5_keys, mut json_keys) = (0usize, 0usize);
            for line in trimmed.lines() {
                let l = line.trim_start().trim_start_matches(['{', '[', ' ']);
                let key_end = l.find(':').unwrap_or(0);
                let key = &l[..key_end];
                if key.starts_with('"') {
                    json_keys += 1;
                } else if key.starts_with('\'')
                    || (!key.is_empty()
                        && key
                            .chars()
                            .all(|c| c.is_alphanumeric() || c == '_' || c == '$'))
                {
                    json5_keys += 1;
                }
            }
            if json5_keys < 3 || json5_keys <= json_keys {
                return None;
            }
            return Some(Claim {
                what: "a JSON5 document (unquoted keys or single-quoted strings)",
                note: "the whole file parses as one JSON5 document, which JSON and JSONC reject"
                    .to_string(),
                at: None,
            });
        }
        // JSON with a comment, named `.json`, is JSON with a syntax error
        // (and a hint about `[languages] jsonc`), not another language.
        if self.jsonc() && crate::language::Language::Jsonc.includes(implied) {
            return None;
        }
        let trimmed = text.trim();
        if !(trimmed.starts_with('{') || trimmed.starts_with('[')) || !trimmed.contains('"') {
            return None;
        }
        let seen;
        let trimmed = if self.jsonc() {
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
            what: if self.jsonc() {
                "a JSON document with comments"
            } else {
                "a JSON document"
            },
            note: if self.jsonc() {
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
            || (self.flavor == Flavor::Json5 && matches!(word, "Infinity" | "NaN"))
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

    /// JSON5: a number may end with its decimal point (`5.`, `-0.`).
    fn complete_end(&self, body: &str) -> bool {
        if self.flavor != Flavor::Json5 {
            return false;
        }
        let Some(number) = body.strip_suffix('.') else {
            return false;
        };
        let digits = number.trim_end_matches(|c: char| c.is_ascii_digit());
        digits.len() < number.len()
            && !digits.ends_with(|c: char| c.is_alphanumeric() || c == '_' || c == '$' || c == '.')
    }

    fn queries(&self) -> &'static [(&'static str, &'static str)] {
        &[(
            "definitions",
            include_str!("../../../grammars/json/queries/definitions.scm"),
        )]
    }

    /// JSON5: tree-sitter-json cannot read unquoted keys or single quotes,
    /// so the scan's members are the definitions: what the query finds in
    /// JSON (a test holds the two to the same answer on JSON files).
    fn definitions(
        &self,
        text: &str,
    ) -> Option<Vec<crate::rules::definitions_removed::Definition>> {
        if self.flavor != Flavor::Json5 {
            return None;
        }
        let s = scan(text, self.flavor, false);
        let index = crate::diagnostic::LineIndex::new(text);
        let defs = s
            .members
            .into_iter()
            .filter_map(|m| {
                let (kind, name) = match (m.depth, &m.parent) {
                    (1, _) => ("key", m.key.clone()),
                    (2, Some(p)) if ENTRY_SECTIONS.contains(&p.as_str()) => {
                        ("entry", format!("{p}.{}", m.key))
                    }
                    _ => return None,
                };
                Some(crate::rules::definitions_removed::Definition {
                    kind: kind.to_string(),
                    name,
                    line: index.position(text, m.span.start).line,
                    span: m.span.start..m.span.end,
                    short: m.key,
                })
            })
            .collect();
        Some(defs)
    }

    /// JSONC: the query reads the text with comments and trailing commas
    /// blanked, which tree-sitter-json would take for errors.
    fn definition_units(&self, text: &str) -> Option<(String, Vec<std::ops::Range<usize>>)> {
        if !self.jsonc() {
            return None;
        }
        let (_, seen) = self.prepare(text, false);
        let whole = std::iter::once(0..text.len()).collect();
        Some((seen.into_owned(), whole))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::language::Language;
    use crate::rules::definitions_removed::query_definitions;

    fn kinds_names_lines(
        defs: &[crate::rules::definitions_removed::Definition],
    ) -> Vec<(String, String, usize)> {
        let mut v: Vec<_> = defs
            .iter()
            .map(|d| (d.kind.clone(), d.name.clone(), d.line))
            .collect();
        v.sort();
        v
    }

    /// JSON5's definitions come from the scan, not the query (which cannot
    /// read JSON5): on JSON, which is JSON5 too, the two must agree.
    #[test]
    fn json5_definitions_match_the_json_query_on_json() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
        let mut compared = 0;
        for dir in [
            "clean/json",
            "definitions-removed/json",
            "duplicate-key/json",
        ] {
            for entry in std::fs::read_dir(root.join(dir)).unwrap() {
                let path = entry.unwrap().path();
                if path.extension().is_none_or(|e| e != "json") {
                    continue;
                }
                let text = std::fs::read_to_string(&path).unwrap();
                let text = text.trim_start_matches('\u{feff}');
                let ours = JSON5_BACKEND.definitions(text).unwrap();
                let query = query_definitions(Language::Json, text);
                assert_eq!(
                    kinds_names_lines(&ours),
                    kinds_names_lines(&query),
                    "{}",
                    path.display()
                );
                for (a, b) in ours.iter().zip(&query) {
                    assert_eq!(a.span, b.span, "{}: {}", path.display(), a.name);
                }
                compared += 1;
            }
        }
        assert!(compared >= 5, "{compared}");
    }

    #[test]
    fn json5_definitions_read_unquoted_keys() {
        let text = "// c\n{\n  name: 'x',\n  'scripts': {build: 'vite', \"test\": 'vitest',},\n  dependencies: {react: '^19'},\n  nested: {deep: {a: 1}},\n}\n";
        let defs = JSON5_BACKEND.definitions(text).unwrap();
        let got = kinds_names_lines(&defs);
        let want: Vec<(String, String, usize)> = [
            ("entry", "dependencies.react", 5),
            ("entry", "scripts.build", 4),
            ("entry", "scripts.test", 4),
            ("key", "dependencies", 5),
            ("key", "name", 3),
            ("key", "nested", 6),
            ("key", "scripts", 4),
        ]
        .iter()
        .map(|(k, n, l)| (k.to_string(), n.to_string(), *l))
        .collect();
        assert_eq!(got, want);
        let name = defs.iter().find(|d| d.name == "name").unwrap();
        assert_eq!(&text[name.span.clone()], "name: 'x'");
    }

    #[test]
    fn json5_analysis() {
        let a = JSON5_BACKEND.analyze("{a: 1, 'a': 2, b: [1,],}\n", &FileContext::default());
        assert!(a.errors.is_empty(), "{:?}", a.errors);
        assert_eq!(a.duplicate_keys.len(), 1);
        let a = JSON5_BACKEND.analyze("{a: [1, /* cut", &FileContext::default());
        assert!(a.errors[0].at_eof);
        let whats: Vec<&str> = a.open_at_eof.iter().map(|o| o.what.as_str()).collect();
        assert!(whats.contains(&"a comment `/*`"), "{whats:?}");
        let a = JSON5_BACKEND.analyze("{a: 1,\n  ...\n}\n", &FileContext::default());
        assert_eq!(a.elisions.len(), 1);
        assert!(JSON5_BACKEND.complete_end("[1, 5."));
        assert!(!JSON5_BACKEND.complete_end("a: schema."));
        assert!(!BACKEND.complete_end("[1, 5."));
    }
}
