//! The edit formats: SEARCH/REPLACE blocks (aider, Cline, Roo), unified
//! diffs, and codex's `*** Begin Patch` envelope. Each parser reads lines
//! of the reply and returns edits, or says what is malformed and where.

use super::scan::RLine;

/// Whose SEARCH/REPLACE markers a block uses; it decides the semantics of
/// an empty SEARCH on an existing file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flavor {
    /// `<<<<<<< SEARCH` / `=======` / `>>>>>>> REPLACE`.
    Aider,
    /// `------- SEARCH` / `=======` / `+++++++ REPLACE`.
    Cline,
    /// aider's markers with `:start_line:N` and `-------` (Roo's `apply_diff`).
    Roo,
}

impl Flavor {
    pub fn name(self) -> &'static str {
        match self {
            Flavor::Aider => "aider",
            Flavor::Cline => "Cline",
            Flavor::Roo => "Roo Code",
        }
    }
}

/// One change to a file's text.
#[derive(Debug, Clone)]
pub struct Edit {
    pub kind: EditKind,
    /// The lines to find (each without its line break).
    pub search: Vec<String>,
    pub replace: Vec<String>,
    /// A 1-based line where the text is expected (`:start_line:`, a hunk's
    /// `@@ -12,4`).
    pub hint: Option<usize>,
    /// The lines of the reply this edit came from (0-based, end exclusive).
    pub lines: std::ops::Range<usize>,
    /// What was repaired while reading it (prefixes stripped, ...).
    pub notes: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EditKind {
    SearchReplace(Flavor),
    /// A unified diff hunk; `numbered` when its header has line numbers.
    Hunk {
        numbered: bool,
    },
    /// A codex chunk, found after its `@@ context` line.
    Codex {
        context: Option<String>,
    },
    /// A `str_replace`: the text must occur exactly once.
    StrReplace,
    /// Insert after line `hint` (0: at the start).
    Insert,
}

/// A part of the reply that cannot be read as the format it starts as.
#[derive(Debug, Clone)]
pub struct Malformed {
    pub lines: std::ops::Range<usize>,
    pub message: String,
    /// The reply ends inside the construct (a missing closing marker).
    pub cut: bool,
}

// ---------------------------------------------------------------- SEARCH/REPLACE

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Marker {
    Search(Flavor),
    Divider,
    Replace,
}

fn marker(line: &str) -> Option<Marker> {
    let t = line.trim_end();
    let run = |c: char| t.chars().take_while(|x| *x == c).count();
    let n = run('<');
    if (5..=9).contains(&n) && matches!(t[n..].trim(), "SEARCH" | "SEARCH>") {
        return Some(Marker::Search(Flavor::Aider));
    }
    let n = run('-');
    if n >= 3 && matches!(&t[n..], " SEARCH" | " SEARCH>") {
        return Some(Marker::Search(Flavor::Cline));
    }
    let n = run('=');
    if n >= 3 && n == t.len() {
        return Some(Marker::Divider);
    }
    let n = run('>');
    if (5..=9).contains(&n) && t[n..].trim() == "REPLACE" {
        return Some(Marker::Replace);
    }
    let n = run('+');
    if n >= 3 && matches!(&t[n..], " REPLACE" | " REPLACE>") {
        return Some(Marker::Replace);
    }
    None
}

/// Whether `line` opens a SEARCH block.
pub fn is_search_marker(line: &str) -> bool {
    matches!(marker(line), Some(Marker::Search(_)))
}

/// The SEARCH/REPLACE block that opens at `lines[at]`: the edit and the
/// line after it, or what is wrong with it.
pub fn search_replace(lines: &[RLine<'_>], at: usize) -> Result<(Edit, usize), Malformed> {
    let Some(Marker::Search(mut flavor)) = marker(lines[at].text) else {
        unreachable!("called on a SEARCH marker")
    };
    let mut i = at + 1;
    let mut hint = None;
    let mut notes = Vec::new();
    if let Some(n) = lines
        .get(i)
        .and_then(|l| l.text.trim().strip_prefix(":start_line:"))
        .and_then(|n| n.trim().parse::<usize>().ok())
    {
        hint = Some(n);
        flavor = Flavor::Roo;
        i += 1;
        if lines.get(i).is_some_and(|l| {
            let t = l.text.trim_end();
            t.len() >= 3 && t.chars().all(|c| c == '-')
        }) {
            i += 1;
        }
    }
    let malformed = |end: usize, message: String, cut: bool| Malformed {
        lines: at..end,
        message,
        cut,
    };
    let mut search = Vec::new();
    loop {
        let Some(l) = lines.get(i) else {
            return Err(malformed(
                lines.len(),
                format!(
                    "the reply ends inside the SEARCH block opened at line {}: no `=======`",
                    at + 1
                ),
                true,
            ));
        };
        match marker(l.text) {
            Some(Marker::Divider) => break,
            Some(m) => {
                let what = if m == Marker::Replace {
                    "its REPLACE marker"
                } else {
                    "another SEARCH marker"
                };
                return Err(malformed(
                    i + 1,
                    format!(
                        "the SEARCH block opened at line {} has no `=======`: line {} is {what}; the block cannot be applied",
                        at + 1,
                        i + 1
                    ),
                    false,
                ));
            }
            None => search.push(unescape(l.text, flavor)),
        }
        i += 1;
    }
    i += 1;
    let mut replace = Vec::new();
    loop {
        let Some(l) = lines.get(i) else {
            return Err(malformed(
                lines.len(),
                format!(
                    "the reply ends inside the REPLACE part of the block opened at line {}: no `>>>>>>> REPLACE`",
                    at + 1
                ),
                true,
            ));
        };
        match marker(l.text) {
            Some(Marker::Replace) => break,
            Some(Marker::Divider) if flavor == Flavor::Aider => break,
            Some(Marker::Search(_)) => {
                return Err(malformed(
                    i,
                    format!(
                        "the block opened at line {} has no REPLACE marker before the next SEARCH at line {}",
                        at + 1,
                        i + 1
                    ),
                    false,
                ))
            }
            _ => replace.push(unescape(l.text, flavor)),
        }
        i += 1;
    }
    if flavor == Flavor::Roo {
        if let Some(stripped) = strip_line_numbers(&search) {
            search = stripped;
            notes.push("`N | ` line-number prefixes stripped from SEARCH".to_string());
            if let Some(r) = strip_line_numbers(&replace) {
                replace = r;
                notes.push("`N | ` line-number prefixes stripped from REPLACE".to_string());
            }
        }
    }
    Ok((
        Edit {
            kind: EditKind::SearchReplace(flavor),
            search,
            replace,
            hint,
            lines: at..i + 1,
            notes,
        },
        i + 1,
    ))
}

/// Roo escapes marker lines inside content as `\=======`.
fn unescape(line: &str, flavor: Flavor) -> String {
    if flavor != Flavor::Cline {
        if let Some(rest) = line.strip_prefix('\\') {
            if marker(rest).is_some()
                || rest.starts_with(":start_line:")
                || rest.starts_with("-------")
            {
                return rest.to_string();
            }
        }
    }
    line.to_string()
}

/// `12 | code` on every non-empty line: the lines without the prefixes.
fn strip_line_numbers(lines: &[String]) -> Option<Vec<String>> {
    let strip = |l: &str| -> Option<String> {
        let t = l.trim_start();
        let digits = t.chars().take_while(|c| c.is_ascii_digit()).count();
        if digits == 0 {
            return None;
        }
        let rest = t[digits..].trim_start_matches(' ');
        let rest = rest.strip_prefix('|')?;
        Some(rest.strip_prefix(' ').unwrap_or(rest).to_string())
    };
    if lines.iter().all(|l| l.trim().is_empty()) {
        return None;
    }
    lines
        .iter()
        .map(|l| {
            if l.trim().is_empty() {
                Some(String::new())
            } else {
                strip(l)
            }
        })
        .collect()
}

// ---------------------------------------------------------------- unified diff

/// One file's part of a unified diff.
#[derive(Debug, Clone)]
pub struct FileDiff {
    /// `None` for `/dev/null`.
    pub old: Option<String>,
    pub new: Option<String>,
    pub hunks: Vec<Edit>,
    pub lines: std::ops::Range<usize>,
}

/// Whether a unified diff's file header starts at `lines[at]`.
pub fn is_diff_header(lines: &[RLine<'_>], at: usize) -> bool {
    lines[at].text.starts_with("--- ")
        && lines
            .get(at + 1)
            .is_some_and(|l| l.text.starts_with("+++ "))
}

fn diff_path(s: &str) -> Option<String> {
    // `--- a/x.py\t2024-01-01 ...`
    let p = s.split('\t').next().unwrap_or(s).trim();
    let p = p.trim_matches('"');
    (p != "/dev/null").then(|| p.to_string())
}

/// The file diff whose header is at `lines[at]`, and the line after it.
pub fn unified(lines: &[RLine<'_>], at: usize, end: usize) -> Result<(FileDiff, usize), Malformed> {
    let mut old = diff_path(&lines[at].text[4..]);
    let mut new = diff_path(&lines[at + 1].text[4..]);
    // `a/` and `b/` go only when both are there.
    if let (Some(o), Some(n)) = (&old, &new) {
        if let (Some(o2), Some(n2)) = (o.strip_prefix("a/"), n.strip_prefix("b/")) {
            (old, new) = (Some(o2.to_string()), Some(n2.to_string()));
        }
    } else {
        old = old.map(|o| o.strip_prefix("a/").map(str::to_string).unwrap_or(o));
        new = new.map(|n| n.strip_prefix("b/").map(str::to_string).unwrap_or(n));
    }
    let mut hunks = Vec::new();
    let mut i = at + 2;
    while i < end && lines[i].text.starts_with("@@") {
        let header = lines[i].text;
        let numbers = parse_hunk_header(header);
        let start = i;
        i += 1;
        let mut search = Vec::new();
        let mut replace = Vec::new();
        let (mut old_left, mut new_left) =
            numbers.map_or((None, None), |(_, ol, nl)| (Some(ol), Some(nl)));
        while i < end {
            let t = lines[i].text;
            if old_left == Some(0) && new_left == Some(0) {
                break;
            }
            if t.starts_with("@@") || is_diff_header(lines, i) || t.starts_with("diff --git") {
                break;
            }
            if t.starts_with('\\') {
                // `\ No newline at end of file`
                i += 1;
                continue;
            }
            let Some(kind) = change_line(t, &mut search, &mut replace) else {
                break;
            };
            if kind != '+' {
                old_left = old_left.map(|n| n.saturating_sub(1));
            }
            if kind != '-' {
                new_left = new_left.map(|n| n.saturating_sub(1));
            }
            i += 1;
        }
        // A blank line ending an unnumbered hunk is the reply's, not context.
        while numbers.is_none()
            && search.last().is_some_and(|l| l.is_empty())
            && replace.last().is_some_and(|l| l.is_empty())
            && lines[i - 1].text.is_empty()
        {
            search.pop();
            replace.pop();
            i -= 1;
        }
        if let (Some(o), Some(n)) = (old_left, new_left) {
            if (o > 0 || n > 0) && i >= lines.len() {
                return Err(Malformed {
                    lines: start..i,
                    message: format!(
                        "the reply ends inside the hunk at line {}: {o} old and {n} new lines are missing",
                        start + 1
                    ),
                    cut: true,
                });
            }
        }
        hunks.push(Edit {
            kind: EditKind::Hunk {
                numbered: numbers.is_some(),
            },
            search,
            replace,
            hint: numbers.map(|(s, _, _)| s),
            lines: start..i,
            notes: Vec::new(),
        });
    }
    Ok((
        FileDiff {
            old,
            new,
            hunks,
            lines: at..i,
        },
        i,
    ))
}

/// A line of a diff's body: context (` `, or an empty line) goes to both
/// sides, `-` to the old, `+` to the new. Returns its kind (` `, `-`, `+`),
/// or `None` for a line that is none of these.
fn change_line(t: &str, search: &mut Vec<String>, replace: &mut Vec<String>) -> Option<char> {
    let kind = t.chars().next().unwrap_or(' ');
    let body = t.get(1..).unwrap_or("").to_string();
    match kind {
        ' ' => {
            search.push(body.clone());
            replace.push(body);
        }
        '-' => search.push(body),
        '+' => replace.push(body),
        _ => return None,
    }
    Some(kind)
}

/// `@@ -12,4 +12,5 @@ ...`: the old start, old count and new count.
fn parse_hunk_header(h: &str) -> Option<(usize, usize, usize)> {
    let rest = h.strip_prefix("@@ -")?;
    let (old, rest) = rest.split_once(' ')?;
    let new = rest.strip_prefix('+')?.split(' ').next()?;
    let range = |s: &str| -> Option<(usize, usize)> {
        match s.split_once(',') {
            Some((a, b)) => Some((a.parse().ok()?, b.parse().ok()?)),
            None => Some((s.parse().ok()?, 1)),
        }
    };
    let (os, ol) = range(old)?;
    let (_, nl) = range(new)?;
    Some((os, ol, nl))
}

// ---------------------------------------------------------------- codex patch

/// One operation of a codex patch.
#[derive(Debug, Clone)]
pub enum PatchOp {
    Add {
        path: String,
        content: Vec<String>,
    },
    Delete {
        path: String,
    },
    Update {
        path: String,
        move_to: Option<String>,
        chunks: Vec<Edit>,
    },
}

#[derive(Debug, Clone)]
pub struct PatchPart {
    pub op: PatchOp,
    pub lines: std::ops::Range<usize>,
}

/// A patch's operations (each with its lines) and what is malformed in it;
/// the line after the patch.
pub fn codex(lines: &[RLine<'_>], at: usize) -> (Vec<PatchPart>, Vec<Malformed>, usize) {
    let mut parts = Vec::new();
    let mut errors = Vec::new();
    let begin = lines[at].text.trim() == "*** Begin Patch";
    let mut i = if begin { at + 1 } else { at };
    let header = |t: &str, p: &str| t.trim_end().strip_prefix(p).map(|s| s.trim().to_string());
    loop {
        let Some(l) = lines.get(i) else {
            errors.push(Malformed {
                lines: at..lines.len(),
                message: format!(
                    "the reply ends inside the patch that begins at line {}: no `*** End Patch`",
                    at + 1
                ),
                cut: true,
            });
            return (parts, errors, lines.len());
        };
        let t = l.text;
        if t.trim() == "*** End Patch" {
            return (parts, errors, i + 1);
        }
        if let Some(path) = header(t, "*** Add File: ") {
            let start = i;
            i += 1;
            let mut content = Vec::new();
            while let Some(l) = lines.get(i) {
                if l.text.starts_with("*** ")
                    && (l.text.contains(" File: ") || l.text.trim() == "*** End Patch")
                {
                    break;
                }
                match l.text.strip_prefix('+') {
                    Some(rest) => content.push(rest.to_string()),
                    None => {
                        errors.push(Malformed {
                            lines: i..i + 1,
                            message: format!(
                                "line {} of the Add File hunk for {path} has no leading `+`: codex ends the file before it and then fails on it",
                                i + 1
                            ),
                            cut: false,
                        });
                        content.push(l.text.to_string());
                    }
                }
                i += 1;
            }
            parts.push(PatchPart {
                op: PatchOp::Add { path, content },
                lines: start..i,
            });
        } else if let Some(path) = header(t, "*** Delete File: ") {
            parts.push(PatchPart {
                op: PatchOp::Delete { path },
                lines: i..i + 1,
            });
            i += 1;
        } else if let Some(path) = header(t, "*** Update File: ") {
            let start = i;
            i += 1;
            let move_to = lines.get(i).and_then(|l| header(l.text, "*** Move to: "));
            if move_to.is_some() {
                i += 1;
            }
            let mut chunks: Vec<Edit> = Vec::new();
            let mut current: Option<Edit> = None;
            while let Some(l) = lines.get(i) {
                let t = l.text;
                if t.starts_with("*** ") && t.trim() != "*** End of File" {
                    break;
                }
                if t.trim() == "*** End of File" {
                    i += 1;
                    continue;
                }
                if let Some(ctx) = t.strip_prefix("@@") {
                    if let Some(c) = current.take() {
                        chunks.push(c);
                    }
                    let ctx = ctx.trim();
                    current = Some(Edit {
                        kind: EditKind::Codex {
                            context: (!ctx.is_empty()).then(|| ctx.to_string()),
                        },
                        search: Vec::new(),
                        replace: Vec::new(),
                        hint: None,
                        lines: i..i + 1,
                        notes: Vec::new(),
                    });
                    i += 1;
                    continue;
                }
                let chunk = current.get_or_insert_with(|| Edit {
                    kind: EditKind::Codex { context: None },
                    search: Vec::new(),
                    replace: Vec::new(),
                    hint: None,
                    lines: i..i,
                    notes: Vec::new(),
                });
                match change_line(t, &mut chunk.search, &mut chunk.replace) {
                    Some(_) => {}
                    None => {
                        errors.push(Malformed {
                            lines: i..i + 1,
                            message: format!(
                                "unexpected line {} in the update of {path}: a chunk line starts with ` `, `+` or `-`",
                                i + 1
                            ),
                            cut: false,
                        });
                        i += 1;
                        continue;
                    }
                }
                chunk.lines.end = i + 1;
                i += 1;
            }
            if let Some(c) = current.take() {
                chunks.push(c);
            }
            // Blank lines before the next header are the reply's layout.
            for c in &mut chunks {
                while c.search.last().is_some_and(|l| l.is_empty())
                    && c.replace.last().is_some_and(|l| l.is_empty())
                    && c.search.len() > 1
                {
                    c.search.pop();
                    c.replace.pop();
                }
            }
            if chunks.is_empty() && move_to.is_none() {
                errors.push(Malformed {
                    lines: start..i,
                    message: format!("the update of {path} at line {} has no chunks", start + 1),
                    cut: false,
                });
            }
            parts.push(PatchPart {
                op: PatchOp::Update {
                    path,
                    move_to,
                    chunks,
                },
                lines: start..i,
            });
        } else if t.trim().is_empty() {
            i += 1;
        } else {
            errors.push(Malformed {
                lines: i..i + 1,
                message: format!(
                    "line {} in the patch is not a hunk header (`*** Add File:`, `*** Update File:`, `*** Delete File:`) or `*** End Patch`",
                    i + 1
                ),
                cut: false,
            });
            i += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::scan::lines;
    use super::*;

    #[test]
    fn markers_of_each_tool() {
        let t = "<<<<<<< SEARCH\na\n=======\nb\n>>>>>>> REPLACE\n";
        let (e, next) = search_replace(&lines(t), 0).unwrap();
        assert_eq!(
            (e.search, e.replace, next),
            (vec!["a".into()], vec!["b".into()], 5)
        );
        let t = "------- SEARCH\na\n=======\nb\n+++++++ REPLACE\n";
        let (e, _) = search_replace(&lines(t), 0).unwrap();
        assert_eq!(e.kind, EditKind::SearchReplace(Flavor::Cline));
        let t = "<<<<<<< SEARCH\n:start_line:12\n-------\n12 | a\n13 |     b\n=======\nc\n>>>>>>> REPLACE\n";
        let (e, _) = search_replace(&lines(t), 0).unwrap();
        assert_eq!(
            (e.hint, e.search.clone()),
            (Some(12), vec!["a".to_string(), "    b".to_string()])
        );
        let t = "------- SEARCH\na\n+++++++ REPLACE\n";
        assert!(!search_replace(&lines(t), 0).unwrap_err().cut);
        let t = "<<<<<<< SEARCH\na\n=======\nb\n";
        assert!(search_replace(&lines(t), 0).unwrap_err().cut);
    }

    #[test]
    fn diffs_and_patches() {
        let t = "--- a/x.py\n+++ b/x.py\n@@ -1,2 +1,2 @@\n a\n-b\n+c\n";
        let (d, _) = unified(&lines(t), 0, 6).unwrap();
        assert_eq!(d.new.as_deref(), Some("x.py"));
        assert_eq!(d.hunks[0].hint, Some(1));
        assert_eq!(d.hunks[0].search, vec!["a", "b"]);
        let t = "*** Begin Patch\n*** Add File: a.txt\n+hi\n*** Update File: b.py\n*** Move to: c.py\n@@ def f():\n-x\n+y\n*** Delete File: d.txt\n*** End Patch\n";
        let (parts, errors, next) = codex(&lines(t), 0);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!((parts.len(), next), (3, 10));
    }
}
