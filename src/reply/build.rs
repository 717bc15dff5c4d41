//! Building the files a reply proposes: each proposal in reply order,
//! against the work tree as read once, with every failure an issue that
//! points into the reply.

use std::collections::HashMap;
use std::path::PathBuf;

use super::apply::{self, Doc, Failure};
use super::edits::{Edit, EditKind};
use super::scan::{self, RLine};
use super::{Action, Issue, Parsed};
use crate::rules::Rule;

/// One file the reply touches.
#[derive(Debug, Clone)]
pub struct FileState {
    /// The path as the proposal names it (cleaned, `/`-separated).
    pub path: String,
    pub fs_path: PathBuf,
    /// Its bytes on disk when read (`None`: it did not exist).
    pub original: Option<Vec<u8>>,
    /// What the reply makes of it (`None`: deleted, or never created).
    pub content: Option<String>,
    /// The proposal (0-based) that wrote it whole, if one did.
    written_by: Option<usize>,
    deleted_by: Option<usize>,
    /// The last proposal (0-based) that edited it.
    edited_by: Option<usize>,
    /// The proposals (0-based) that changed it.
    pub proposals: Vec<usize>,
}

impl FileState {
    /// Whether the reply changes the file.
    pub fn changed(&self) -> bool {
        match (&self.original, &self.content) {
            (Some(o), Some(c)) => o.as_slice() != c.as_bytes(),
            (None, None) => false,
            _ => true,
        }
    }
}

/// A file's bytes (`None` when there is none), or why it cannot be read.
pub type ReadFn<'a> = &'a dyn Fn(&std::path::Path) -> Result<Option<Vec<u8>>, String>;

/// Where the work tree is and how to read it.
pub struct Tree<'a> {
    /// `Ok(where it is)` or why the path is unsafe.
    pub resolve: &'a dyn Fn(&str) -> Result<PathBuf, String>,
    /// A file's bytes, `None` when there is none; `Err` says why it cannot be read.
    pub read: ReadFn<'a>,
}

pub struct Built {
    pub files: Vec<FileState>,
    pub issues: Vec<Issue>,
}

/// Apply every proposal in order. Notes on how each edit matched are added
/// to its proposal.
pub fn build(text: &str, parsed: &mut Parsed, tree: &Tree<'_>) -> Built {
    let lines = scan::lines(text);
    let mut files: Vec<FileState> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut issues = Vec::new();
    let mut unattributed = 0;
    // Where each proposal starts, for the messages of conflicts.
    let first_lines: Vec<usize> = parsed.proposals.iter().map(|q| q.lines.start).collect();
    for n in 0..parsed.proposals.len() {
        let p = &parsed.proposals[n];
        let span = scan::span(&lines, p.lines.clone());
        if matches!(p.action, Action::Commands) {
            continue;
        }
        let Some(path) = p.path.clone() else {
            unattributed += 1;
            issues.push(Issue {
                rule: Rule::UnattributedBlock,
                span: scan::span(&lines, p.lines.start..p.lines.start + 1),
                message: format!(
                    "unattributed block #{unattributed} (line {}): no file path can be attributed to this code block",
                    p.lines.start + 1
                ),
                help: Some("put the path on the line before the fence (`src/app.py`), in the info string (```python src/app.py), or pass --path".into()),
            });
            continue;
        };
        let Some(slot) = open(
            &path,
            n,
            &lines,
            p.lines.clone(),
            tree,
            &mut files,
            &mut index,
            &mut issues,
        ) else {
            continue;
        };
        let action = p.action.clone();
        let mut notes = Vec::new();
        let conflict = |earlier: usize| conflict(span, first_lines[earlier], &path, earlier, n);
        match action {
            Action::Write(content) => {
                let f = &mut files[slot];
                // A whole file after edits of it drops those edits.
                if let Some(earlier) = f.written_by.or(f.deleted_by).or(f.edited_by) {
                    if f.content.as_deref() != Some(content.as_str()) {
                        issues.push(conflict(earlier));
                        continue;
                    }
                    notes.push(format!("the same content as proposal #{}", earlier + 1));
                }
                f.content = Some(content);
                f.written_by = Some(n);
                f.proposals.push(n);
            }
            Action::Edit(edits) => {
                if let Some(earlier) = files[slot].deleted_by {
                    issues.push(conflict(earlier));
                    continue;
                }
                edit_file(
                    &mut files[slot],
                    &edits,
                    &path,
                    &lines,
                    &mut notes,
                    &mut issues,
                );
                files[slot].edited_by = Some(n);
                files[slot].proposals.push(n);
            }
            Action::Delete => {
                let f = &mut files[slot];
                if let Some(earlier) = f.written_by {
                    issues.push(conflict(earlier));
                    continue;
                }
                if f.original.is_none() && f.content.is_none() {
                    issues.push(Issue {
                        rule: Rule::EditDoesNotApply,
                        span,
                        message: format!("cannot delete {path}: there is no such file"),
                        help: None,
                    });
                    continue;
                }
                f.content = None;
                f.deleted_by = Some(n);
                f.proposals.push(n);
            }
            Action::Move { to, edits } => {
                if !edits.is_empty() {
                    edit_file(
                        &mut files[slot],
                        &edits,
                        &path,
                        &lines,
                        &mut notes,
                        &mut issues,
                    );
                }
                let moved = files[slot].content.take();
                files[slot].deleted_by = Some(n);
                files[slot].proposals.push(n);
                let Some(target) = open(
                    &to,
                    n,
                    &lines,
                    parsed.proposals[n].lines.clone(),
                    tree,
                    &mut files,
                    &mut index,
                    &mut issues,
                ) else {
                    files[slot].content = moved;
                    continue;
                };
                let t = &mut files[target];
                if t.original.is_some() || t.content.is_some() {
                    issues.push(Issue {
                        rule: Rule::ConflictingProposals,
                        span,
                        message: format!(
                            "moving {path} to {to} would overwrite {to}, which exists"
                        ),
                        help: None,
                    });
                    files[slot].content = moved;
                    files[slot].deleted_by = None;
                    continue;
                }
                t.content = moved;
                t.written_by = Some(n);
                t.proposals.push(n);
                notes.push(format!("moved to {to}"));
            }
            Action::Commands => {}
        }
        parsed.proposals[n].notes.extend(notes);
    }
    Built { files, issues }
}

/// The file `path` names, read once; `None` (with an issue) when the path
/// is unsafe or the file cannot be read.
#[allow(clippy::too_many_arguments)]
fn open(
    path: &str,
    n: usize,
    lines: &[RLine<'_>],
    range: std::ops::Range<usize>,
    tree: &Tree<'_>,
    files: &mut Vec<FileState>,
    index: &mut HashMap<String, usize>,
    issues: &mut Vec<Issue>,
) -> Option<usize> {
    let span = scan::span(lines, range.start..range.start + 1);
    let fs_path = match (tree.resolve)(path) {
        Ok(p) => p,
        Err(why) => {
            issues.push(Issue {
                rule: Rule::UnsafePath,
                span,
                message: format!(
                    "proposal #{} names an unsafe path: {why}; it is not applied",
                    n + 1
                ),
                help: Some(
                    "proposals may only name files below the root (--root), outside .git/".into(),
                ),
            });
            return None;
        }
    };
    let key = fs_path.to_string_lossy().into_owned();
    if let Some(&slot) = index.get(&key) {
        return Some(slot);
    }
    let original = match (tree.read)(&fs_path) {
        Ok(o) => o,
        Err(why) => {
            issues.push(Issue {
                rule: Rule::EditDoesNotApply,
                span,
                message: format!("proposal #{} for {path}: {why}", n + 1),
                help: None,
            });
            return None;
        }
    };
    let content = original
        .as_ref()
        .map(|b| String::from_utf8_lossy(b).into_owned());
    files.push(FileState {
        path: path.to_string(),
        fs_path,
        original,
        content,
        written_by: None,
        deleted_by: None,
        edited_by: None,
        proposals: Vec::new(),
    });
    index.insert(key, files.len() - 1);
    Some(files.len() - 1)
}

/// Proposal `n` conflicts with proposal `earlier`, which starts at reply
/// line `earlier_line` (0-based).
fn conflict(
    span: crate::diagnostic::Span,
    earlier_line: usize,
    path: &str,
    earlier: usize,
    n: usize,
) -> Issue {
    Issue {
        rule: Rule::ConflictingProposals,
        span,
        message: format!(
            "proposal #{} for {path} conflicts with proposal #{} (line {}): the reply proposes two different versions of the file",
            n + 1,
            earlier + 1,
            earlier_line + 1
        ),
        help: Some("keep one proposal per file, or write later changes as edits".into()),
    }
}

fn edit_file(
    f: &mut FileState,
    edits: &[Edit],
    path: &str,
    lines: &[RLine<'_>],
    notes: &mut Vec<String>,
    issues: &mut Vec<Issue>,
) {
    let creates = edits.iter().all(|e| {
        e.search.iter().all(|l| l.trim().is_empty()) && !matches!(e.kind, EditKind::StrReplace)
    });
    let Some(current) = f.content.clone() else {
        if creates {
            f.content = Some(String::new());
            return edit_file(f, edits, path, lines, notes, issues);
        }
        let e = &edits[0];
        issues.push(Issue {
            rule: Rule::EditDoesNotApply,
            span: scan::span(lines, e.lines.clone()),
            message: format!(
                "the edit at line {} is for {path}, which does not exist",
                e.lines.start + 1
            ),
            help: Some("a new file is written whole, or with an empty SEARCH".into()),
        });
        return;
    };
    let mut doc = Doc::parse(&current);
    let mut cursor = 0usize;
    // A diff's line numbers count the file before its earlier hunks.
    let mut shift: isize = 0;
    for e in edits {
        let shifted;
        let e = if matches!(e.kind, EditKind::Hunk { numbered: true }) && shift != 0 {
            let mut c = e.clone();
            c.hint = c.hint.map(|h| h.saturating_add_signed(shift));
            shifted = c;
            &shifted
        } else {
            e
        };
        let at = scan::span(lines, e.lines.clone());
        let where_ = format!("line {}", e.lines.start + 1);
        if e.kind == EditKind::StrReplace {
            let text = doc.text();
            let old = &e.search[0];
            let hits: Vec<usize> = text.match_indices(old.as_str()).map(|(i, _)| i).collect();
            match hits.len() {
                1 => {
                    doc = Doc::parse(&text.replacen(old.as_str(), &e.replace[0], 1));
                    notes.push(format!("str_replace at {where_}: exact, at line {}", text[..hits[0]].matches('\n').count() + 1));
                }
                0 => issues.push(Issue {
                    rule: Rule::EditDoesNotApply,
                    span: at,
                    message: format!("the text to replace ({where_}) does not appear verbatim in {path}"),
                    help: None,
                }),
                _ => issues.push(Issue {
                    rule: Rule::AmbiguousEdit,
                    span: at,
                    message: format!(
                        "the text to replace ({where_}) occurs {} times in {path} (lines {}); it must be unique",
                        hits.len(),
                        hits.iter().map(|h| (text[..*h].matches('\n').count() + 1).to_string()).collect::<Vec<_>>().join(", ")
                    ),
                    help: None,
                }),
            }
            continue;
        }
        for n in &e.notes {
            notes.push(format!("edit at {where_}: {n}"));
        }
        match apply::apply(&mut doc, e, &mut cursor) {
            Ok(applied) => {
                if matches!(e.kind, EditKind::Hunk { .. }) {
                    shift += e.replace.len() as isize - e.search.len() as isize;
                }
                notes.push(format!(
                    "edit at {where_}: {} (file line {})",
                    applied.how, applied.line
                ))
            }
            Err(failure) => issues.push(failed(failure, e, path, at, &where_)),
        }
    }
    f.content = Some(doc.text());
}

fn failed(
    failure: Failure,
    e: &Edit,
    path: &str,
    at: crate::diagnostic::Span,
    where_: &str,
) -> Issue {
    let (what, matches) = match e.kind {
        EditKind::SearchReplace(_) => ("the SEARCH text", "matches"),
        EditKind::Hunk { .. } => ("the hunk's context and removed lines", "match"),
        EditKind::Codex { .. } => ("the chunk's context and removed lines", "match"),
        _ => ("the text", "matches"),
    };
    match failure {
        Failure::NoMatch { nearest, context } => {
            let message = match context {
                Some(ctx) => format!("the edit at {where_} does not apply to {path}: its context line `@@ {ctx}` is not in the file (after the previous chunk)"),
                None => format!("the edit at {where_} does not apply to {path}: {what} {matches} no lines of the file"),
            };
            let help = nearest.map(|(line, text, score)| {
                let mut h = format!(
                    "the nearest lines in {path} ({}% alike), from line {line}:",
                    (score * 100.0).round() as u32
                );
                for (k, l) in text.iter().enumerate() {
                    h.push_str(&format!("\n{:>5} | {l}", line + k));
                }
                h
            });
            Issue {
                rule: Rule::EditDoesNotApply,
                span: at,
                message,
                help,
            }
        }
        Failure::Ambiguous(found) => Issue {
            rule: Rule::AmbiguousEdit,
            span: at,
            message: format!(
                "the edit at {where_} is ambiguous: {what} {matches} {path} in {} places (lines {}); nothing was replaced",
                found.len(),
                found.iter().map(|l| l.to_string()).collect::<Vec<_>>().join(", ")
            ),
            help: Some("include more surrounding lines so that the text matches once".into()),
        },
        Failure::EmptySearch(flavor) => Issue {
            rule: Rule::EditDoesNotApply,
            span: at,
            message: format!(
                "the edit at {where_} has an empty SEARCH but {path} has content: {} refuses it",
                flavor.name()
            ),
            help: Some("an empty SEARCH only creates a new file".into()),
        },
        Failure::UnpairedDots => Issue {
            rule: Rule::EditDoesNotApply,
            span: at,
            message: format!("the edit at {where_}: the `...` lines of SEARCH and REPLACE do not pair up"),
            help: Some("each `...` in SEARCH needs one in REPLACE at the same place (aider's rule)".into()),
        },
    }
}
