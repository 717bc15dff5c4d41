//! Tool-call tags (Cline's and Roo's `<write_to_file>`, `<replace_in_file>`,
//! `<apply_diff>`; OpenHands' `<function=...>`; dyad's `<dyad-write>`;
//! bolt's `<boltAction>`) and JSON tool arguments.

use super::apply::Doc;
use super::edits::{self, Edit, EditKind};
use super::scan::{self, RLine};
use super::{Action, Issue, Proposal};
use crate::rules::Rule;

/// A tag's value: its text and where it starts in the reply.
struct Value<'a> {
    text: &'a str,
    start: usize,
}

/// `<name>value</name>` inside `body` (which starts at `base`); with `last`,
/// the value runs to the last closing tag (Cline's rule for `<content>`).
/// A value left open runs to the end of `body`.
fn element<'a>(
    body: &'a str,
    base: usize,
    open: &str,
    close: &str,
    last: bool,
) -> Option<(Value<'a>, bool)> {
    let at = body.find(open)? + open.len();
    let rest = &body[at..];
    let end = if last {
        rest.rfind(close)
    } else {
        rest.find(close)
    };
    let (text, closed) = match end {
        Some(e) => (&rest[..e], true),
        None => (rest, false),
    };
    Some((
        Value {
            text,
            start: base + at,
        },
        closed,
    ))
}

/// A value as file content: one line break after the opening tag and the
/// blanks before the closing one are the tag's layout.
fn content(v: &str) -> String {
    let v = v
        .strip_prefix("\r\n")
        .or_else(|| v.strip_prefix('\n'))
        .unwrap_or(v);
    let trimmed = v.trim_end_matches([' ', '\t']);
    let mut s = trimmed.to_string();
    if !s.is_empty() && !s.ends_with('\n') {
        s.push('\n');
    }
    s
}

fn line_of(lines: &[RLine<'_>], offset: usize) -> usize {
    lines
        .partition_point(|l| l.next <= offset)
        .min(lines.len().saturating_sub(1))
}

/// An attribute's value in an opening tag (`path="a.ts"`).
fn attribute(tag: &str, name: &str) -> Option<String> {
    let key = format!("{name}=\"");
    let at = tag.find(&key)? + key.len();
    let end = tag[at..].find('"')?;
    Some(tag[at..at + end].to_string())
}

/// Every tool tag that opens at the start of a line, outside `taken` lines.
pub fn find(
    text: &str,
    lines: &[RLine<'_>],
    taken: &[bool],
    out: &mut Vec<Proposal>,
    issues: &mut Vec<Issue>,
) -> Vec<std::ops::Range<usize>> {
    let mut covered = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if taken[i] {
            i += 1;
            continue;
        }
        let t = lines[i].text.trim_start();
        let at = lines[i].start + (lines[i].text.len() - t.len());
        let name = [
            "write_to_file",
            "replace_in_file",
            "apply_diff",
            "function=",
            "dyad-write",
            "boltAction",
        ]
        .into_iter()
        .find(|n| {
            t.strip_prefix('<')
                .and_then(|r| r.strip_prefix(n))
                .is_some_and(|r| n.ends_with('=') || r.starts_with(['>', ' ']))
        });
        let Some(name) = name else {
            i += 1;
            continue;
        };
        let open_end = text[at..].find('>').map_or(text.len(), |e| at + e + 1);
        let opener = &text[at..open_end];
        let (tag, close) = if name == "function=" {
            let f = opener
                .trim_start_matches("<function=")
                .trim_end_matches('>')
                .to_string();
            (f, "</function>".to_string())
        } else {
            (name.to_string(), format!("</{name}>"))
        };
        let (body_end, end, closed) = match text[open_end..].find(&close) {
            Some(e) => (open_end + e, open_end + e + close.len(), true),
            None => (text.len(), text.len(), false),
        };
        let body = &text[open_end..body_end];
        let first = i;
        let last = line_of(lines, end.saturating_sub(1).max(at));
        let range = first..last + 1;
        let span = scan::span(lines, range.clone());
        if !closed {
            issues.push(Issue {
                rule: Rule::Truncated,
                span,
                message: format!(
                    "the reply ends inside the `<{}>` opened at line {}: no `{close}`",
                    opener.trim_start_matches('<').trim_end_matches('>'),
                    first + 1
                ),
                help: Some(
                    "the model's output was cut off; ask for the rest, or for the whole file again"
                        .into(),
                ),
            });
        }
        let mut proposal = Proposal {
            format: format!(
                "<{}>",
                if name == "function=" {
                    format!("function={tag}")
                } else {
                    tag.clone()
                }
            ),
            path: None,
            path_from: None,
            lines: range.clone(),
            action: Action::Commands,
            notes: Vec::new(),
            info: None,
        };
        let param = |n: &str, last: bool| -> Option<(Value<'_>, bool)> {
            if name == "function=" {
                element(
                    body,
                    open_end,
                    &format!("<parameter={n}>"),
                    "</parameter>",
                    last,
                )
            } else {
                element(body, open_end, &format!("<{n}>"), &format!("</{n}>"), last)
            }
        };
        let path = param("path", false).map(|(v, _)| v.text.trim().to_string());
        proposal.path_from = path.as_ref().map(|_| "its `path` parameter".to_string());
        proposal.path = path;
        match name {
            "write_to_file" => {
                if let Some((v, _)) = param("content", true) {
                    proposal.action = Action::Write(content(v.text));
                }
            }
            "replace_in_file" | "apply_diff" => {
                if let Some((v, _)) = param("diff", false) {
                    let from = line_of(lines, v.start);
                    let to = line_of(lines, v.start + v.text.len()) + 1;
                    let edits = search_replace_in(lines, from..to.min(lines.len()), issues);
                    proposal.action = Action::Edit(edits);
                }
            }
            "function=" => {
                let command = param("command", false).map(|(v, _)| v.text.trim().to_string());
                match command.as_deref() {
                    Some("create") => {
                        if let Some((v, _)) = param("file_text", false) {
                            proposal.action = Action::Write(content(v.text));
                        }
                    }
                    Some("str_replace") => {
                        let old = param("old_str", false).map(|(v, _)| v.text.to_string());
                        let new = param("new_str", false)
                            .map_or(String::new(), |(v, _)| v.text.to_string());
                        if let Some(old) = old {
                            proposal.action =
                                Action::Edit(vec![str_replace(&old, &new, range.clone())]);
                        }
                    }
                    Some("insert") => {
                        let line = param("insert_line", false)
                            .and_then(|(v, _)| v.text.trim().parse().ok());
                        let new = param("new_str", false)
                            .map_or(String::new(), |(v, _)| v.text.to_string());
                        proposal.action =
                            Action::Edit(vec![insert(line.unwrap_or(0), &new, range.clone())]);
                    }
                    _ => {
                        proposal.path = None;
                    }
                }
            }
            "dyad-write" => {
                proposal.path = attribute(opener, "path");
                proposal.path_from = Some("its `path` attribute".into());
                proposal.action = Action::Write(content(body));
            }
            "boltAction" if attribute(opener, "type").as_deref() == Some("file") => {
                proposal.path = attribute(opener, "filePath");
                proposal.path_from = Some("its `filePath` attribute".into());
                proposal.action = Action::Write(content(body));
            }
            _ => {}
        }
        if matches!(proposal.action, Action::Commands) {
            proposal
                .notes
                .push("not a file proposal: listed, not checked".into());
        }
        out.push(proposal);
        covered.push(range.clone());
        i = range.end;
    }
    covered
}

/// The SEARCH/REPLACE blocks in `range` of the reply.
pub fn search_replace_in(
    lines: &[RLine<'_>],
    range: std::ops::Range<usize>,
    issues: &mut Vec<Issue>,
) -> Vec<Edit> {
    let view = &lines[..range.end];
    let mut edits = Vec::new();
    let mut i = range.start;
    while i < range.end {
        if edits::is_search_marker(view[i].text) {
            match edits::search_replace(view, i) {
                Ok((edit, next)) => {
                    edits.push(edit);
                    i = next;
                    continue;
                }
                Err(m) => {
                    let end = m.lines.end.max(i + 1);
                    issues.push(Issue::malformed(lines, m));
                    i = end;
                    continue;
                }
            }
        }
        i += 1;
    }
    edits
}

fn str_replace(old: &str, new: &str, lines: std::ops::Range<usize>) -> Edit {
    Edit {
        kind: EditKind::StrReplace,
        search: vec![old.to_string()],
        replace: vec![new.to_string()],
        hint: None,
        lines,
        notes: Vec::new(),
    }
}

fn insert(after: usize, new: &str, lines: std::ops::Range<usize>) -> Edit {
    Edit {
        kind: EditKind::Insert,
        search: Vec::new(),
        replace: Doc::parse(new).lines,
        hint: Some(after),
        lines,
        notes: Vec::new(),
    }
}

/// JSON tool arguments: the whole reply is one JSON value holding tool
/// calls (OpenAI's `apply_patch` `{type, path, diff}`, Anthropic's text
/// editor `{command, path, ...}`, Cline's `{path, content}`, or a call
/// `{name, arguments}` whose arguments are a JSON string).
pub fn json(
    text: &str,
    lines: &[RLine<'_>],
    out: &mut Vec<Proposal>,
    issues: &mut Vec<Issue>,
) -> bool {
    let t = text.trim();
    if !(t.starts_with('{') || t.starts_with('[')) {
        return false;
    }
    let Ok(value) = serde_json::from_str::<serde_json::Value>(t) else {
        return false;
    };
    let all = 0..lines.len();
    let before = out.len();
    walk(&value, &all, out, issues, 0);
    out.len() > before
}

fn walk(
    v: &serde_json::Value,
    all: &std::ops::Range<usize>,
    out: &mut Vec<Proposal>,
    issues: &mut Vec<Issue>,
    depth: usize,
) {
    use serde_json::Value;
    if depth > 16 {
        return;
    }
    match v {
        Value::Array(items) => {
            for item in items {
                walk(item, all, out, issues, depth + 1);
            }
        }
        Value::Object(map) => {
            let s = |k: &str| map.get(k).and_then(Value::as_str);
            if let Some(args) = s("arguments").and_then(|a| serde_json::from_str::<Value>(a).ok()) {
                walk(&args, all, out, issues, depth + 1);
                return;
            }
            for k in [
                "arguments",
                "input",
                "function",
                "tool_calls",
                "calls",
                "parameters",
            ] {
                if let Some(inner) = map.get(k).filter(|x| x.is_object() || x.is_array()) {
                    walk(inner, all, out, issues, depth + 1);
                    return;
                }
            }
            if let Some(patch) = s("input")
                .or(s("patch"))
                .filter(|p| p.contains("*** Begin Patch"))
            {
                codex_text(patch, all, out, issues);
                return;
            }
            let Some(path) = s("path").or(s("file_path")).or(s("filePath")) else {
                return;
            };
            let mut p = Proposal {
                format: "JSON tool arguments".into(),
                path: Some(path.to_string()),
                path_from: Some("its `path` argument".into()),
                lines: all.clone(),
                action: Action::Commands,
                notes: Vec::new(),
                info: None,
            };
            let kind = s("type").or(s("command"));
            match kind {
                Some("create_file") => {
                    let diff = s("diff").unwrap_or("");
                    let body: Vec<String> = Doc::parse(diff)
                        .lines
                        .into_iter()
                        .map(|l| l.strip_prefix('+').map(str::to_string).unwrap_or(l))
                        .collect();
                    p.action = Action::Write(Doc::from_lines(body).text());
                }
                Some("update_file") => {
                    let patch = format!(
                        "*** Begin Patch\n*** Update File: {path}\n{}\n*** End Patch\n",
                        s("diff").unwrap_or("").trim_end_matches('\n')
                    );
                    codex_text(&patch, all, out, issues);
                    return;
                }
                Some("delete_file") => p.action = Action::Delete,
                Some("create") => {
                    p.action = Action::Write(json_content(s("file_text").unwrap_or("")));
                }
                Some("str_replace") => {
                    if let Some(old) = s("old_str") {
                        p.action = Action::Edit(vec![str_replace(
                            old,
                            s("new_str").unwrap_or(""),
                            all.clone(),
                        )]);
                    }
                }
                Some("insert") => {
                    let after =
                        map.get("insert_line").and_then(Value::as_u64).unwrap_or(0) as usize;
                    p.action =
                        Action::Edit(vec![insert(after, s("new_str").unwrap_or(""), all.clone())]);
                }
                _ => {
                    if let Some(c) = s("content").or(s("file_text")) {
                        p.action = Action::Write(json_content(c));
                    } else if let Some(d) = s("diff") {
                        let ls = scan::lines(d);
                        let mut edits = search_replace_in(&ls, 0..ls.len(), &mut Vec::new());
                        for e in &mut edits {
                            e.lines = all.clone();
                        }
                        p.action = Action::Edit(edits);
                    }
                }
            }
            if matches!(p.action, Action::Commands) {
                return;
            }
            out.push(p);
        }
        _ => {}
    }
}

fn json_content(c: &str) -> String {
    let mut s = c.to_string();
    if !s.is_empty() && !s.ends_with('\n') {
        s.push('\n');
    }
    s
}

/// A codex patch held in a string (JSON): its operations, attributed to
/// the whole reply.
fn codex_text(
    patch: &str,
    all: &std::ops::Range<usize>,
    out: &mut Vec<Proposal>,
    issues: &mut Vec<Issue>,
) {
    let ls = scan::lines(patch);
    let Some(at) = ls.iter().position(|l| l.text.trim() == "*** Begin Patch") else {
        return;
    };
    let (parts, errors, _) = edits::codex(&ls, at);
    let before = out.len();
    super::codex_proposals(parts, "JSON tool arguments (codex patch)", out);
    for p in &mut out[before..] {
        p.lines = all.clone();
        if let Action::Edit(edits) | Action::Move { edits, .. } = &mut p.action {
            for e in edits {
                e.lines = all.clone();
            }
        }
    }
    for m in errors {
        issues.push(Issue {
            rule: if m.cut {
                Rule::Truncated
            } else {
                Rule::EditDoesNotApply
            },
            span: crate::diagnostic::Span::new(0, 0),
            message: format!("in the patch in the JSON arguments: {}", m.message),
            help: None,
        });
    }
}
