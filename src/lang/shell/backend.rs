//! The shell backend: the verdict is the shell's own (`bash -n`, which
//! parses without running anything), its error line mapped to a span;
//! tree-sitter-bash gives strings, comments and heredocs.
//!
//! Without bash on PATH (or, for a `zsh`/`ksh` script, without that shell),
//! nothing is rejected: the file gets an `unverified-statement` info
//! finding saying which shell was missing.

use std::io::{Read, Write};
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use crate::analysis::{Analysis, OpenAtEof, Region, RegionKind, SyntaxError, Unverified};
use crate::diagnostic::Span;
use crate::lang::{Backend, FileContext};

/// The shell backend.
pub struct Shell;

pub static BACKEND: Shell = Shell;

/// `bash -n` on a hostile input is stopped after this long (the file is
/// then reported as not verified).
const SHELL_TIMEOUT: Duration = Duration::from_secs(10);

/// Which shell judges a script.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Interpreter {
    Bash,
    Zsh,
    Ksh,
}

impl Interpreter {
    fn program(self) -> &'static str {
        match self {
            Interpreter::Bash => "bash",
            Interpreter::Zsh => "zsh",
            Interpreter::Ksh => "ksh",
        }
    }
}

/// The shell a script names in its `#!` line, else by its extension; `sh`,
/// `dash` and `bash` scripts are judged by bash (it accepts every POSIX
/// script; a bashism in a `#!/bin/sh` script is not a syntax error here).
fn interpreter(text: &str, path: &str) -> Interpreter {
    let first = text.lines().next().unwrap_or("");
    if let Some(rest) = first.strip_prefix("#!") {
        let mut words = rest.split_whitespace();
        let mut prog = words.next().unwrap_or("");
        if prog.ends_with("/env") {
            prog = words.find(|w| !w.starts_with('-')).unwrap_or("");
        }
        let name = prog.rsplit('/').next().unwrap_or(prog);
        if name.starts_with("zsh") {
            return Interpreter::Zsh;
        }
        if name.starts_with("ksh") || name == "mksh" {
            return Interpreter::Ksh;
        }
        return Interpreter::Bash;
    }
    let lower = path.to_ascii_lowercase();
    if lower.ends_with(".zsh") || lower.ends_with(".zshrc") {
        Interpreter::Zsh
    } else if lower.ends_with(".ksh") {
        Interpreter::Ksh
    } else {
        Interpreter::Bash
    }
}

/// Whether `program` runs here (looked up once).
fn available(program: &'static str) -> bool {
    static CACHE: OnceLock<std::sync::Mutex<Vec<(&'static str, bool)>>> = OnceLock::new();
    let cache = CACHE.get_or_init(Default::default);
    if let Some(&(_, ok)) = cache.lock().unwrap().iter().find(|(p, _)| *p == program) {
        return ok;
    }
    let ok = Command::new(program)
        .arg("-c")
        .arg(":")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    cache.lock().unwrap().push((program, ok));
    ok
}

/// What the shell said: its messages on stderr, or why it could not say.
enum Said {
    Messages(String),
    Missing,
    Failed(String),
}

/// `<shell> -n /dev/stdin` with `text` on standard input.
fn run_shell(program: &'static str, text: &str) -> Said {
    if !available(program) {
        return Said::Missing;
    }
    let child = Command::new(program)
        .args(["-n", "/dev/stdin"])
        .env("LC_ALL", "C")
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn();
    let mut child = match child {
        Ok(c) => c,
        Err(e) => return Said::Failed(format!("could not start {program}: {e}")),
    };
    let mut stdin = child.stdin.take().expect("piped stdin");
    let input = text.to_string();
    let writer = std::thread::spawn(move || {
        // A shell that stops reading early closes the pipe: not an error.
        let _ = stdin.write_all(input.as_bytes());
    });
    let mut stderr = child.stderr.take().expect("piped stderr");
    let reader = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = stderr.read_to_string(&mut s);
        s
    });
    let started = Instant::now();
    loop {
        match child.try_wait() {
            Ok(Some(_)) => break,
            Ok(None) if started.elapsed() > SHELL_TIMEOUT => {
                let _ = child.kill();
                let _ = child.wait();
                return Said::Failed(format!(
                    "{program} -n took longer than {} s",
                    SHELL_TIMEOUT.as_secs()
                ));
            }
            Ok(None) => std::thread::sleep(Duration::from_micros(200)),
            Err(e) => return Said::Failed(format!("{program} -n: {e}")),
        }
    }
    let _ = writer.join();
    Said::Messages(reader.join().unwrap_or_default())
}

/// Whether bash reads `script` to its end with a construct still open
/// (`if` without `fi`, a loop without `done`): `bash -n` says "unexpected
/// end of file". Without bash, no verdict (`false`).
pub(crate) fn bash_open_at_end(script: &str) -> bool {
    match run_shell("bash", script) {
        Said::Messages(m) => m.contains("unexpected end of file") || m.contains("unexpected EOF"),
        Said::Missing | Said::Failed(_) => false,
    }
}

/// One message of `bash -n /dev/stdin`: its line (1-based) and text.
fn parse_message(line: &str) -> Option<(usize, &str)> {
    let rest = line.strip_prefix("/dev/stdin: line ")?;
    let (n, msg) = rest.split_once(": ")?;
    Some((n.parse().ok()?, msg))
}

/// The byte span of line `n` (1-based), without its indentation.
fn line_span(text: &str, n: usize) -> Span {
    let mut start = 0;
    for (i, l) in text.split_inclusive('\n').enumerate() {
        if i + 1 == n {
            let body = l.trim_end_matches(['\n', '\r']);
            let indent = body.len() - body.trim_start().len();
            return Span::new(start + indent, start + body.len().max(indent));
        }
        start += l.len();
    }
    let end = text.trim_end().len();
    Span::new(end, end)
}

/// Where `line` opens a `quote` it does not close (outside the other
/// kinds of quote, `\` escapes honoured outside single quotes).
fn unclosed_quote(line: &str, quote: char) -> Option<usize> {
    let mut open: Option<(char, usize)> = None;
    let mut escaped = false;
    for (i, c) in line.char_indices() {
        match open {
            Some((q, _)) if c == q && !(escaped && q != '\'') => open = None,
            Some(_) => {}
            None if matches!(c, '\'' | '"' | '`') && !escaped => open = Some((c, i)),
            None => {}
        }
        escaped = c == '\\' && !escaped;
    }
    open.filter(|(q, _)| *q == quote).map(|(_, at)| at)
}

/// What bash accepts only by accident: a Dockerfile (`FROM`, `RUN`,
/// `COPY`, ... are commands to bash) or an INI or systemd unit file
/// (`[Unit]` is a command, `Key=value` an assignment). Lines inside strings,
/// comments and heredoc bodies (a script that writes a Dockerfile) do not
/// count.
fn accepted_by_accident(text: &str, analysis: &Analysis) -> bool {
    const DOCKERFILE: &[&str] = &[
        "FROM",
        "RUN",
        "COPY",
        "ADD",
        "WORKDIR",
        "CMD",
        "ENTRYPOINT",
        "EXPOSE",
        "ENV",
        "ARG",
        "USER",
        "VOLUME",
        "LABEL",
        "HEALTHCHECK",
        "ONBUILD",
        "STOPSIGNAL",
        "SHELL",
        "MAINTAINER",
    ];
    let (mut code, mut docker, mut headers, mut settings) = (0usize, 0usize, 0usize, 0usize);
    // A `.properties` file (`spring.datasource.url=...`: bash runs each line
    // as a command of that name) or a PowerShell script (`$site = "x"` runs
    // the empty command `=`; `Stop-WebAppPool -Name $site`).
    let (mut dotted, mut powershell) = (0usize, 0usize);
    // A Makefile: `build:` targets at the line start, tab-indented recipes.
    let (mut targets, mut recipes) = (0usize, 0usize);
    for line in crate::lines::lines(text) {
        let t = line.text.trim();
        if t.is_empty() || t.starts_with('#') {
            continue;
        }
        let start = line.span.start + (line.text.len() - line.text.trim_start().len());
        if analysis
            .regions
            .iter()
            .any(|r| r.span.start < start && start < r.span.end)
        {
            continue;
        }
        code += 1;
        if line.text.starts_with('\t') {
            recipes += 1;
        } else if t.split_once(':').is_some_and(|(target, rest)| {
            !target.is_empty()
                && target == line.text.split(':').next().unwrap_or("")
                && target
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "_-./%".contains(c))
                && (rest.is_empty() || rest.starts_with(' ') && !rest.starts_with(" ="))
        }) {
            targets += 1;
        }
        let first = t.split_whitespace().next().unwrap_or("");
        if first.split_once('=').is_some_and(|(k, v)| {
            k.contains('.')
                && !v.is_empty()
                && k.split('.').all(|p| {
                    !p.is_empty()
                        && p.chars()
                            .all(|c| c.is_ascii_alphanumeric() || "_-".contains(c))
                })
        }) {
            dotted += 1;
        }
        let verb_noun = first.split_once('-').is_some_and(|(v, n)| {
            v.len() >= 3
                && v.starts_with(|c: char| c.is_ascii_uppercase())
                && v[1..].chars().all(|c| c.is_ascii_lowercase())
                && n.starts_with(|c: char| c.is_ascii_uppercase())
                && n.chars().all(|c| c.is_ascii_alphanumeric())
        });
        if verb_noun || (first.starts_with('$') && t[first.len()..].starts_with(" = ")) {
            powershell += 1;
        }
        if DOCKERFILE.contains(&first) && t.len() > first.len() {
            docker += 1;
        } else if t.starts_with('[')
            && t.ends_with(']')
            && !t.starts_with("[ ")
            && !t.starts_with("[[")
            && t[1..t.len() - 1]
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || " ._:\"-".contains(c))
        {
            headers += 1;
        } else if t.split_once('=').is_some_and(|(k, _)| {
            !k.is_empty()
                && k.trim()
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.')
        }) {
            settings += 1;
        }
    }
    (targets >= 2 && recipes >= 2 && (targets + recipes) * 2 >= code)
        || (docker >= 3 && docker * 2 >= code)
        || (headers >= 1 && (headers + settings) * 5 >= code * 4 && code >= 3)
        || (dotted >= 3 && dotted * 2 >= code)
        || (powershell >= 3 && powershell * 2 >= code)
}

/// Names the script uses that nothing in it sets or defines: variables
/// read (`$hash`, `${dbs[@]}`) and never assigned, read, looped over or
/// declared, and functions called that no definition has (only names with
/// a `_`, which commands on PATH seldom have). Evidence for `placeholder`
/// that code was left out, as [`Analysis::names`] is for JavaScript.
fn unset_names(text: &str, tree: &tree_sitter::Tree) -> Vec<String> {
    use std::collections::HashSet;
    let mut read: Vec<&str> = Vec::new();
    let mut set: HashSet<&str> = HashSet::new();
    let mut called: Vec<&str> = Vec::new();
    let mut defined: HashSet<&str> = HashSet::new();
    let ident = |s: &str| {
        s.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
            && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
    };
    let mut cursor = tree.walk();
    let mut stack = vec![tree.root_node()];
    while let Some(node) = stack.pop() {
        let src = |n: tree_sitter::Node<'_>| text.get(n.start_byte()..n.end_byte()).unwrap_or("");
        match node.kind() {
            "variable_name" => {
                let name = src(node);
                match node.parent().map(|p| p.kind()) {
                    Some("simple_expansion" | "expansion") => read.push(name),
                    _ => {
                        set.insert(name);
                    }
                }
            }
            "for_statement" | "c_style_for_statement" => {
                if let Some(v) = node.child_by_field_name("variable") {
                    set.insert(src(v));
                }
            }
            "function_definition" => {
                if let Some(n) = node.child_by_field_name("name") {
                    defined.insert(src(n));
                }
            }
            "command" => {
                let name = node.child_by_field_name("name").map(src).unwrap_or("");
                let declares = matches!(
                    name,
                    "read"
                        | "local"
                        | "declare"
                        | "typeset"
                        | "export"
                        | "readonly"
                        | "mapfile"
                        | "readarray"
                        | "getopts"
                        | "unset"
                        | "printf"
                );
                if declares {
                    for k in 0..node.named_child_count() {
                        let Some(arg) = node.named_child(k as u32) else {
                            continue;
                        };
                        let word = src(arg);
                        let word = word.split('=').next().unwrap_or("");
                        if ident(word) {
                            set.insert(word);
                        }
                    }
                } else if name.contains('_') && ident(name) {
                    called.push(name);
                }
            }
            _ => {}
        }
        for child in node.children(&mut cursor) {
            stack.push(child);
        }
    }
    let mut out: Vec<String> = Vec::new();
    for name in read {
        let special = name.chars().all(|c| c.is_ascii_digit())
            || matches!(
                name,
                "HOME"
                    | "PATH"
                    | "USER"
                    | "PWD"
                    | "OLDPWD"
                    | "SHELL"
                    | "TERM"
                    | "LANG"
                    | "HOSTNAME"
                    | "UID"
                    | "EUID"
                    | "IFS"
                    | "OPTARG"
                    | "OPTIND"
                    | "PPID"
                    | "RANDOM"
                    | "SECONDS"
                    | "LINENO"
                    | "REPLY"
                    | "TMPDIR"
                    | "CI"
            )
            || name.starts_with("BASH")
            || name.starts_with("FUNCNAME")
            || name.starts_with("PIPESTATUS");
        if !special && !set.contains(name) && !out.iter().any(|o| o == name) {
            out.push(name.to_string());
        }
    }
    for name in called {
        if !defined.contains(name) && !out.iter().any(|o| o == name) {
            out.push(name.to_string());
        }
    }
    out
}

/// Strings, comments and heredoc bodies, from tree-sitter-bash, and the
/// names the script uses and never sets ([`unset_names`]).
fn regions(text: &str) -> (Vec<Region>, Vec<String>) {
    let Ok(tree) = crate::parse::parse(
        crate::language::Language::Shell,
        text,
        Duration::from_millis(500),
    ) else {
        return (Vec::new(), Vec::new());
    };
    let names = unset_names(text, &tree);
    let mut out = Vec::new();
    let mut cursor = tree.walk();
    let mut stack = vec![tree.root_node()];
    while let Some(node) = stack.pop() {
        let kind = match node.kind() {
            "comment" => Some(RegionKind::Comment),
            "string" | "raw_string" | "ansi_c_string" | "heredoc_body" => Some(RegionKind::String),
            _ => None,
        };
        if let Some(kind) = kind {
            // `#!` is no comment to judge either.
            out.push(Region {
                span: Span::new(node.start_byte(), node.end_byte()),
                kind,
            });
            continue;
        }
        for child in node.children(&mut cursor) {
            stack.push(child);
        }
    }
    out.sort_by_key(|r| r.span.start);
    out.dedup_by(|b, a| b.span.start < a.span.end);
    (out, names)
}

impl Shell {
    /// Lines bash accepts that are no shell: a Markdown fence (```` ```bash ````
    /// is an empty command substitution to bash) is an error; a sentence
    /// (`Here is the script:`, a command named `Here`) is left for
    /// `llm-chatter` to judge.
    fn not_shell_lines(&self, text: &str, analysis: &mut Analysis) {
        for line in crate::lines::lines(text) {
            let t = line.text;
            if analysis.inside_region(line.span.start)
                || analysis.region_at(line.span.start).is_some()
            {
                continue;
            }
            if markdown_fence(t) {
                analysis.errors.push(SyntaxError {
                    span: Span::new(line.span.start, line.span.start + t.trim_end().len()),
                    message:
                        "a Markdown code fence: bash reads it as an empty command substitution"
                            .to_string(),
                    labels: Vec::new(),
                    help: None,
                    at_eof: false,
                });
                analysis.rejected.push(line.span);
                continue;
            }
            if prose_command(t) {
                analysis.rejected.push(line.span);
            }
        }
        analysis.rejected.sort_by_key(|r| r.start);
        analysis.rejected.dedup_by_key(|r| r.start);
    }
}

/// A Markdown code fence line (`rules::markdown_fence::fence`),
/// indented at most three blanks as Markdown allows: deeper, `~~~` may be
/// an argument of a continued command.
fn markdown_fence(line: &str) -> bool {
    let indent = line.len() - line.trim_start_matches(' ').len();
    indent <= 3 && crate::rules::markdown_fence::fence(line).is_some()
}

/// A line bash reads as a command that is a sentence: its first word, once
/// a Markdown list marker (`- `, `1. `) and emphasis (`**`) are set aside,
/// is a capitalised word (`Here`, `Note:`, `I`), it has no shell operator
/// or expansion (inline code in backticks aside), and it reads as prose
/// with four words or more, or is a heading (`Changes:`, `**Explanation:**`).
fn prose_command(t: &str) -> bool {
    let mut s = t.trim();
    let mut listed = false;
    for marker in ["- ", "* ", "• "] {
        if let Some(rest) = s.strip_prefix(marker) {
            s = rest.trim_start();
            listed = true;
        }
    }
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    if (1..3).contains(&digits) {
        if let Some(rest) = s[digits..]
            .strip_prefix(". ")
            .or_else(|| s[digits..].strip_prefix(") "))
        {
            s = rest.trim_start();
        }
    }
    let s = s.trim_start_matches('*');
    let mut words = s.split_whitespace();
    let first = words.next().unwrap_or("");
    let capitalised = {
        let w = first.trim_end_matches(['*', ':', ',', '!', '.']);
        w.starts_with(|c: char| c.is_uppercase())
            && (w.len() > 1 || w == "I")
            && w[1..].chars().all(|c| c.is_lowercase() || c == '\'')
    };
    // A list item that opens with inline code: "- `need_cmd` checks ...",
    // or with a term in bold: "- **free -m** reports memory in megabytes."
    let bold_term = listed
        && t.trim_start()[1..].trim_start().starts_with("**")
        && t.matches("**").count() >= 2;
    let listed_code =
        listed && (first.len() > 2 && first.starts_with('`') && first.ends_with('`') || bold_term);
    let backticks = s.matches('`').count();
    let words = 1 + words.count();
    let heading = words <= 4 && s.trim_end_matches('*').ends_with(':');
    // A long sentence may quote a command ("You can run it with:
    // CF_ID=E123 ./publish.sh"); a short line with `=` is an assignment.
    // (Or a lead-in of four words or more before the colon: "You can run
    // it with: X=1 ./run.sh".)
    let sentence =
        words >= 8 && s.contains(": ") || words >= 10 || crate::prose::lead_in(s).is_some();
    let operators: &[char] = if sentence && capitalised {
        &['$', '|', '>', '<', '&', ';', '(', '\\']
    } else {
        &['=', '$', '|', '>', '<', '&', ';', '(', '\\']
    };
    (capitalised || listed_code)
        && !s.contains(operators)
        && backticks.is_multiple_of(2)
        && (words >= 4 || heading)
        && crate::prose::looks_like_prose(t)
}

impl Backend for Shell {
    fn analyze(&self, text: &str, ctx: &FileContext<'_>) -> Analysis {
        let (regions, names) = regions(text);
        let mut analysis = Analysis {
            regions,
            names,
            ..Analysis::default()
        };
        let shell = interpreter(text, ctx.path);
        let program = shell.program();
        let said = match run_shell(program, text) {
            Said::Messages(m) => m,
            failed => {
                let why = match failed {
                    Said::Failed(e) => e,
                    _ => format!("`{program}` is not on PATH"),
                };
                let first = line_span(text, 1);
                analysis.unverified.push(Unverified {
                    span: first,
                    dialect: program,
                    reason: why.clone(),
                    engines_said: Vec::new(),
                    message: Some(format!(
                        "not verified: this {program} script was not parsed ({why}); install {program} to check it"
                    )),
                });
                return analysis;
            }
        };
        let mut open = Vec::new();
        for raw in said.lines() {
            let Some((n, msg)) = parse_message(raw) else {
                continue;
            };
            // The line that repeats the offending token (`` `fi' ``).
            if msg.starts_with('`') {
                continue;
            }
            if let Some(rest) = msg.strip_prefix("warning: here-document at line ") {
                // bash -n accepts a heredoc cut off by the end of the file.
                let opened: usize = rest
                    .split(' ')
                    .next()
                    .and_then(|s| s.parse().ok())
                    .unwrap_or(n);
                let wanted = rest
                    .split("(wanted `")
                    .nth(1)
                    .and_then(|w| w.strip_suffix("')"))
                    .unwrap_or("")
                    .to_string();
                let span = line_span(text, opened);
                let end = text.trim_end().len();
                analysis.errors.push(SyntaxError {
                    span: Span::new(end, end),
                    message: format!(
                        "the here-document opened at line {opened} never reaches its `{wanted}` line"
                    ),
                    labels: Vec::new(),
                    help: None,
                    at_eof: true,
                });
                open.push(OpenAtEof {
                    opener: span,
                    what: format!("the here-document `<<{wanted}`"),
                });
                continue;
            }
            if msg.starts_with("warning:") {
                continue;
            }
            let span = line_span(text, n);
            let at_eof = msg.contains("unexpected end of file") || msg.contains("unexpected EOF");
            if let Some(q) = msg
                .strip_prefix("unexpected EOF while looking for matching `")
                .and_then(|r| r.strip_suffix('\''))
            {
                let what = match q {
                    "\"" => "a double-quoted string `\"`".to_string(),
                    "'" => "a single-quoted string `'`".to_string(),
                    "`" => "a command substitution `` ` ``".to_string(),
                    other => format!("`{other}`"),
                };
                // The quote itself, where the line shows it: an apostrophe
                // inside a word (`That's it.`) is prose's, not a literal's.
                let opener = q
                    .chars()
                    .next()
                    .and_then(|c| unclosed_quote(&text[span.start..span.end], c))
                    .map_or(span, |at| Span::new(span.start + at, span.start + at + 1));
                open.push(OpenAtEof { opener, what });
            }
            let message = msg
                .strip_prefix("syntax error: ")
                .unwrap_or(msg)
                .to_string();
            analysis.errors.push(SyntaxError {
                span: if at_eof {
                    let end = text.trim_end().len();
                    Span::new(end, end)
                } else {
                    span
                },
                message,
                labels: Vec::new(),
                help: None,
                at_eof,
            });
            analysis
                .rejected
                .push(crate::lines::line_around(text, span.start));
        }
        if analysis.errors.iter().any(|e| e.at_eof) {
            analysis.open_at_eof = open;
        }
        self.not_shell_lines(text, &mut analysis);
        if analysis.rejected.is_empty() && accepted_by_accident(text, &analysis) {
            analysis.implausible.push(Span::new(0, text.len()));
        }
        analysis.rejected.sort_by_key(|r| r.start);
        analysis.rejected.dedup_by_key(|r| r.start);
        analysis
    }

    /// All of it when bash accepts it, else the share of lines from the
    /// first error on (bash stops at its first error).
    fn rejection(&self, text: &str) -> (f32, String) {
        match run_shell("bash", text) {
            Said::Messages(m) => {
                let first = m
                    .lines()
                    .filter_map(parse_message)
                    .find(|(_, msg)| !msg.starts_with("warning:"))
                    .map(|(n, _)| n);
                match first {
                    None => (0.0, "bash -n accepts all of it".to_string()),
                    Some(n) => {
                        let total = text.lines().count().max(1);
                        (
                            (total.saturating_sub(n - 1)) as f32 / total as f32,
                            format!("bash -n stops at line {n}"),
                        )
                    }
                }
            }
            _ => (1.0, String::new()),
        }
    }

    /// Without a `#!` line, content that bash happens to accept (a YAML
    /// workflow: `name: Lint` is a command) may be another language.
    fn quick_tell(&self, text: &str) -> bool {
        !text.starts_with("#!")
    }

    /// Words are arguments: `echo Done.` ends a script legitimately.
    fn plain_text_values(&self) -> bool {
        true
    }

    fn is_keyword(&self, word: &str) -> bool {
        matches!(
            word,
            "fi" | "done" | "esac" | "then" | "else" | "do" | "true" | "false" | "exit" | "return"
        )
    }

    /// A pipe or a list operator cannot end a script. (A line
    /// continuation `\\` can: bash reads the end of the file as the end of
    /// the command, and real scripts end so.)
    /// A last line continued with `\\` where the file stops without its
    /// final newline: the command was still being written. (With a final
    /// newline, real scripts do end so: left alone above.)
    fn cut_last_line(&self, body: &str) -> Option<(String, bool)> {
        (body.ends_with('\\') && !body.ends_with("\\\\")).then(|| {
            (
                "`\\`, a line continuation with nothing after it".to_string(),
                true,
            )
        })
    }

    fn dangling_end(&self, body: &str) -> Option<String> {
        ["&&", "||", "|"]
            .into_iter()
            .find(|op| body.ends_with(op))
            .map(|op| format!("`{op}`"))
    }

    /// `# ...` alone among lines of code stands for what was left out.
    fn ellipsis_comment_elides(&self) -> bool {
        true
    }

    fn queries(&self) -> &'static [(&'static str, &'static str)] {
        &[(
            "definitions",
            include_str!("../../../grammars/shell/queries/definitions.scm"),
        )]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn analyze(t: &str) -> Analysis {
        BACKEND.analyze(t, &FileContext::default())
    }

    #[test]
    fn bash_judges() {
        if !available("bash") {
            assert!(std::env::var_os("CI").is_none(), "bash is missing under CI");
            return;
        }
        assert!(
            analyze("#!/bin/bash\nset -e\nif true; then\n  echo \"# x\"\nfi\n")
                .errors
                .is_empty()
        );
        let a = analyze("echo a\nfi\necho b\n");
        assert_eq!(a.errors.len(), 1, "{:?}", a.errors);
        assert_eq!(a.errors[0].span, Span::new(7, 9));
        let a = analyze("echo a\nif x; then\n  echo b\n");
        assert!(a.errors[0].at_eof);
        // The quote itself, not its line: `echo "` opens it at byte 12.
        let a = analyze("echo a\necho \"abc\nfoo\n");
        assert_eq!(a.open_at_eof[0].opener, Span::new(12, 13));
        // An apostrophe inside a word is located too (prose's, not code's).
        let a = analyze("echo a\nThat's it, run it daily.\n");
        assert_eq!(a.open_at_eof[0].opener, Span::new(11, 12));
        let a = analyze("cat <<EOF\nabc\n");
        assert!(a.errors[0].at_eof);
        assert!(a.open_at_eof[0].what.contains("<<EOF"));
    }

    #[test]
    fn prose_commands() {
        for t in [
            "Here is the updated script with the check added:",
            "Note: make sure the postgres user can write there.",
            // (A list item needs the prose test's two function words or a
            // sentence end: "1. Added support for arm64 machines" alone is
            // not enough, and is left to the lines around it.)
            "2. The binary is now installed with install instead of cp",
            "1. Added support for arm64 machines.",
            "- Uses curl with -fsSL so failed downloads stop the script",
            "**Explanation:**",
            "Changes:",
            "I added a checksum file so the job can verify it",
            "Sure, here is a setup script for the project",
            "Step 2 - Install the git hooks",
            "You can run it with: CF_DISTRIBUTION_ID=E123 ./publish.sh",
        ] {
            assert!(prose_command(t), "{t}");
        }
        for t in [
            "echo \"Note: this needs root.\"",
            "Info \"Checking the toolchain\"",
            "Usage=\"the rest of the options\"",
            "make install",
            "Done",
            "cd \"$ROOT\" && make",
            "Step 2",
            "Usage: run it with X=1 ./run.sh",
        ] {
            assert!(!prose_command(t), "{t}");
        }
    }

    #[test]
    fn interpreters() {
        assert_eq!(interpreter("#!/usr/bin/env zsh\n", "x"), Interpreter::Zsh);
        assert_eq!(interpreter("#!/bin/sh\n", "x.zsh"), Interpreter::Bash);
        assert_eq!(interpreter("echo\n", "x.zsh"), Interpreter::Zsh);
        assert_eq!(
            interpreter("#!/usr/bin/env -S bash -e\n", "x"),
            Interpreter::Bash
        );
    }
}
