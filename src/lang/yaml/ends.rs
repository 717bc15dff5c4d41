//! How a YAML file cut at a line end shows: valid YAML, but a document its
//! own tool would refuse, or a block scalar whose own language is left
//! open. Each check looks only at the end of the file and at the kind of
//! file it is (a GitHub Actions workflow, a Kubernetes manifest, a compose
//! file), and each names what the cut left out.

use crate::analysis::OpenAtEof;
use crate::diagnostic::Span;

/// Keys whose block scalar is a shell script (GitHub Actions `run:`,
/// GitLab `script:`, compose and Kubernetes `command:`).
const SCRIPT_KEYS: &[&str] = &[
    "run",
    "script",
    "before_script",
    "after_script",
    "command",
    "commands",
    "entrypoint",
    "args",
    "cmd",
];

/// A non-empty line of content (no blank line, no comment) with its
/// indentation.
#[derive(Clone, Copy)]
struct Line<'a> {
    indent: usize,
    text: &'a str,
}

fn content(body: &str) -> Vec<Line<'_>> {
    body.lines()
        .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .map(|l| Line {
            indent: l.len() - l.trim_start().len(),
            text: l.trim(),
        })
        .collect()
}

/// The lines of the last document of `body` (after its last `---`).
fn last_document(body: &str) -> &str {
    let mut at = 0;
    let mut offset = 0;
    for l in body.split_inclusive('\n') {
        if l.trim_end() == "---" || l.starts_with("--- ") {
            at = offset + l.len();
        }
        offset += l.len();
    }
    &body[at.min(body.len())..]
}

/// `key` of a line `key:` or `key: value` (or `- key: ...`), plainly
/// written.
fn key_of(line: &str) -> Option<&str> {
    let t = line.strip_prefix("- ").unwrap_or(line);
    let key = match t.split_once(": ") {
        Some((k, _)) => k,
        None => t.strip_suffix(':')?,
    };
    let key = key.trim().trim_matches(['"', '\'']);
    let plain = !key.is_empty()
        && !key.starts_with(['#', '-', '?', '{', '[', '&', '*', '!', '|', '>'])
        && !key.contains(' ');
    plain.then_some(key)
}

/// The key of the last line when it is a key with nothing after its `:`
/// (`port:`, `- hosts:`).
fn empty_last_key<'a>(lines: &[Line<'a>]) -> Option<&'a str> {
    let t = lines.last()?.text;
    if !t.ends_with(':') || t.contains(": ") || t.contains(" #") {
        return None;
    }
    key_of(t)
}

/// The value written on the line after `key:`, if any.
fn value_of(line: &str) -> &str {
    let t = line.strip_prefix("- ").unwrap_or(line);
    t.split_once(": ").map_or("", |(_, v)| v.trim())
}

/// The top-level keys of a document, each with its lines: its own first,
/// then those under it.
type Top<'d, 'a> = Vec<(&'a str, &'d [Line<'a>])>;

fn top_level<'d, 'a>(lines: &'d [Line<'a>]) -> Top<'d, 'a> {
    let starts: Vec<(usize, &str)> = lines
        .iter()
        .enumerate()
        .filter(|(_, l)| l.indent == 0 && !l.text.starts_with('-'))
        .filter_map(|(i, l)| Some((i, key_of(l.text)?)))
        .collect();
    starts
        .iter()
        .enumerate()
        .map(|(n, &(i, k))| {
            let end = starts.get(n + 1).map_or(lines.len(), |s| s.0);
            (k, &lines[i..end])
        })
        .collect()
}

/// The lines of top-level key `key`, if the document has it.
fn under<'d, 'a>(top: &Top<'d, 'a>, key: &str) -> Option<&'d [Line<'a>]> {
    top.iter().find(|(k, _)| *k == key).map(|(_, l)| *l)
}

/// Events a GitHub Actions workflow's `on:` names.
const EVENTS: &[&str] = &[
    "push",
    "pull_request",
    "pull_request_target",
    "workflow_dispatch",
    "workflow_call",
    "workflow_run",
    "schedule",
    "release",
    "merge_group",
    "repository_dispatch",
    "issues",
    "issue_comment",
    "create",
    "delete",
];

/// A GitHub Actions workflow cut before its jobs, or in its last job
/// before the job does anything.
fn workflow_cut(top: &Top<'_, '_>) -> Option<String> {
    let on = under(top, "on")?;
    let names_event = |t: &str| {
        let t = t.trim_start_matches("- ").trim_start_matches(['[', ' ']);
        EVENTS.iter().any(|e| {
            t.strip_prefix(e)
                .is_some_and(|r| r.is_empty() || r.starts_with([':', ',', ']', ' ']))
        })
    };
    let triggers = names_event(value_of(on[0].text)) || on[1..].iter().any(|l| names_event(l.text));
    if !triggers {
        return None;
    }
    let Some(jobs) = under(top, "jobs") else {
        if top
            .iter()
            .any(|(k, _)| matches!(*k, "runs" | "steps" | "stages"))
        {
            return None;
        }
        return Some("the workflow's triggers (`on:`) but no `jobs:`".to_string());
    };
    // Only when `jobs:` is the last top-level key: the cut is in it.
    if top.last().map(|(k, _)| *k) != Some("jobs") || !value_of(jobs[0].text).is_empty() {
        return None;
    }
    let job_indent = jobs.get(1)?.indent;
    let last_job = jobs.iter().rposition(|l| l.indent == job_indent)?;
    let name = key_of(jobs[last_job].text)?;
    let body = &jobs[last_job + 1..];
    let Some(field_indent) = body.first().map(|l| l.indent) else {
        // (A job with nothing under it: `dangling_end`'s object entries.)
        return None;
    };
    let acts = body
        .iter()
        .filter(|l| l.indent == field_indent)
        .filter_map(|l| key_of(l.text))
        .any(|k| matches!(k, "steps" | "uses"));
    (!acts).then(|| {
        format!("the job `{name}:`, which has no `steps:` (nor `uses:`) and so does nothing")
    })
}

/// A Kubernetes manifest's last line is a key with nothing under it:
/// manifests write `{}` or `null` where they mean empty.
fn manifest_cut(lines: &[Line<'_>], top: &Top<'_, '_>) -> Option<String> {
    under(top, "apiVersion")?;
    let kind = value_of(under(top, "kind")?[0].text);
    if kind.is_empty() || !kind.chars().next().is_some_and(|c| c.is_ascii_uppercase()) {
        return None;
    }
    let key = empty_last_key(lines)?;
    Some(format!(
        "the key `{key}:` with nothing under it, in a Kubernetes `{kind}` (a manifest writes `{{}}` or `null` for an empty value)"
    ))
}

/// A Kubernetes stream whose last document holds only `apiVersion:` and
/// `kind:`, after documents that have their `metadata:`: no object is
/// only its kind (the cut came right after it).
fn kind_only_manifest(body: &str, top: &Top<'_, '_>) -> Option<String> {
    if top.len() != 2 || under(top, "apiVersion").is_none() {
        return None;
    }
    let kind = value_of(under(top, "kind")?[0].text);
    let before = &body[..body.len() - last_document(body).len()];
    if kind.is_empty() || !before.lines().any(|l| l.starts_with("metadata:")) {
        return None;
    }
    Some(format!(
        "a Kubernetes `{kind}` with only its `apiVersion:` and `kind:` (no `metadata:`, nothing else)"
    ))
}

/// A Dependabot configuration (`version:` and `updates:`) whose last line
/// is a key with nothing under it: none of its keys is ever null
/// (`schedule:` needs its `interval:`).
fn dependabot_cut(lines: &[Line<'_>], top: &Top<'_, '_>) -> Option<String> {
    under(top, "version")?;
    let updates = under(top, "updates")?;
    if !updates
        .iter()
        .any(|l| key_of(l.text) == Some("package-ecosystem"))
    {
        return None;
    }
    let key = empty_last_key(lines)?;
    Some(format!(
        "the key `{key}:` with nothing under it, in a Dependabot configuration (none of its keys is null)"
    ))
}

/// The last line is a list item with one key (`- repo: ...`, `- name:
/// ...`), and the two or more items before it in the same list all start
/// with that key and share another one it lacks.
fn short_last_item(lines: &[Line<'_>]) -> Option<String> {
    let (last, _) = lines.split_last()?;
    let first = last.text.strip_prefix("- ")?;
    let key = key_of(last.text)?;
    if !matches!(key, "name" | "repo") || value_of(last.text).is_empty() || first.ends_with(':') {
        return None;
    }
    // The items before it: lines at its indentation starting `- `, up to
    // a line less indented.
    let mut items: Vec<Vec<&str>> = Vec::new();
    let field = last.indent + 2;
    for (at, l) in lines[..lines.len() - 1].iter().enumerate().rev() {
        if l.indent < last.indent {
            break;
        }
        if l.indent == last.indent {
            if !l.text.starts_with("- ") {
                break;
            }
            let mut keys = vec![key_of(l.text).unwrap_or("")];
            keys.extend(
                lines[at + 1..]
                    .iter()
                    .take_while(|x| x.indent > last.indent)
                    .filter(|x| x.indent == field)
                    .filter_map(|x| key_of(x.text)),
            );
            items.push(keys);
        }
    }
    if items.len() < 2 || items.iter().any(|k| k[0] != key) {
        return None;
    }
    let shared: Vec<&str> = items[0][1..]
        .iter()
        .copied()
        .filter(|k| items.iter().all(|i| i[1..].contains(k)))
        .collect();
    let missing = shared.first()?;
    Some(format!(
        "a list item with only `{key}:`, where each of the {} items before it also has `{missing}:`",
        items.len()
    ))
}

/// A compose file that ends with a top-level `volumes:` holding nothing,
/// while its services mount named volumes (Compose refuses a named
/// volume that is not declared).
fn compose_volumes_cut(lines: &[Line<'_>], top: &Top<'_, '_>) -> Option<String> {
    let last = lines.last()?;
    if last.indent != 0 || last.text != "volumes:" {
        return None;
    }
    under(top, "services")?;
    let named = lines.iter().find_map(|l| {
        let item = l.text.strip_prefix("- ")?.trim_matches(['"', '\'']);
        let (name, path) = item.split_once(':')?;
        let named = name
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphanumeric())
            && name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'))
            && path.starts_with('/');
        named.then_some(name)
    })?;
    Some(format!(
        "the top-level `volumes:` with nothing under it, while a service mounts the named volume `{named}` (Compose refuses a named volume that is not declared)"
    ))
}

/// What a cut at a line end left out, from the kind of file: see the
/// module's comment.
pub fn structure_cut(body: &str) -> Option<String> {
    let doc = content(last_document(body));
    let top = top_level(&doc);
    kind_only_manifest(body, &top)
        .or_else(|| workflow_cut(&top))
        .or_else(|| manifest_cut(&doc, &top))
        .or_else(|| compose_volumes_cut(&doc, &top))
        .or_else(|| dependabot_cut(&doc, &top))
        .or_else(|| short_last_item(&doc))
}

/// A shell script (or, for other keys, any text) in the block scalar that
/// ends the file, cut inside a quoted string or a bracket. `span` is the
/// block scalar's; `text` the whole file.
pub fn block_scalar_open(text: &str, key: &str, span: Span) -> Option<OpenAtEof> {
    let raw = &text[span.start..span.end.min(text.len())];
    // (saphyr's span starts at the content; from the indicator, skip its
    // line.)
    let header = if raw.starts_with(['|', '>']) {
        raw.find('\n')? + 1
    } else {
        0
    };
    let base = span.start + header;
    let body = &raw[header..];
    let script = SCRIPT_KEYS.contains(&key) && !other_shell(text);
    if script {
        return shell_open(body, base, key);
    }
    // Any other text: a brace left open (nginx, JSON, HCL, CSS).
    let mut open = Vec::new();
    for (i, b) in body.bytes().enumerate() {
        match b {
            b'{' => open.push(i),
            b'}' => {
                open.pop();
            }
            _ => {}
        }
    }
    if let Some(&i) = open.first() {
        return Some(OpenAtEof {
            opener: Span::new(base + i, base + i + 1),
            what: format!("the `{{` in the text of `{key}:`"),
        });
    }
    // Prose stopped after a word no sentence ends with ("Returns the list
    // of").
    let last = body.trim_end();
    let line_start = last.rfind('\n').map_or(0, |p| p + 1);
    let line = last[line_start..].trim_start();
    let words: Vec<&str> = line.split_whitespace().collect();
    let end = words.last()?;
    (words.len() >= 3
        && DANGLING_WORDS.contains(end)
        && words
            .iter()
            .all(|w| w.chars().all(|c| c.is_alphabetic() || ",'-".contains(c))))
    .then(|| {
        let at = base + last.len() - line.len();
        OpenAtEof {
            opener: Span::new(at, at + line.len()),
            what: format!("the sentence that stops at `{end}` in the text of `{key}:`"),
        }
    })
}

/// Words a sentence does not end with: the text goes on after them.
const DANGLING_WORDS: &[&str] = &[
    "the", "a", "an", "of", "to", "and", "or", "for", "with", "in", "on", "by", "from", "that",
    "is", "are", "into", "as", "at", "if", "when", "which", "but", "so", "than", "because",
    "until", "while", "where", "will", "can", "should", "must", "would", "could", "be", "its",
    "their", "your", "our", "this", "these", "those", "not", "never",
];

/// Whether the file names a shell other than a POSIX one for its scripts
/// (`shell: pwsh`, `shell: python`, a Windows runner): their quoting is
/// not the shell's.
fn other_shell(text: &str) -> bool {
    text.lines().any(|l| {
        let t = l.trim_start().trim_start_matches("- ");
        // (A GitHub Actions job on a Windows runner runs `run:` with
        // PowerShell unless it says otherwise.)
        if t.strip_prefix("runs-on:")
            .is_some_and(|v| v.to_ascii_lowercase().contains("windows"))
        {
            return true;
        }
        t.strip_prefix("shell:").is_some_and(|v| {
            let v = v.trim();
            !(v.is_empty() || v.starts_with("bash") || v.starts_with("sh ") || v == "sh")
        })
    })
}

/// The shell's quoting and brackets over `body`: a quote or `{`/`(`/`[`
/// still open at its end. Comments and here-documents are skipped.
fn shell_open(body: &str, base: usize, key: &str) -> Option<OpenAtEof> {
    let mut quote: Option<(u8, usize)> = None;
    let mut brackets: Vec<(u8, usize)> = Vec::new();
    let mut heredoc: Option<String> = None;
    let mut offset = 0;
    for line in body.split_inclusive('\n') {
        let at = offset;
        offset += line.len();
        if let Some(tag) = &heredoc {
            if line.trim() == tag {
                heredoc = None;
            }
            continue;
        }
        let bytes = line.as_bytes();
        let mut pending: Option<String> = None;
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            match quote {
                Some((b'\'', _)) => {
                    if b == b'\'' {
                        quote = None;
                    }
                }
                Some(_) => {
                    if b == b'\\' {
                        i += 1;
                    } else if b == b'"' {
                        quote = None;
                    }
                }
                None => match b {
                    b'\\' => i += 1,
                    b'#' if i == 0 || bytes[i - 1].is_ascii_whitespace() => break,
                    b'\'' | b'"' => quote = Some((b, at + i)),
                    b'{' | b'(' | b'[' => brackets.push((b, at + i)),
                    b'}' | b')' | b']' => {
                        let open = match b {
                            b'}' => b'{',
                            b')' => b'(',
                            _ => b'[',
                        };
                        if let Some(p) = brackets.iter().rposition(|(o, _)| *o == open) {
                            brackets.truncate(p);
                        }
                    }
                    b'<' if bytes.get(i + 1) == Some(&b'<') && bytes.get(i + 2) != Some(&b'<') => {
                        if let Some(tag) = heredoc_tag(&line[i + 2..]) {
                            pending = Some(tag);
                        }
                        i += 1;
                    }
                    _ => {}
                },
            }
            i += 1;
        }
        if quote.is_none() {
            if let Some(tag) = pending {
                heredoc = Some(tag);
            }
        }
    }
    if let Some((q, i)) = quote {
        let what = if q == b'"' {
            "a `\"` string"
        } else {
            "a `'` string"
        };
        return Some(OpenAtEof {
            opener: Span::new(base + i, base + i + 1),
            what: format!("{what} in the script of `{key}:`"),
        });
    }
    if heredoc.is_some() {
        return None;
    }
    if let Some(&(b, i)) = brackets.first() {
        return Some(OpenAtEof {
            opener: Span::new(base + i, base + i + 1),
            what: format!("the `{}` in the script of `{key}:`", b as char),
        });
    }
    // A compound command left open (`if` without `fi`): one the lines
    // open and never close, where bash itself reads the script to its end
    // (a script that only ends with `&&` is left alone).
    let (word, span) = unclosed_compound(body)?;
    if !crate::lang::shell::bash_open_at_end(body) {
        return None;
    }
    let closer = match word {
        "if" => "`fi`",
        "case" => "`esac`",
        _ => "`done`",
    };
    Some(OpenAtEof {
        opener: Span::new(base + span.start, base + span.end),
        what: format!(
            "the `{word}` in the script of `{key}:` (`bash -n` reads to the end without {closer})"
        ),
    })
}

/// The delimiter of a here-document, from the text after its `<<`
/// (`-'EOF'` gives `EOF`).
fn heredoc_tag(after: &str) -> Option<String> {
    let tag: String = after
        .trim_start_matches('-')
        .trim_start()
        .trim_start_matches(['\'', '"', '\\'])
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect();
    (!tag.is_empty()).then_some(tag)
}

/// The last compound command (`if`, `for`, `while`, `until`, `select`,
/// `case`) that `script` opens at the start of a command and never closes
/// with its `fi`, `done` or `esac`, and where (in `script`). Quotes are not
/// read: bash has the last word.
fn unclosed_compound(script: &str) -> Option<(&'static str, Span)> {
    let mut open: Vec<(&'static str, Span)> = Vec::new();
    let mut at = 0;
    let mut heredoc: Option<String> = None;
    for line in script.split_inclusive('\n') {
        let line_at = at;
        at += line.len();
        if let Some(tag) = &heredoc {
            if line.trim() == tag {
                heredoc = None;
            }
            continue;
        }
        let code = line.split(" #").next().unwrap_or(line);
        if code.trim_start().starts_with('#') {
            continue;
        }
        if let Some(tag) = code
            .split_once("<<")
            .and_then(|(_, rest)| heredoc_tag(rest))
        {
            heredoc = Some(tag);
        }
        let mut offset = 0;
        for command in code.split_inclusive([';', '&', '|', '(', ')']) {
            let t = command.trim_start();
            let start = line_at + offset + (command.len() - t.len());
            offset += command.len();
            let word = t
                .split(|c: char| c.is_whitespace() || matches!(c, ';' | '&' | '|' | '(' | ')'))
                .next()
                .unwrap_or("");
            let word = ["then ", "do ", "else "]
                .iter()
                .find_map(|p| t.strip_prefix(p))
                .map_or(word, |r| r.split_whitespace().next().unwrap_or(""));
            let opened: Option<&'static str> = match word {
                "if" => Some("if"),
                "for" => Some("for"),
                "while" => Some("while"),
                "until" => Some("until"),
                "select" => Some("select"),
                "case" => Some("case"),
                _ => None,
            };
            if let Some(w) = opened {
                open.push((w, Span::new(start, start + w.len())));
                continue;
            }
            let closes: &[&str] = match word {
                "fi" => &["if"],
                "done" => &["for", "while", "until", "select"],
                "esac" => &["case"],
                _ => continue,
            };
            if let Some(p) = open.iter().rposition(|(w, _)| closes.contains(w)) {
                open.truncate(p);
            }
        }
    }
    open.pop()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn open(t: &str, key: &str) -> Option<String> {
        let start = t.find("|\n").unwrap() + 2;
        block_scalar_open(t, key, Span::new(start, t.len())).map(|o| o.what)
    }

    #[test]
    fn block_scalars_left_open() {
        assert!(open(
            "run: |\n  gh release create \\\n    --title \"Release $GITH",
            "run"
        )
        .is_some());
        assert!(open("conf: |\n  server {\n    listen 80;\n", "conf").is_some());
        assert!(open("run: |\n  x=$(git describe\n", "run").is_some());
        for (t, k) in [
            (
                "run: |\n  echo \"it's\" # don't\n  cat <<EOF\n  it's\n  EOF\n",
                "run",
            ),
            (
                "run: |\n  awk '{print $1}' f\n  echo ${{ github.sha }}\n",
                "run",
            ),
            ("run: |\n  case $x in\n    a) echo a ;;\n  esac\n", "run"),
            ("conf: |\n  server { listen 80; }\n", "conf"),
            ("description: |\n  It's a test (see below.\n", "description"),
        ] {
            assert!(open(t, k).is_none(), "{t:?}");
        }
        // A compound command bash reads to the end without closing (only
        // where bash is on PATH, as everywhere gencheck runs its tests).
        let what = open("run: |\n  if [ -n \"$X\" ]; then\n    make deploy\n", "run");
        assert!(
            what.as_deref()
                .is_some_and(|w| w.contains("`if`") && w.contains("`fi`")),
            "{what:?}"
        );
        assert!(open(
            "run: |\n  for f in *.txt; do\n    wc -l \"$f\"\n  done\n",
            "run"
        )
        .is_none());
        // A script bash reads to the end only for its last `&&` opens
        // nothing (a real `.travis.yml`, arraydeque 0.5.1's, ends so); a
        // Windows runner's script is PowerShell's.
        assert!(open(
            "script:\n  - |\n    cargo test &&\n    cargo build &&\n",
            "script"
        )
        .is_none());
        assert!(open(
            "runs-on: windows-latest\nrun: |\n  if (Test-Path out) { Remove-Item out }\n  if\n",
            "run"
        )
        .is_none());
        // Another shell's quoting is not judged.
        assert!(open("shell: pwsh\nrun: |\n  Write-Host \"a\n", "run").is_none());
    }

    #[test]
    fn compound_commands_left_open() {
        let word = |t: &str| unclosed_compound(t).map(|(w, _)| w);
        assert_eq!(
            word("if [ x ]; then\n  for a in b; do\n    c\n  done\n"),
            Some("if")
        );
        assert_eq!(word("case $x in\n  a) b ;;\n"), Some("case"));
        assert_eq!(word("while read l; do echo \"$l\"; done < f\n"), None);
        assert_eq!(word("if a; then b; fi\ncat <<EOF\nif only\nEOF\n"), None);
        assert_eq!(word("echo done # if\nmake && make install\n"), None);
    }

    #[test]
    fn structures_cut() {
        for t in [
            "name: Release\non:\n  push:\n    tags:\n      - 'v*'\n",
            "on: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n",
            "apiVersion: networking.k8s.io/v1\nkind: Ingress\nspec:\n  tls:\n    - hosts:\n",
            "version: 2\nupdates:\n  - package-ecosystem: npm\n    schedule:\n      interval: weekly\n  - package-ecosystem: pip\n    schedule:\n",
            "repos:\n  - repo: a\n    rev: v1\n    hooks:\n      - id: x\n  - repo: b\n    rev: v2\n    hooks:\n      - id: y\n  - repo: c\n",
            "services:\n  db:\n    image: postgres\n    volumes:\n      - pgdata:/var/lib/postgresql/data\nvolumes:\n",
            "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n---\napiVersion: v1\nkind: Service\n",
        ] {
            assert!(structure_cut(t).is_some(), "{t:?}");
        }
        for t in [
            "on: [push]\njobs:\n  test:\n    runs-on: x\n    steps:\n      - run: make\n",
            "on: [push]\njobs:\n  call:\n    uses: o/r/.github/workflows/x.yml@v1\n",
            "apiVersion: v1\nkind: ConfigMap\ndata:\n  a: b\n",
            "services:\n  db:\n    image: postgres\n    volumes:\n      - ./data:/var/lib/postgresql/data\nvolumes:\n",
            "env:\n  - name: A\n    value: x\n  - name: B\n    valueFrom: y\n  - name: C\n",
            "all:\n  children:\n    web:\n      hosts:\n        a:\n    db:\n      hosts:\n",
            "hooks:\n  - id: a\n    args: [x]\n  - id: b\n    args: [y]\n  - id: c\n",
            // (A kind alone is a cut only after documents with metadata.)
            "apiVersion: v1\nkind: Service\n",
            "apiVersion: v1\nkind: List\nitems: []\n---\napiVersion: v1\nkind: Service\n",
        ] {
            assert!(structure_cut(t).is_none(), "{t:?}: {:?}", structure_cut(t));
        }
    }
}
