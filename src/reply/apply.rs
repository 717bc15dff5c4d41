//! Applying edits to a file's text, naming how each one matched: exactly,
//! whitespace-tolerant (trailing blanks), indentation-tolerant (a uniform
//! shift), with `...` pairs, or not at all (with the nearest lines).

use super::edits::{Edit, EditKind, Flavor};

/// A file's text as lines, with its line ending and final newline kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Doc {
    pub lines: Vec<String>,
    pub eol: &'static str,
    pub final_newline: bool,
}

impl Doc {
    pub fn parse(text: &str) -> Doc {
        let eol = if text.contains("\r\n") { "\r\n" } else { "\n" };
        let final_newline = text.is_empty() || text.ends_with('\n');
        let body = text.strip_suffix('\n').unwrap_or(text);
        let body = body.strip_suffix('\r').unwrap_or(body);
        let lines = if text.is_empty() {
            Vec::new()
        } else {
            body.split('\n')
                .map(|l| l.strip_suffix('\r').unwrap_or(l).to_string())
                .collect()
        };
        Doc {
            lines,
            eol,
            final_newline,
        }
    }

    pub fn from_lines(lines: Vec<String>) -> Doc {
        Doc {
            lines,
            eol: "\n",
            final_newline: true,
        }
    }

    pub fn text(&self) -> String {
        let mut s = self.lines.join(self.eol);
        if self.final_newline && !self.lines.is_empty() {
            s.push_str(self.eol);
        }
        s
    }
}

/// Why an edit did not apply.
#[derive(Debug, Clone)]
pub enum Failure {
    /// Nothing matches; the most similar lines (1-based start, their text,
    /// similarity 0..1).
    NoMatch {
        nearest: Option<(usize, Vec<String>, f32)>,
        context: Option<String>,
    },
    /// The text matches at these 1-based lines.
    Ambiguous(Vec<usize>),
    /// An empty SEARCH on a file that has content, in a tool that refuses it.
    EmptySearch(Flavor),
    /// `...` lines that do not pair between SEARCH and REPLACE.
    UnpairedDots,
}

/// How an edit applied.
#[derive(Debug, Clone)]
pub struct Applied {
    /// 1-based line where the change starts in the file as it was.
    pub line: usize,
    /// How it matched: `exact`, `fuzzy: whitespace`, ...
    pub how: String,
}

type Eq = fn(&str, &str) -> bool;

fn exact(a: &str, b: &str) -> bool {
    a == b
}
fn trailing(a: &str, b: &str) -> bool {
    a.trim_end() == b.trim_end()
}
fn trimmed(a: &str, b: &str) -> bool {
    a.trim() == b.trim()
}
fn unicode(a: &str, b: &str) -> bool {
    let norm = |s: &str| -> String {
        s.trim()
            .chars()
            .map(|c| match c {
                '\u{2010}'..='\u{2015}' | '\u{2212}' => '-',
                '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' => '\'',
                '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' => '"',
                '\u{00A0}' | '\u{2002}'..='\u{200A}' | '\u{202F}' => ' ',
                c => c,
            })
            .collect()
    };
    norm(a) == norm(b)
}

fn find_all(hay: &[String], needle: &[String], from: usize, eq: Eq) -> Vec<usize> {
    if needle.is_empty() || needle.len() > hay.len() {
        return Vec::new();
    }
    (from..=hay.len() - needle.len())
        .filter(|&i| needle.iter().enumerate().all(|(j, n)| eq(&hay[i + j], n)))
        .collect()
}

fn indent_of(s: &str) -> &str {
    &s[..s.len() - s.trim_start().len()]
}

/// The uniform shift between `hay` lines and `needle` lines, when there is
/// one: (added to the file, removed from the file).
fn uniform_shift(hay: &[String], needle: &[String]) -> Option<(String, String)> {
    let mut shift: Option<(String, String)> = None;
    for (h, n) in hay.iter().zip(needle) {
        if n.trim().is_empty() {
            continue;
        }
        let (hi, ni) = (indent_of(h), indent_of(n));
        let this = if let Some(extra) = hi.strip_prefix(ni) {
            (extra.to_string(), String::new())
        } else if let Some(less) = ni.strip_prefix(hi) {
            (String::new(), less.to_string())
        } else {
            return None;
        };
        match &shift {
            None => shift = Some(this),
            Some(s) if *s == this => {}
            Some(_) => return None,
        }
    }
    shift
}

fn reindent(lines: &[String], shift: &(String, String)) -> Vec<String> {
    lines
        .iter()
        .map(|l| {
            if l.trim().is_empty() {
                l.clone()
            } else if !shift.0.is_empty() {
                format!("{}{l}", shift.0)
            } else {
                l.strip_prefix(shift.1.as_str()).unwrap_or(l).to_string()
            }
        })
        .collect()
}

/// Apply `edit` to `doc`. `cursor` (0-based line) is where codex's next
/// chunk may start: its chunks must come in file order.
pub fn apply(doc: &mut Doc, edit: &Edit, cursor: &mut usize) -> Result<Applied, Failure> {
    let search_blank = edit.search.iter().all(|l| l.trim().is_empty());
    // Nothing to find: create, insert, or append.
    if search_blank {
        return insert_without_search(doc, edit, cursor);
    }
    let from = if matches!(edit.kind, EditKind::Codex { .. }) {
        let start = *cursor;
        match &edit.kind {
            EditKind::Codex { context: Some(ctx) } => {
                let found = [exact as Eq, trailing, trimmed, unicode]
                    .iter()
                    .find_map(|eq| (start..doc.lines.len()).find(|&i| eq(&doc.lines[i], ctx)));
                match found {
                    Some(i) => i,
                    None => {
                        return Err(Failure::NoMatch {
                            nearest: nearest(&doc.lines, std::slice::from_ref(ctx)),
                            context: Some(ctx.clone()),
                        })
                    }
                }
            }
            _ => start,
        }
    } else {
        0
    };
    let strategies: [(Eq, &str); 4] = [
        (exact, "exact"),
        (trailing, "fuzzy: whitespace"),
        (trimmed, "fuzzy: indent"),
        (unicode, "fuzzy: unicode punctuation"),
    ];
    let mut needles: Vec<(Vec<String>, Vec<String>, Option<&str>)> =
        vec![(edit.search.clone(), edit.replace.clone(), None)];
    // aider drops a spurious leading blank line; blank edges are tried without.
    let strip = |v: &[String]| -> Vec<String> {
        let start = v
            .iter()
            .position(|l| !l.trim().is_empty())
            .unwrap_or(v.len());
        let end = v
            .iter()
            .rposition(|l| !l.trim().is_empty())
            .map_or(start, |e| e + 1);
        v[start..end].to_vec()
    };
    let bare = strip(&edit.search);
    if bare.len() != edit.search.len() {
        let lead = edit
            .search
            .iter()
            .take_while(|l| l.trim().is_empty())
            .count();
        let r_lead = edit
            .replace
            .iter()
            .take_while(|l| l.trim().is_empty())
            .count()
            .min(lead);
        let trail = edit
            .search
            .iter()
            .rev()
            .take_while(|l| l.trim().is_empty())
            .count();
        let r_trail = edit
            .replace
            .iter()
            .rev()
            .take_while(|l| l.trim().is_empty())
            .count()
            .min(trail);
        let r_end = edit.replace.len().saturating_sub(r_trail).max(r_lead);
        needles.push((
            bare,
            edit.replace[r_lead..r_end].to_vec(),
            Some("blank lines at the edges of SEARCH ignored"),
        ));
    }
    for (search, replace, note) in &needles {
        for (k, (eq, how)) in strategies.into_iter().enumerate() {
            // Unicode look-alikes only where codex reads them.
            if k == 3 && !matches!(edit.kind, EditKind::Codex { .. }) {
                continue;
            }
            let mut found = find_all(&doc.lines, search, from, eq);
            if matches!(edit.kind, EditKind::Codex { .. }) {
                found.truncate(1);
            }
            if found.is_empty() {
                continue;
            }
            let (at, how) = if found.len() == 1 {
                (found[0], how.to_string())
            } else if let Some(h) = edit.hint {
                let at = *found
                    .iter()
                    .min_by_key(|&&i| (i + 1).abs_diff(h))
                    .expect("non-empty");
                (
                    at,
                    format!(
                        "{how}; matches at lines {}, the one nearest line {h} used",
                        list(&found)
                    ),
                )
            } else {
                return Err(Failure::Ambiguous(found.iter().map(|i| i + 1).collect()));
            };
            let mut new = replace.clone();
            let mut how = how;
            if k >= 2 {
                if let Some(shift) = uniform_shift(&doc.lines[at..at + search.len()], search) {
                    if shift != (String::new(), String::new()) {
                        new = reindent(&new, &shift);
                        how = format!(
                            "{how} ({} by {} columns)",
                            if shift.0.is_empty() {
                                "dedented"
                            } else {
                                "indented"
                            },
                            shift.0.len().max(shift.1.len())
                        );
                    }
                }
            }
            if let Some(h) = edit.hint {
                if at + 1 != h && found.len() == 1 && matches!(edit.kind, EditKind::Hunk { .. }) {
                    how = format!("{how}, at line {} instead of {h}", at + 1);
                }
            }
            if let Some(n) = note {
                how = format!("{how}; {n}");
            }
            let len = search.len();
            doc.lines.splice(at..at + len, new.iter().cloned());
            *cursor = at + new.len();
            return Ok(Applied { line: at + 1, how });
        }
    }
    if edit.search.iter().any(|l| l.trim() == "...") {
        return dotdotdots(doc, edit);
    }
    Err(Failure::NoMatch {
        nearest: nearest(&doc.lines, &edit.search),
        context: None,
    })
}

fn list(found: &[usize]) -> String {
    found
        .iter()
        .map(|i| (i + 1).to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

fn insert_without_search(
    doc: &mut Doc,
    edit: &Edit,
    cursor: &mut usize,
) -> Result<Applied, Failure> {
    let has_content = doc.lines.iter().any(|l| !l.trim().is_empty());
    match edit.kind {
        EditKind::SearchReplace(flavor) if has_content => {
            if flavor != Flavor::Aider {
                return Err(Failure::EmptySearch(flavor));
            }
            let line = doc.lines.len() + 1;
            doc.lines.extend(edit.replace.iter().cloned());
            Ok(Applied {
                line,
                how: "empty SEARCH on an existing file: REPLACE appended at the end (aider's semantics)".into(),
            })
        }
        EditKind::SearchReplace(_) => {
            doc.lines = edit.replace.clone();
            Ok(Applied {
                line: 1,
                how: "empty SEARCH: the file is created with REPLACE".into(),
            })
        }
        EditKind::Hunk { numbered: true } | EditKind::Insert => {
            let after = edit.hint.unwrap_or(0).min(doc.lines.len());
            doc.lines.splice(after..after, edit.replace.iter().cloned());
            *cursor = after + edit.replace.len();
            Ok(Applied {
                line: after + 1,
                how: format!("inserted after line {after}"),
            })
        }
        EditKind::Hunk { numbered: false } | EditKind::Codex { .. } => {
            let line = doc.lines.len() + 1;
            doc.lines.extend(edit.replace.iter().cloned());
            *cursor = doc.lines.len();
            let why = if matches!(edit.kind, EditKind::Codex { .. }) {
                "a pure addition: appended at the end of the file whatever its `@@` says (codex's semantics)"
            } else {
                "a hunk with no context or removed lines and no line numbers: appended at the end of the file"
            };
            Ok(Applied {
                line,
                how: why.into(),
            })
        }
        EditKind::StrReplace => Err(Failure::NoMatch {
            nearest: None,
            context: None,
        }),
    }
}

/// aider's `...` rule: the pieces between `...` lines of SEARCH and of
/// REPLACE pair up, and each SEARCH piece is replaced by its REPLACE piece.
fn dotdotdots(doc: &mut Doc, edit: &Edit) -> Result<Applied, Failure> {
    let split = |v: &[String]| -> Vec<Vec<String>> {
        v.split(|l| l.trim() == "...")
            .map(<[String]>::to_vec)
            .collect()
    };
    let (s, r) = (split(&edit.search), split(&edit.replace));
    if s.len() != r.len() {
        return Err(Failure::UnpairedDots);
    }
    let mut work = doc.lines.clone();
    let mut first = None;
    for (piece, rep) in s.iter().zip(&r) {
        if piece.iter().all(|l| l.trim().is_empty()) {
            if rep.iter().any(|l| !l.trim().is_empty()) {
                return Err(Failure::UnpairedDots);
            }
            continue;
        }
        let found = find_all(&work, piece, 0, exact);
        match found.len() {
            0 => {
                return Err(Failure::NoMatch {
                    nearest: nearest(&work, piece),
                    context: None,
                })
            }
            1 => {
                first.get_or_insert(found[0] + 1);
                work.splice(found[0]..found[0] + piece.len(), rep.iter().cloned());
            }
            _ => return Err(Failure::Ambiguous(found.iter().map(|i| i + 1).collect())),
        }
    }
    doc.lines = work;
    Ok(Applied {
        line: first.unwrap_or(1),
        how: "exact, piece by piece between paired `...` lines (aider's rule)".into(),
    })
}

/// The window of the file most like `needle`: its 1-based start, its
/// lines and its similarity.
fn nearest(hay: &[String], needle: &[String]) -> Option<(usize, Vec<String>, f32)> {
    if hay.is_empty() || needle.is_empty() {
        return None;
    }
    let n = needle.len().min(hay.len()).min(40);
    let needle = &needle[..n];
    // Bound the work on huge files: compare trimmed lines only.
    let cheap = hay.len() * n > 200_000;
    let mut best: Option<(usize, f32)> = None;
    for i in 0..=hay.len() - n {
        let score: f32 = (0..n)
            .map(|j| {
                let (a, b) = (hay[i + j].trim(), needle[j].trim());
                if a == b {
                    1.0
                } else if cheap || a.is_empty() || b.is_empty() {
                    0.0
                } else {
                    similar::TextDiff::from_chars(a, b).ratio()
                }
            })
            .sum::<f32>()
            / n as f32;
        if best.is_none_or(|(_, s)| score > s) {
            best = Some((i, score));
        }
    }
    let (i, score) = best?;
    (score >= 0.5).then(|| (i + 1, hay[i..i + n].to_vec(), score))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sr(search: &[&str], replace: &[&str]) -> Edit {
        Edit {
            kind: EditKind::SearchReplace(Flavor::Aider),
            search: search.iter().map(|s| s.to_string()).collect(),
            replace: replace.iter().map(|s| s.to_string()).collect(),
            hint: None,
            lines: 0..0,
            notes: Vec::new(),
        }
    }

    #[test]
    fn exact_then_indentation_tolerant() {
        let mut d = Doc::parse("class A:\n    def f(self):\n        return 1\n");
        let a = apply(
            &mut d,
            &sr(
                &["def f(self):", "    return 1"],
                &["def f(self):", "    return 2"],
            ),
            &mut 0,
        )
        .unwrap();
        assert!(a.how.starts_with("fuzzy: indent"), "{}", a.how);
        assert_eq!(d.text(), "class A:\n    def f(self):\n        return 2\n");
        let a = apply(
            &mut d,
            &sr(&["        return 2"], &["        return 3"]),
            &mut 0,
        )
        .unwrap();
        assert_eq!(a.how, "exact");
    }

    #[test]
    fn twice_is_ambiguous_and_nothing_is_nearest() {
        let mut d = Doc::parse("x = 1\ny = 2\nx = 1\ny = 2\nz = 3\n");
        assert!(
            matches!(apply(&mut d, &sr(&["x = 1", "y = 2"], &["q"]), &mut 0), Err(Failure::Ambiguous(v)) if v == vec![1, 3])
        );
        match apply(&mut d, &sr(&["z = 4"], &["q"]), &mut 0) {
            Err(Failure::NoMatch {
                nearest: Some((5, _, _)),
                ..
            }) => {}
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn crlf_and_missing_final_newline_survive() {
        let mut d = Doc::parse("a\r\nb");
        apply(&mut d, &sr(&["b"], &["c"]), &mut 0).unwrap();
        assert_eq!(d.text(), "a\r\nc");
    }
}
