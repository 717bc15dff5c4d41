//! `gencheck reply`: read a model's reply, find every file it proposes,
//! build each resulting file against the work tree, and check it as
//! `check` would. Every guess made on the way (where a path came from,
//! how an edit matched, where unfenced content ends) is named.
//!
//! Formats, in the precedence of `reply-formats.md` §6: JSON tool
//! arguments, codex's `*** Begin Patch`, tool tags, SEARCH/REPLACE blocks,
//! unified diffs, fenced whole files, unfenced content introduced by a
//! sentence naming the file, and (with `--path`) the whole reply.

pub mod apply;
pub mod build;
pub mod edits;
pub mod paths;
pub mod scan;
pub mod tags;
pub mod write;

use std::ops::Range;

use serde::Serialize;

use crate::diagnostic::{Finding, Span};
use crate::rules::Rule;
use edits::{Edit, Malformed, PatchOp, PatchPart};
use scan::{Fence, RLine};

/// What a proposal does to its file.
#[derive(Debug, Clone)]
pub enum Action {
    /// The whole file's new content.
    Write(String),
    /// Edits applied in order to the file as it is.
    Edit(Vec<Edit>),
    Delete,
    /// Edits, then the file moves to `to`.
    Move {
        to: String,
        edits: Vec<Edit>,
    },
    /// Not a file: shell commands, output, a tool call that writes nothing.
    Commands,
}

impl Action {
    fn name(&self) -> &'static str {
        match self {
            Action::Write(_) => "write",
            Action::Edit(_) => "edit",
            Action::Delete => "delete",
            Action::Move { .. } => "move",
            Action::Commands => "none",
        }
    }
}

/// One file proposal found in the reply.
#[derive(Debug, Clone)]
pub struct Proposal {
    /// How it was written: "fenced whole file", "SEARCH/REPLACE (aider)", ...
    pub format: String,
    pub path: Option<String>,
    /// Where the path came from: "the info string", "the line above (a bold path)", ...
    pub path_from: Option<String>,
    /// Its lines in the reply (0-based, end exclusive).
    pub lines: Range<usize>,
    pub action: Action,
    /// Guesses and repairs, in words.
    pub notes: Vec<String>,
    /// A fenced block's info string.
    pub info: Option<String>,
}

/// A finding about the reply itself (spans point into the reply).
#[derive(Debug, Clone)]
pub struct Issue {
    pub rule: Rule,
    pub span: Span,
    pub message: String,
    pub help: Option<String>,
}

impl Issue {
    fn malformed(lines: &[RLine<'_>], m: Malformed) -> Issue {
        Issue {
            rule: if m.cut {
                Rule::Truncated
            } else {
                Rule::EditDoesNotApply
            },
            span: scan::span(lines, m.lines),
            message: m.message,
            help: m.cut.then(|| {
                "the model's output was cut off; ask for the rest, or for the whole edit again"
                    .into()
            }),
        }
    }

    pub fn finding(&self) -> Finding {
        let mut f = Finding::new(self.rule, Some(self.span), self.message.clone());
        if let Some(h) = &self.help {
            f = f.with_help(h.clone());
        }
        // The prose after unfenced content is kept out of the file; where
        // the file ends is a guess, reported, not a rejection by itself.
        if self.rule == Rule::LlmChatter {
            f = f.with_severity(crate::diagnostic::Severity::Warning);
        }
        f
    }
}

/// The formats `--reply-format` can force.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ReplyFormat {
    /// Every format, in the documented precedence.
    Auto,
    /// JSON tool arguments.
    Json,
    /// codex's `*** Begin Patch` envelope.
    Patch,
    /// Tool-call tags (`<write_to_file>`, `<replace_in_file>`, `<apply_diff>`, `<function=...>`).
    Tags,
    /// SEARCH/REPLACE blocks (aider, Cline, Roo Code).
    SearchReplace,
    /// Unified diffs.
    Diff,
    /// Whole files in fenced code blocks.
    Fenced,
    /// Unfenced content introduced by a sentence naming the file.
    Prose,
    /// The whole reply is the content of `--path`.
    Raw,
}

/// What was read from a reply.
#[derive(Debug, Default)]
pub struct Parsed {
    pub proposals: Vec<Proposal>,
    pub issues: Vec<Issue>,
}

/// Fence languages whose blocks are commands or output, not files.
const NOT_FILES: &[&str] = &[
    "bash",
    "sh",
    "shell",
    "console",
    "zsh",
    "fish",
    "powershell",
    "ps",
    "ps1",
    "pwsh",
    "cmd",
    "bat",
    "batch",
    "terminal",
    "shell-session",
    "shellsession",
    "text",
    "txt",
    "output",
    "plaintext",
    "plain",
    "log",
    "stdout",
    "stderr",
];

/// Read every proposal in `text`. `forced` is `--path`: the file a block
/// nothing else attributes belongs to. `exists` says whether a path is in
/// the work tree (for paths only mentioned in the prose).
pub fn parse(
    text: &str,
    format: ReplyFormat,
    forced: Option<&str>,
    exists: &dyn Fn(&str) -> bool,
) -> Parsed {
    let lines = scan::lines(text);
    let mut parsed = Parsed::default();
    let on = |f: ReplyFormat| format == ReplyFormat::Auto || format == f;
    if format == ReplyFormat::Raw {
        whole_reply(text, &lines, forced, &mut parsed);
        return parsed;
    }
    if on(ReplyFormat::Json) && tags::json(text, &lines, &mut parsed.proposals, &mut parsed.issues)
    {
        return parsed;
    }
    let mut taken = vec![false; lines.len()];
    let all_fences = scan::fences(&lines);
    if on(ReplyFormat::Patch) {
        codex_patches(&lines, &all_fences, &mut taken, &mut parsed);
    }
    if on(ReplyFormat::Tags) {
        for r in tags::find(
            text,
            &lines,
            &taken,
            &mut parsed.proposals,
            &mut parsed.issues,
        ) {
            taken[r].fill(true);
        }
    }
    // Fences again, without what the patches and tags hold.
    let masked: Vec<RLine<'_>> = lines
        .iter()
        .map(|l| RLine {
            text: if taken[l.index] { "" } else { l.text },
            ..*l
        })
        .collect();
    let fences = scan::fences(&masked);
    if on(ReplyFormat::SearchReplace) {
        search_replace_blocks(&masked, &fences, &mut taken, &mut parsed);
    }
    if on(ReplyFormat::Diff) {
        unified_diffs(&masked, &fences, &mut taken, &mut parsed);
    }
    if on(ReplyFormat::Fenced) {
        for f in &fences {
            if taken[f.open] {
                continue;
            }
            fenced_file(text, &masked, &fences, f, forced, exists, &mut parsed);
            taken[f.lines(lines.len())].fill(true);
        }
    }
    if on(ReplyFormat::Prose) {
        prose_files(text, &masked, &fences, &mut taken, &mut parsed);
    }
    illustrations(&mut parsed);
    let files = parsed
        .proposals
        .iter()
        .any(|p| !matches!(p.action, Action::Commands));
    if !files && format == ReplyFormat::Auto {
        whole_reply(text, &lines, forced, &mut parsed);
    }
    parsed
}

fn whole_reply(text: &str, lines: &[RLine<'_>], forced: Option<&str>, parsed: &mut Parsed) {
    let Some(path) = forced else { return };
    parsed.proposals.push(Proposal {
        format: "the whole reply".into(),
        path: Some(path.to_string()),
        path_from: Some("--path".into()),
        lines: 0..lines.len(),
        action: Action::Write(text.to_string()),
        notes: vec!["no proposal format found: the whole reply is taken as the file".into()],
        info: None,
    });
}

/// The fence whose body holds line `i`.
fn fence_around(fences: &[Fence], i: usize, total: usize) -> Option<&Fence> {
    fence_at(fences, i, total).filter(|f| f.body(total).contains(&i))
}

/// The fence whose lines (fences included) hold line `i`. Fences are in
/// order and do not overlap.
fn fence_at(fences: &[Fence], i: usize, total: usize) -> Option<&Fence> {
    let k = fences.partition_point(|f| f.open <= i);
    let f = fences.get(k.checked_sub(1)?)?;
    f.lines(total).contains(&i).then_some(f)
}

pub(crate) fn codex_proposals(parts: Vec<PatchPart>, format: &str, out: &mut Vec<Proposal>) {
    for part in parts {
        let (path, action) = match part.op {
            PatchOp::Add { path, content } => {
                (path, Action::Write(apply::Doc::from_lines(content).text()))
            }
            PatchOp::Delete { path } => (path, Action::Delete),
            PatchOp::Update {
                path,
                move_to: Some(to),
                chunks,
            } => (path, Action::Move { to, edits: chunks }),
            PatchOp::Update { path, chunks, .. } => (path, Action::Edit(chunks)),
        };
        out.push(Proposal {
            format: format.to_string(),
            path: Some(path),
            path_from: Some("its `*** ... File:` header".into()),
            lines: part.lines,
            action,
            notes: Vec::new(),
            info: None,
        });
    }
}

fn codex_patches(lines: &[RLine<'_>], fences: &[Fence], taken: &mut [bool], parsed: &mut Parsed) {
    let mut i = 0;
    let first_begin = lines
        .iter()
        .position(|l| l.text.trim() == "*** Begin Patch");
    while i < lines.len() {
        let t = lines[i].text.trim();
        let begin = t == "*** Begin Patch";
        // aider's patch format tolerates a missing Begin line.
        let bare = !begin
            && (t.starts_with("*** Update File: ")
                || t.starts_with("*** Add File: ")
                || t.starts_with("*** Delete File: "))
            && first_begin.is_none_or(|b| b > i);
        if taken[i] || !(begin || bare) {
            i += 1;
            continue;
        }
        let (parts, errors, next) = edits::codex(lines, i);
        let before = parsed.proposals.len();
        codex_proposals(parts, "codex patch", &mut parsed.proposals);
        if bare {
            if let Some(p) = parsed.proposals.get_mut(before) {
                p.notes
                    .push("the patch has no `*** Begin Patch` line".into());
            }
        }
        for m in errors {
            // Without a Begin line, no End line is expected either.
            if bare && m.cut {
                continue;
            }
            parsed.issues.push(Issue::malformed(lines, m));
        }
        let mut range = i..next;
        if let Some(f) = fence_around(fences, i, lines.len()) {
            range = f.lines(lines.len()).start.min(i)..f.lines(lines.len()).end.max(next);
        }
        // A heredoc's closing word after the patch (`EOF`).
        if lines.get(next).is_some_and(|l| {
            let w = l.text.trim();
            !w.is_empty() && w.chars().all(|c| c.is_ascii_uppercase() || c == '_')
        }) {
            range.end = range.end.max(next + 1);
        }
        taken[range.clone()].fill(true);
        i = range.end.max(i + 1);
    }
}

/// The path for an edit block: the first line inside its fence (aider's
/// `diff-fenced`), the info string, or the lines above.
fn edit_block_path(
    lines: &[RLine<'_>],
    fence: Option<&Fence>,
    at: usize,
) -> Option<(String, String)> {
    if let Some(f) = fence {
        let first = f.open + 1;
        if first < at {
            if let Some((p, _)) = paths::path_line(lines[first].text) {
                return Some((p, "the first line inside its fence".into()));
            }
        }
        if let Some(p) = paths::info_path(&f.info) {
            return Some((p, "its fence's info string".into()));
        }
    }
    // Up to 3 lines above (above the fence, when in one), past blank lines and fences.
    let top = fence.map_or(at, |f| f.open.min(at));
    let mut k = top;
    let mut looked = 0;
    while k > 0 && looked < 3 {
        k -= 1;
        let t = lines[k].text.trim();
        if t.is_empty() || scan::fence_open(t).is_some() {
            continue;
        }
        looked += 1;
        if let Some((p, form)) = paths::path_line(t) {
            return Some((p, format!("the line above ({form})")));
        }
        if let Some(p) = paths::sentence_path(t) {
            return Some((p, "a sentence above".into()));
        }
        if edits::is_search_marker(t) || t.starts_with(">>>>>>>") || t.starts_with("+++++++") {
            break;
        }
    }
    None
}

fn search_replace_blocks(
    lines: &[RLine<'_>],
    fences: &[Fence],
    taken: &mut [bool],
    parsed: &mut Parsed,
) {
    let mut previous: Option<String> = None;
    let mut i = 0;
    while i < lines.len() {
        if taken[i] || !edits::is_search_marker(lines[i].text) {
            i += 1;
            continue;
        }
        let fence = fence_around(fences, i, lines.len());
        let (edit, next) = match edits::search_replace(lines, i) {
            Ok(ok) => ok,
            Err(m) => {
                let end = m.lines.end.max(i + 1);
                parsed.issues.push(Issue::malformed(lines, m));
                taken[i..end].fill(true);
                if let Some(f) = fence {
                    taken[f.lines(lines.len())].fill(true);
                }
                i = end;
                continue;
            }
        };
        let found = edit_block_path(lines, fence, i);
        let (path, from) = match found {
            Some((p, from)) => (Some(p), Some(from)),
            None => match &previous {
                Some(p) => (
                    Some(p.clone()),
                    Some("the previous block (no path above this one)".into()),
                ),
                None => (None, None),
            },
        };
        previous = path.clone().or(previous);
        let flavor = match edit.kind {
            edits::EditKind::SearchReplace(f) => f.name(),
            _ => "",
        };
        let notes = edit.notes.clone();
        parsed.proposals.push(Proposal {
            format: format!("SEARCH/REPLACE ({flavor})"),
            path,
            path_from: from,
            lines: edit.lines.clone(),
            action: Action::Edit(vec![edit]),
            notes,
            info: fence.map(|f| f.info.clone()),
        });
        taken[i..next].fill(true);
        if let Some(f) = fence {
            taken[f.lines(lines.len())].fill(true);
        }
        i = next;
    }
}

fn unified_diffs(lines: &[RLine<'_>], fences: &[Fence], taken: &mut [bool], parsed: &mut Parsed) {
    let mut i = 0;
    while i < lines.len() {
        if taken[i] || !edits::is_diff_header(lines, i) {
            i += 1;
            continue;
        }
        let fence = fence_around(fences, i, lines.len());
        let end = fence.map_or(lines.len(), |f| f.body(lines.len()).end);
        let (diff, next) = match edits::unified(lines, i, end) {
            Ok(ok) => ok,
            Err(m) => {
                let e = m.lines.end.max(i + 1);
                parsed.issues.push(Issue::malformed(lines, m));
                taken[i..e].fill(true);
                i = e;
                continue;
            }
        };
        let (path, action) = match (&diff.old, &diff.new) {
            (None, Some(new)) => {
                let content: Vec<String> =
                    diff.hunks.iter().flat_map(|h| h.replace.clone()).collect();
                (
                    new.clone(),
                    Action::Write(apply::Doc::from_lines(content).text()),
                )
            }
            (Some(old), None) => (old.clone(), Action::Delete),
            (Some(old), Some(new)) if old != new => (
                old.clone(),
                Action::Move {
                    to: new.clone(),
                    edits: diff.hunks.clone(),
                },
            ),
            (_, Some(new)) => (new.clone(), Action::Edit(diff.hunks.clone())),
            (None, None) => {
                i = next.max(i + 1);
                continue;
            }
        };
        let mut notes = Vec::new();
        if diff.old.is_none() {
            notes.push("`--- /dev/null`: a new file".into());
        }
        parsed.proposals.push(Proposal {
            format: if fence.is_some() {
                "unified diff (fenced)"
            } else {
                "unified diff"
            }
            .into(),
            path: Some(path),
            path_from: Some("its `---`/`+++` header".into()),
            lines: diff.lines.clone(),
            action,
            notes,
            info: fence.map(|f| f.info.clone()),
        });
        taken[i..next.max(i + 1)].fill(true);
        if let Some(f) = fence {
            let body = f.body(lines.len());
            // The fence is the diff's when nothing else is in it.
            let rest_is_diff = (body.start..i).chain(next..body.end).all(|k| {
                taken[k]
                    || lines[k].text.trim().is_empty()
                    || lines[k].text.starts_with("diff ")
                    || lines[k].text.starts_with("index ")
            });
            if rest_is_diff {
                taken[f.lines(lines.len())].fill(true);
            }
        }
        i = next.max(i + 1);
    }
}

#[allow(clippy::too_many_arguments)]
fn fenced_file(
    text: &str,
    lines: &[RLine<'_>],
    fences: &[Fence],
    f: &Fence,
    forced: Option<&str>,
    exists: &dyn Fn(&str) -> bool,
    parsed: &mut Parsed,
) {
    let total = lines.len();
    let body = f.body(total);
    let lang = f.lang().to_ascii_lowercase();
    let mut notes = Vec::new();
    if f.close.is_none() {
        parsed.issues.push(Issue {
            rule: Rule::Truncated,
            span: scan::span(lines, f.open..f.open + 1),
            message: format!(
                "the reply ends inside the code block opened at line {}: the block has no closing fence, so its file is probably cut off",
                f.open + 1
            ),
            help: Some("the model's output was cut off; ask for the rest, or for the whole file again".into()),
        });
        notes.push("the block is not closed: its content runs to the end of the reply".into());
    }
    let mut found: Option<(String, String)> =
        paths::info_path(&f.info).map(|p| (p, "the info string".into()));
    if found.is_none() {
        // The line above, past one blank line.
        let mut k = f.open;
        let mut blanks = 0;
        while k > 0 {
            k -= 1;
            let t = lines[k].text.trim();
            if t.is_empty() {
                blanks += 1;
                if blanks > 1 {
                    break;
                }
                continue;
            }
            if fences.iter().any(|g| g.close == Some(k)) {
                break;
            }
            found = paths::path_line(t)
                .map(|(p, form)| (p, format!("the line above ({form})")))
                .or_else(|| {
                    paths::sentence_path(t).map(|p| (p, "a sentence above that names it".into()))
                });
            break;
        }
    }
    if found.is_none() {
        if let Some(first) = body.clone().next().filter(|&k| k < total) {
            found = paths::comment_path(lines[first].text)
                .map(|p| (p, "a path comment on its first line".into()));
        }
    }
    if found.is_none() && !NOT_FILES.contains(&lang.as_str()) {
        // A path in backticks in the prose since the previous block.
        let from = fences
            .iter()
            .filter_map(|g| g.close)
            .filter(|&c| c < f.open)
            .max()
            .map_or(0, |c| c + 1);
        let block_lang = crate::language::Language::from_name(&lang).or_else(|| {
            crate::language::language_for_path(std::path::Path::new(&format!("x.{lang}")))
        });
        'outer: for k in (from..f.open).rev() {
            for p in paths::backticked_paths(lines[k].text) {
                let same_lang = block_lang.is_some()
                    && crate::language::language_for_path(std::path::Path::new(&p)) == block_lang;
                if same_lang || exists(&p) {
                    found = Some((
                        p,
                        format!("a mention in the prose on line {} (a guess)", k + 1),
                    ));
                    break 'outer;
                }
            }
        }
    }
    if found.is_none() {
        if let Some(p) = forced {
            found = Some((p.to_string(), "--path".into()));
        }
    }
    let content = scan::join_dedented(text, lines, body.clone(), f.indent);
    let action = if found.is_none() && NOT_FILES.contains(&lang.as_str()) {
        notes.push(format!(
            "a `{lang}` block without a path: commands or output, listed, not checked"
        ));
        Action::Commands
    } else if found.is_none() && lang.is_empty() && introduces_output(lines, f.open) {
        notes.push("a block without a language or path after a line that introduces output or commands: listed, not checked".into());
        Action::Commands
    } else {
        Action::Write(content)
    };
    parsed.proposals.push(Proposal {
        format: "fenced whole file".into(),
        path_from: found.as_ref().map(|(_, f)| f.clone()),
        path: found.map(|(p, _)| p),
        lines: f.lines(total),
        action,
        notes,
        info: Some(f.info.clone()),
    });
}

/// In a reply whose changes are edits (SEARCH/REPLACE, diffs, patches,
/// tool calls), a fenced block that nothing explicit names a file for is
/// an illustration ("For example:"), as the tools that read such replies
/// take it: listed, not checked, and not an unattributed block.
fn illustrations(parsed: &mut Parsed) {
    let edits = parsed.proposals.iter().any(|p| {
        p.format != "fenced whole file" && p.path.is_some() && !matches!(p.action, Action::Commands)
    });
    if !edits {
        return;
    }
    for p in &mut parsed.proposals {
        let guessed = p.path.is_none()
            || p.path_from
                .as_deref()
                .is_some_and(|f| f.starts_with("a mention"));
        if p.format == "fenced whole file" && guessed && matches!(p.action, Action::Write(_)) {
            p.action = Action::Commands;
            p.path = None;
            p.path_from = None;
            p.notes.push(
                "a block without a named path in a reply whose changes are edits: an illustration, listed, not checked".into(),
            );
        }
    }
}

/// Whether the prose line before `open` introduces output or commands
/// ("The output will be:", "Run it with:").
fn introduces_output(lines: &[RLine<'_>], open: usize) -> bool {
    let Some(prev) = (0..open)
        .rev()
        .map(|k| lines[k].text.trim())
        .find(|t| !t.is_empty())
    else {
        return false;
    };
    if !prev.ends_with(':') {
        return false;
    }
    let lower = prev.to_lowercase();
    lower.split(|c: char| !c.is_alphanumeric()).any(|w| {
        matches!(
            w,
            "output"
                | "outputs"
                | "print"
                | "prints"
                | "printed"
                | "result"
                | "results"
                | "see"
                | "shows"
                | "run"
                | "running"
                | "command"
                | "commands"
                | "terminal"
                | "console"
                | "log"
                | "logs"
                | "response"
                | "returns"
                | "install"
                | "execute"
        )
    })
}

/// Unfenced content after a sentence that names the file and ends in `:`,
/// up to where the prose resumes (a guess, reported as one).
fn prose_files(
    text: &str,
    lines: &[RLine<'_>],
    fences: &[Fence],
    taken: &mut [bool],
    parsed: &mut Parsed,
) {
    let total = lines.len();
    let in_fence = |k: usize| fence_at(fences, k, total).is_some();
    let mut k = 0;
    while k < total {
        if taken[k] || in_fence(k) {
            k += 1;
            continue;
        }
        // A file gencheck would check, or a path with a directory: not
        // `csv.DictReader` in a sentence.
        let Some(path) = paths::sentence_path(lines[k].text).filter(|p| {
            p.contains('/') || crate::language::language_for_path(std::path::Path::new(p)).is_some()
        }) else {
            k += 1;
            continue;
        };
        // The content starts at the next non-blank line; text on the same
        // line after the colon is not content.
        let Some(start) = (k + 1..total).find(|&j| !lines[j].text.trim().is_empty()) else {
            k += 1;
            continue;
        };
        if taken[start]
            || in_fence(start)
            || crate::prose::looks_like_prose(lines[start].text)
            || paths::path_line(lines[start].text).is_some()
        {
            k += 1;
            continue;
        }
        let mut end = total;
        let mut resumed = None;
        for j in start + 1..total {
            if taken[j] || in_fence(j) {
                end = j;
                break;
            }
            let t = lines[j].text;
            let col0 = !t.starts_with([' ', '\t']);
            let after_blank = lines[j - 1].text.trim().is_empty();
            let heading = t.starts_with("## ") || t.starts_with("### ");
            if col0 && after_blank && (heading || reads_as_prose(t)) {
                end = j;
                resumed = Some(j);
                break;
            }
        }
        let last = (start..end)
            .rev()
            .find(|&j| !lines[j].text.trim().is_empty())
            .unwrap_or(start);
        // A line or two before a fenced block is an introduction, not a file.
        let code_lines = (start..=last)
            .filter(|&j| !lines[j].text.trim().is_empty())
            .count();
        if code_lines < 2 || (resumed.is_none() && end < total && code_lines < 3) {
            k += 1;
            continue;
        }
        let content = scan::join(text, lines, start..last + 1);
        let mut notes = vec![format!(
            "unfenced: the content is lines {}-{} of the reply",
            start + 1,
            last + 1
        )];
        if let Some(r) = resumed {
            notes.push(format!(
                "the end is a guess: line {} reads as prose, so the content stops before it",
                r + 1
            ));
            let prose_end = (r..total)
                .find(|&j| lines[j].text.trim().is_empty())
                .unwrap_or(total);
            parsed.issues.push(Issue {
                rule: Rule::LlmChatter,
                span: scan::span(lines, r..prose_end),
                message: format!(
                    "prose after the unfenced content of {path} (line {}): taken as the model's words, not the file's; where the file ends is a guess",
                    r + 1
                ),
                help: Some("ask the model for the file in a fenced code block with its path on the line before".into()),
            });
        } else {
            notes.push("the content runs to the end of the reply".into());
        }
        parsed.proposals.push(Proposal {
            format: "unfenced, introduced by a sentence".into(),
            path: Some(path),
            path_from: Some(format!("the sentence on line {}", k + 1)),
            lines: start..last + 1,
            action: Action::Write(content),
            notes,
            info: None,
        });
        taken[k..end].fill(true);
        k = end;
    }
}

/// A line at the margin after a blank line that reads as English: prose
/// by gencheck's test, or a capitalised sentence of four words or more
/// with no code punctuation ("This is for opportunity: LifeOS ...").
fn reads_as_prose(t: &str) -> bool {
    if crate::prose::looks_like_prose(t) {
        return true;
    }
    let words: Vec<&str> = t.split_whitespace().collect();
    let first = words.first().copied().unwrap_or("");
    let capitalised = first.chars().next().is_some_and(char::is_uppercase)
        && first.chars().skip(1).any(char::is_lowercase);
    let wordish = words
        .iter()
        .filter(|w| {
            w.trim_matches(|c: char| ",.:;!?\"'".contains(c))
                .chars()
                .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
        })
        .count();
    capitalised
        && words.len() >= 4
        && wordish * 10 >= words.len() * 7
        && !t.contains(['(', ')', '{', '}', '[', ']', '=', ';', '<', '>'])
}

/// How a proposal was read and what became of it, for the report.
#[derive(Debug, Clone, Serialize)]
pub struct ProposalReport {
    /// 1-based, in reply order.
    pub index: usize,
    pub format: String,
    pub path: Option<String>,
    pub path_from: Option<String>,
    /// `write`, `edit`, `delete`, `move`, `none` (commands, output).
    pub action: &'static str,
    /// 1-based, inclusive.
    pub lines: [usize; 2],
    pub notes: Vec<String>,
}

/// The reply's side of a `reply` run: every proposal, and the files
/// written by `--apply`.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ReplyInfo {
    pub proposals: Vec<ProposalReport>,
    /// The files `--apply` wrote (or deleted); empty without `--apply` or
    /// when anything was rejected.
    pub applied: Vec<String>,
}

impl Proposal {
    pub fn report(&self, index: usize) -> ProposalReport {
        ProposalReport {
            index,
            format: self.format.clone(),
            path: self.path.clone(),
            path_from: self.path_from.clone(),
            action: self.action.name(),
            lines: [
                self.lines.start + 1,
                self.lines.end.max(self.lines.start + 1),
            ],
            notes: self.notes.clone(),
        }
    }
}

/// What the user chose for a `reply` run.
#[derive(Debug, Clone)]
pub struct ReplyOptions {
    /// How the reply is named in the report (its path, or `<stdin>`).
    pub name: String,
    /// Where paths resolve and edits apply.
    pub root: std::path::PathBuf,
    /// The file a block nothing else attributes belongs to.
    pub path: Option<String>,
    pub format: ReplyFormat,
    /// Write the files when every proposal is accepted.
    pub apply: bool,
}

/// Read, build and check a reply: the reply's own report first (its
/// proposals and the findings about the reply itself), then one report per
/// resulting file. With `apply`, the files are written when everything is
/// accepted.
pub fn check(
    bytes: &[u8],
    ropts: &ReplyOptions,
    opts: &crate::check::CheckOptions,
) -> Result<Vec<crate::check::FileReport>, crate::error::RunError> {
    use crate::error::RunError;
    let text = std::str::from_utf8(bytes).map_err(|e| {
        RunError::Usage(format!(
            "{}: the reply is not UTF-8 text (invalid byte at offset {})",
            ropts.name,
            e.valid_up_to()
        ))
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(RunError::Usage(format!(
            "{}: the reply is empty: it proposes no file",
            ropts.name
        )));
    }
    let root = &ropts.root;
    if !root.is_dir() {
        return Err(RunError::Usage(format!(
            "--root {}: not a directory",
            root.display()
        )));
    }
    let exists = |p: &str| paths::resolve(root, p).is_ok_and(|fp| fp.is_file());
    let mut parsed = parse(text, ropts.format, ropts.path.as_deref(), &exists);
    let files = parsed
        .proposals
        .iter()
        .any(|p| !matches!(p.action, Action::Commands));
    if !files && parsed.issues.is_empty() {
        let hint = if ropts.format == ReplyFormat::Raw {
            "--reply-format raw needs --path P"
        } else {
            "no fenced block, edit, patch or tool call names a file; pass --path P to check the whole reply as P"
        };
        return Err(RunError::Usage(format!(
            "{}: the reply proposes no file ({hint})",
            ropts.name
        )));
    }
    let resolve = |p: &str| paths::resolve(root, p);
    let read = |p: &std::path::Path| -> Result<Option<Vec<u8>>, String> {
        match std::fs::read(p) {
            Ok(b) => Ok(Some(b)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(_) if p.is_dir() => Err("it is a directory".into()),
            Err(e) => Err(format!("cannot read it: {e}")),
        }
    };
    let built = build::build(
        text,
        &mut parsed,
        &build::Tree {
            resolve: &resolve,
            read: &read,
        },
    );
    let cwd = std::env::current_dir().ok();
    let inputs: Vec<crate::check::Input> = built
        .files
        .iter()
        .filter(|f| !f.proposals.is_empty())
        .filter_map(|f| {
            let content = f.content.as_ref()?;
            let shown = crate::source::display_path(&f.fs_path, cwd.as_deref());
            Some(crate::check::Input {
                path: shown.clone(),
                bytes: content.clone().into_bytes(),
                previous: f.original.as_ref().map(|b| crate::check::Previous {
                    label: "work tree".into(),
                    path: shown,
                    bytes: b.clone(),
                    oversized: None,
                }),
                deferred_previous: None,
                oversized: None,
                on_disk: Some(f.fs_path.clone()),
            })
        })
        .collect();
    let file_reports = crate::check_inputs(&inputs, opts)?;
    let mut findings: Vec<Finding> = parsed
        .issues
        .iter()
        .chain(&built.issues)
        .map(Issue::finding)
        .collect();
    let settings = opts.config.settings_for(std::path::Path::new(&ropts.name));
    crate::check::apply_levels(&mut findings, &settings);
    findings.sort_by_key(|f| (f.span.map(|s| s.start), f.rule));
    let mut info = ReplyInfo {
        proposals: parsed
            .proposals
            .iter()
            .enumerate()
            .map(|(i, p)| p.report(i + 1))
            .collect(),
        applied: Vec::new(),
    };
    let reply_accepted = crate::check::is_accepted(&findings, opts.strict);
    let accepted = reply_accepted && file_reports.iter().all(|r| r.accepted);
    if ropts.apply && accepted {
        info.applied = write::apply(&built.files)?
            .into_iter()
            .map(|p| crate::source::display_path(&root.join(&p), cwd.as_deref()))
            .collect();
    }
    let has_span = findings.iter().any(|f| f.span.is_some());
    let mut reports = vec![crate::check::FileReport {
        path: ropts.name.clone(),
        language: None,
        detected_language: None,
        findings,
        findings_omitted: 0,
        accepted: reply_accepted,
        text: has_span.then(|| std::sync::Arc::from(text)),
        diff: None,
        reply: Some(std::sync::Arc::new(info)),
    }];
    reports.extend(file_reports);
    Ok(reports)
}
