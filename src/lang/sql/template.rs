//! Templated SQL (dbt and Jinja): the template is rendered with
//! `minijinja` and a dbt-like context, the rendered SQL is judged like any
//! other script, and every span is mapped back into the template.
//!
//! Mapping: before rendering, each run of template text gets an invisible
//! marker naming where it starts, and each tag a marker naming the tag; the
//! marks travel through `if`, `for` and macros with the text they precede,
//! so every byte of the output is known to come either from a given place of
//! the template's text or from a given tag.
//!
//! Trust: `ref`, `source`, `this`, `var` and `env_var` with defaults,
//! `config`, `is_incremental` (rendered both ways) and the template's own
//! macros render faithfully. Anything else (package macros, `adapter`,
//! `run_query`) renders as a stand-in name; a statement holding a stand-in
//! that the engines reject is `unverified-statement`, never an error.

use std::cell::Cell;
use std::sync::Arc;

use minijinja::value::{Enumerator, Object, ObjectRepr, Value};
use minijinja::{Environment, Error, ErrorKind, State, UndefinedBehavior};

use crate::analysis::SyntaxError;
use crate::diagnostic::{Label, Span};

/// What a stand-in renders as: a name every dialect accepts where a name or
/// a value goes.
pub(crate) const STAND_IN: &str = "__gencheck_stand_in__";

const MARK_TEXT: char = '\u{E000}';
const MARK_TAG: char = '\u{E002}';
const MARK_END: char = '\u{E001}';
/// Interpretation steps a template may take (a loop over `range(10**9)`).
const FUEL: u64 = 2_000_000;

thread_local! {
    /// Set when a stand-in decided what was rendered (iterated, tested,
    /// an unknown method called): then no rejection of the output is trusted.
    static STAND_IN_STEERED: Cell<bool> = const { Cell::new(false) };
}

thread_local! {
    /// What `is_incremental()` answers in the rendering under way.
    static INCREMENTAL: Cell<bool> = const { Cell::new(false) };
}

fn steered() {
    STAND_IN_STEERED.with(|c| c.set(true));
}

/// The name the project's macros are loaded under.
const PROJECT_MACROS: &str = "__gencheck_project_macros__";

/// A dbt project's own macros, ready to render with: every macro file that
/// parses, as one template, which each model imports, and the names the
/// macros use that nothing here defines (stand-ins). The environment for a
/// dialect is built (the template compiled) once, then cloned per file.
#[derive(Debug, Default)]
pub(crate) struct ProjectMacros {
    source: String,
    /// The macros each model imports (not those named like the context's
    /// own `ref`, `config`, ...).
    imported: Vec<String>,
    unknown: Vec<String>,
    envs: std::sync::Mutex<Vec<(&'static str, Environment<'static>)>>,
}

impl ProjectMacros {
    /// Read a project's macro files (their sources); one that does not
    /// parse as a template is left out.
    pub(crate) fn new(files: &[String]) -> ProjectMacros {
        let mut out = ProjectMacros::default();
        let mut names: Vec<String> = Vec::new();
        let probe = Environment::new();
        for src in files {
            let t = tags(src);
            let Some(neutral) = neutral(src, &t) else {
                continue;
            };
            if probe.template_from_str(&neutral).is_err() {
                continue;
            }
            for tag in t.iter().filter(|t| t.kind == b'%') {
                let body = &neutral[tag.span.start..tag.span.end];
                if matches!(tag_name(body), "macro" | "test") {
                    let inner = body[2..].trim_start().trim_start_matches(tag_name(body));
                    let name: String = inner
                        .trim_start()
                        .chars()
                        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                        .collect();
                    if !name.is_empty() && !names.contains(&name) {
                        names.push(name);
                    }
                }
            }
            out.source.push_str(&neutral);
            out.source.push('\n');
        }
        // The context's own names (`ref`, `config`, ...) stay the context's.
        let env = base_env("generic");
        let known = |n: &str| env.globals().any(|(k, _)| k == n);
        let t = tags(&out.source);
        out.unknown = unknown_names(&out.source, &t, &env)
            .into_iter()
            .filter(|n| !names.contains(n))
            .collect();
        out.imported = names.into_iter().filter(|n| !known(n)).collect();
        out
    }

    /// The environment to render the project's models with in a dialect,
    /// and the tag that imports the macros (put before each model); `None`
    /// when there is nothing to import.
    fn env(&self, dialect_name: &'static str) -> Option<(Environment<'static>, String)> {
        if self.imported.is_empty() {
            return None;
        }
        let import = format!(
            "{{% from \"{PROJECT_MACROS}\" import {} %}}",
            self.imported.join(", ")
        );
        let mut envs = self.envs.lock().ok()?;
        if let Some((_, env)) = envs.iter().find(|(d, _)| *d == dialect_name) {
            return Some((env.clone(), import));
        }
        let mut env = base_env(dialect_name);
        env.add_template_owned(PROJECT_MACROS, self.source.clone())
            .ok()?;
        for name in &self.unknown {
            env.add_global(name.clone(), Value::from_object(StandIn));
        }
        // The imported names are known to `unknown_names` (the import binds
        // them before any use).
        for name in &self.imported {
            env.add_global(name.clone(), Value::from(()));
        }
        envs.push((dialect_name, env.clone()));
        Some((env, import))
    }
}

/// Where a run of the rendered SQL comes from.
#[derive(Debug, Clone, Copy)]
enum Origin {
    /// The template's text, from this offset on.
    Text(usize),
    /// What this tag produced.
    Tag(Span),
}

#[derive(Debug, Clone, Copy)]
struct Piece {
    out_start: usize,
    origin: Origin,
}

/// One rendering of the template.
#[derive(Debug)]
pub(crate) struct Rendered {
    pub sql: String,
    pieces: Vec<Piece>,
    /// The names rendered as stand-ins.
    pub stand_ins: Vec<String>,
    /// A stand-in decided control flow: the output may lack or repeat
    /// anything, and no rejection of it is trusted.
    pub steered: bool,
}

impl Rendered {
    fn piece_at(&self, out: usize) -> Option<(usize, Piece)> {
        let i = self.pieces.partition_point(|p| p.out_start <= out);
        i.checked_sub(1).map(|i| (i, self.pieces[i]))
    }

    /// A span of the rendered SQL as a span of `text`, the template (on
    /// character boundaries, inside it: a filter may have changed a text's
    /// length on its way through).
    pub fn map_span(&self, span: Span, text: &str) -> Span {
        let floor = |mut at: usize| {
            at = at.min(text.len());
            while !text.is_char_boundary(at) {
                at -= 1;
            }
            at
        };
        let mapped = self.map_span_raw(span);
        let start = floor(mapped.start);
        Span::new(start, floor(mapped.end).max(start))
    }

    fn map_span_raw(&self, span: Span) -> Span {
        let Some((i, piece)) = self.piece_at(span.start) else {
            return Span::new(0, 0);
        };
        match piece.origin {
            Origin::Tag(tag) => tag,
            Origin::Text(src) => {
                let start = src + (span.start - piece.out_start);
                let piece_end = self
                    .pieces
                    .get(i + 1)
                    .map_or(self.sql.len(), |p| p.out_start);
                let end = src + (span.end.min(piece_end).max(span.start) - piece.out_start);
                Span::new(start, end)
            }
        }
    }
}

/// The template does not parse: an error in its own words, at its place.
pub(crate) fn template_error(text: &str, err: &Error) -> SyntaxError {
    // (minijinja's range may fall inside a character: the `dbt_template`
    // fuzz target found one at a combining mark after `ref(`.)
    let floor = |mut at: usize| {
        at = at.min(text.len());
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        at
    };
    let span = err
        .range()
        .map(|r| {
            let start = floor(r.start);
            Span::new(start, floor(r.end).max(start))
        })
        .or_else(|| {
            let line = err.line()?;
            let start = text
                .split_inclusive('\n')
                .take(line.saturating_sub(1))
                .map(str::len)
                .sum::<usize>();
            let end = text[start..].find('\n').map_or(text.len(), |p| start + p);
            Some(Span::new(start, end))
        })
        .unwrap_or(Span::new(0, 0));
    let detail = err.detail().map_or(String::new(), |d| format!(": {d}"));
    SyntaxError {
        span,
        message: format!("the Jinja template does not parse ({}{detail})", err.kind()),
        labels: Vec::new(),
        help: Some("fix the template tag; dbt and Jinja refuse it before any SQL runs".to_string()),
        at_eof: false,
    }
}

/// A tag of the template: `{{ }}`, `{% %}` or `{# #}`.
#[derive(Debug, Clone, Copy)]
struct Tag {
    span: Span,
    kind: u8,
}

/// The template's tags, in order. Strings inside tags are skipped; a
/// `{% raw %}` block is text.
fn tags(text: &str) -> Vec<Tag> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(p) = memchr::memchr(b'{', &b[i..]) {
        let start = i + p;
        let Some(&kind) = b.get(start + 1).filter(|k| matches!(k, b'{' | b'%' | b'#')) else {
            i = start + 1;
            continue;
        };
        let close = match kind {
            b'{' => b'}',
            k => k,
        };
        let mut j = start + 2;
        let mut end = b.len();
        while j + 1 < b.len() {
            let c = b[j];
            if kind != b'#' && (c == b'\'' || c == b'"') {
                j = memchr::memchr(c, &b[j + 1..]).map_or(b.len(), |q| j + 1 + q + 1);
                continue;
            }
            if c == close && b[j + 1] == b'}' {
                end = j + 2;
                break;
            }
            j += 1;
        }
        out.push(Tag {
            span: Span::new(start, end),
            kind,
        });
        i = end;
        if kind == b'%' && tag_name(&text[start..end]) == "raw" {
            // Everything up to `{% endraw %}` is text.
            let mut k = end;
            while let Some(q) = memchr::memmem::find(&b[k..], b"{%") {
                let s = k + q;
                let e = memchr::memmem::find(&b[s..], b"%}").map_or(b.len(), |x| s + x + 2);
                if tag_name(&text[s..e]) == "endraw" {
                    out.push(Tag {
                        span: Span::new(s, e),
                        kind,
                    });
                    i = e;
                    break;
                }
                k = e;
            }
            if i == end {
                break;
            }
        }
    }
    out
}

fn tag_name(tag: &str) -> &str {
    let inner = tag.get(2..).unwrap_or("");
    let inner = inner.trim_start_matches(['-', '+', ' ', '\t', '\n', '\r']);
    let end = inner
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(inner.len());
    &inner[..end]
}

/// The template as minijinja should read it, same length: whitespace
/// control dropped (`{%-` -> `{% `: SQL does not care, and the marks must not
/// be trimmed away), dbt's block tags made Jinja (`{% snapshot x %}` -> a
/// comment, so its body is the model; `{% test x(...) %}` -> a macro).
/// `None`: a dbt tag that cannot be rewritten in place.
fn neutral(text: &str, tags: &[Tag]) -> Option<String> {
    let mut b = text.as_bytes().to_vec();
    for t in tags {
        let (s, e) = (t.span.start, t.span.end);
        if e - s < 4 || t.kind == b'#' {
            continue;
        }
        for k in [s + 2, e - 3] {
            if matches!(b[k], b'-' | b'+') {
                b[k] = b' ';
            }
        }
        if t.kind != b'%' || b[e - 1] != b'}' {
            continue;
        }
        let name = tag_name(&text[s..e]);
        match name {
            "snapshot" | "endsnapshot" | "materialization" | "endmaterialization" | "docs"
            | "enddocs" => {
                b[s + 1] = b'#';
                b[e - 2] = b'#';
            }
            "test" | "endtest" => {
                // `{% test` -> `{%macro`: one blank before the name pays for
                // the longer word.
                let at = s + text[s..e].find(name)?;
                if at < s + 3 || b[at - 1] != b' ' {
                    return None;
                }
                let word: &[u8] = if name == "test" {
                    b"macro"
                } else {
                    b"endmacro"
                };
                b.splice(at - 1..at + name.len(), word.iter().copied());
            }
            _ => {}
        }
    }
    String::from_utf8(b).ok()
}

/// The template with its marks (see the module doc).
fn marked(neutral: &str, tags: &[Tag]) -> String {
    let mut out = String::with_capacity(neutral.len() + tags.len() * 16);
    let mut at = 0;
    let text_run = |out: &mut String, from: usize, to: usize| {
        if from < to {
            out.push(MARK_TEXT);
            out.push_str(&from.to_string());
            out.push(MARK_END);
            out.push_str(&neutral[from..to]);
        }
    };
    for t in tags {
        text_run(&mut out, at, t.span.start);
        if t.kind != b'#' {
            out.push(MARK_TAG);
            out.push_str(&t.span.start.to_string());
            out.push(MARK_END);
        }
        out.push_str(&neutral[t.span.start..t.span.end]);
        at = t.span.end;
    }
    text_run(&mut out, at, neutral.len());
    out
}

/// The output without its marks, and where each run came from.
fn unmark(output: &str, tags: &[Tag], stand_ins: Vec<String>, steered: bool) -> Rendered {
    let mut sql = String::with_capacity(output.len());
    let mut pieces = Vec::new();
    let mut rest = output;
    while let Some(p) = rest.find([MARK_TEXT, MARK_TAG]) {
        sql.push_str(&rest[..p]);
        let kind = rest[p..].chars().next().unwrap_or(MARK_TEXT);
        let after = &rest[p + kind.len_utf8()..];
        let Some(end) = after.find(MARK_END) else {
            rest = after;
            continue;
        };
        let n: usize = after[..end].parse().unwrap_or(0);
        let origin = if kind == MARK_TEXT {
            Origin::Text(n)
        } else {
            let span = tags
                .iter()
                .find(|t| t.span.start == n)
                .map_or(Span::new(n, n), |t| t.span);
            Origin::Tag(span)
        };
        pieces.push(Piece {
            out_start: sql.len(),
            origin,
        });
        rest = &after[end + MARK_END.len_utf8()..];
    }
    sql.push_str(rest);
    Rendered {
        sql,
        pieces,
        stand_ins,
        steered,
    }
}

/// The outcome of rendering.
pub(crate) enum Outcome {
    Rendered(Rendered),
    /// The template itself is broken.
    Broken(SyntaxError),
    /// It could not be rendered here (why): judged by nobody.
    Unrendered(String),
}

/// A stand-in for what gencheck cannot render: any attribute, call or
/// method gives another stand-in; it renders as [`STAND_IN`]; it iterates
/// as nothing and is false.
#[derive(Debug)]
struct StandIn;

impl Object for StandIn {
    fn repr(self: &Arc<Self>) -> ObjectRepr {
        ObjectRepr::Plain
    }
    fn get_value(self: &Arc<Self>, _key: &Value) -> Option<Value> {
        Some(Value::from_object(StandIn))
    }
    fn enumerate(self: &Arc<Self>) -> Enumerator {
        steered();
        Enumerator::Empty
    }
    fn is_true(self: &Arc<Self>) -> bool {
        steered();
        false
    }
    fn call(self: &Arc<Self>, _state: &State<'_, '_>, _args: &[Value]) -> Result<Value, Error> {
        Ok(Value::from_object(StandIn))
    }
    fn call_method(
        self: &Arc<Self>,
        _state: &State<'_, '_>,
        _method: &str,
        _args: &[Value],
    ) -> Result<Value, Error> {
        Ok(Value::from_object(StandIn))
    }
    fn render(self: &Arc<Self>, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result
    where
        Self: Sized + 'static,
    {
        f.write_str(STAND_IN)
    }
}

/// dbt's `config`: `config(...)` renders nothing, `config.get(k, d)` is `d`.
#[derive(Debug)]
struct Config;

impl Object for Config {
    fn repr(self: &Arc<Self>) -> ObjectRepr {
        ObjectRepr::Plain
    }
    fn call(self: &Arc<Self>, _state: &State<'_, '_>, _args: &[Value]) -> Result<Value, Error> {
        Ok(Value::from(""))
    }
    fn call_method(
        self: &Arc<Self>,
        _state: &State<'_, '_>,
        _method: &str,
        args: &[Value],
    ) -> Result<Value, Error> {
        Ok(args.get(1).cloned().unwrap_or(Value::from(())))
    }
}

/// `target`: a dev target of the dialect checked.
#[derive(Debug)]
struct Target(&'static str);

impl Object for Target {
    fn repr(self: &Arc<Self>) -> ObjectRepr {
        ObjectRepr::Map
    }
    fn get_value(self: &Arc<Self>, key: &Value) -> Option<Value> {
        Some(match key.as_str()? {
            "name" => Value::from("dev"),
            "type" => Value::from(self.0),
            "schema" => Value::from("analytics"),
            "database" | "dbname" | "project" => Value::from("warehouse"),
            "threads" => Value::from(1),
            _ => Value::from_object(StandIn),
        })
    }
    fn enumerate(self: &Arc<Self>) -> Enumerator {
        Enumerator::Str(&["name", "type", "schema", "database"])
    }
}

/// A name for `ref('model')`, `source('s', 't')`: the words, as an
/// identifier every dialect reads.
fn relation(parts: &[Value]) -> String {
    let words: Vec<String> = parts
        .iter()
        .filter_map(|v| v.as_str().map(str::to_string))
        .map(|s| {
            s.chars()
                .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
                .collect::<String>()
        })
        .map(|s| {
            if s.starts_with(|c: char| c.is_ascii_digit()) || s.is_empty() {
                format!("_{s}")
            } else {
                s
            }
        })
        .collect();
    if words.is_empty() {
        STAND_IN.to_string()
    } else {
        words.join(".")
    }
}

/// Names the template itself binds: `{% set x %}`, `{% for a, b in %}`,
/// `{% macro m(p, q=1) %}`, `{% import ... as x %}`, `{% from ... import a %}`.
fn defined_names(text: &str, tags: &[Tag]) -> Vec<String> {
    let mut out = Vec::new();
    let idents = |s: &str| -> Vec<String> {
        s.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .filter(|w| w.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_'))
            .map(str::to_string)
            .collect()
    };
    for t in tags.iter().filter(|t| t.kind == b'%') {
        let Some(inner) =
            text.get(t.span.start + 2..t.span.end.saturating_sub(2).max(t.span.start + 2))
        else {
            continue;
        };
        let inner = inner.trim_matches(|c: char| c == '-' || c == '+' || c.is_whitespace());
        let (name, rest) = inner.split_once(char::is_whitespace).unwrap_or((inner, ""));
        match name {
            "set" => out.extend(idents(rest.split('=').next().unwrap_or(""))),
            "for" => out.extend(idents(rest.split(" in ").next().unwrap_or(""))),
            "macro" => {
                // The name and the parameters (not their defaults).
                for part in rest.split([',', '(']) {
                    out.extend(
                        idents(part.split('=').next().unwrap_or(""))
                            .into_iter()
                            .take(1),
                    );
                }
            }
            "import" | "from" => {
                if let Some((_, names)) = rest
                    .rsplit_once(" as ")
                    .or_else(|| rest.split_once(" import "))
                {
                    out.extend(idents(names));
                }
            }
            _ => {}
        }
    }
    out
}

/// Names the template uses that nothing defines: each becomes a stand-in.
fn unknown_names(text: &str, tags: &[Tag], env: &Environment<'_>) -> Vec<String> {
    let defined = defined_names(text, tags);
    const JINJA: &[&str] = &[
        "if",
        "elif",
        "else",
        "endif",
        "for",
        "endfor",
        "in",
        "not",
        "and",
        "or",
        "is",
        "set",
        "endset",
        "macro",
        "endmacro",
        "call",
        "endcall",
        "filter",
        "endfilter",
        "with",
        "endwith",
        "block",
        "endblock",
        "extends",
        "include",
        "import",
        "from",
        "as",
        "do",
        "true",
        "false",
        "none",
        "True",
        "False",
        "None",
        "raw",
        "endraw",
        "recursive",
        "loop",
        "caller",
        "varargs",
        "kwargs",
        "ignore",
        "missing",
        "context",
        "without",
        "continue",
        "break",
        "autoescape",
        "endautoescape",
        "self",
        "super",
    ];
    let mut names: Vec<String> = Vec::new();
    for t in tags.iter().filter(|t| t.kind != b'#') {
        let Some(inner) =
            text.get(t.span.start + 2..t.span.end.saturating_sub(2).max(t.span.start + 2))
        else {
            continue;
        };
        let b = inner.as_bytes();
        let mut i = 0;
        let mut after_pipe_or_is = false;
        while i < b.len() {
            let c = b[i];
            if c == b'\'' || c == b'"' {
                i = memchr::memchr(c, &b[i + 1..]).map_or(b.len(), |q| i + 1 + q + 1);
                continue;
            }
            if c.is_ascii_alphabetic() || c == b'_' {
                let s = i;
                while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_') {
                    i += 1;
                }
                let word = &inner[s..i];
                let prev = inner[..s].trim_end();
                let dotted = prev.ends_with('.');
                let next = inner[i..].trim_start();
                let keyword_argument = next.starts_with('=') && !next.starts_with("==");
                if !dotted
                    && !keyword_argument
                    && !after_pipe_or_is
                    && !JINJA.contains(&word)
                    && env.globals().all(|(k, _)| k != word)
                    && !defined.iter().any(|n| n == word)
                    && !names.iter().any(|n| n == word)
                {
                    names.push(word.to_string());
                }
                after_pipe_or_is = word == "is";
                continue;
            }
            if !c.is_ascii_whitespace() {
                after_pipe_or_is = c == b'|';
            }
            i += 1;
        }
    }
    names
}

fn base_env(dialect_name: &'static str) -> Environment<'static> {
    let mut env = Environment::new();
    env.set_undefined_behavior(UndefinedBehavior::Chainable);
    env.set_fuel(Some(FUEL));
    env.set_recursion_limit(64);
    env.set_keep_trailing_newline(true);
    env.add_function("ref", |args: &[Value]| -> Result<Value, Error> {
        // `ref('model')`, `ref('package', 'model')`: the model's name.
        Ok(Value::from(relation(&args[args.len().saturating_sub(1)..])))
    });
    env.add_function("source", |args: &[Value]| -> Result<Value, Error> {
        Ok(Value::from(relation(args)))
    });
    env.add_function("var", |args: &[Value]| -> Result<Value, Error> {
        Ok(args
            .get(1)
            .cloned()
            .unwrap_or_else(|| Value::from_object(StandIn)))
    });
    env.add_function("env_var", |args: &[Value]| -> Result<Value, Error> {
        Ok(args
            .get(1)
            .cloned()
            .unwrap_or_else(|| Value::from_object(StandIn)))
    });
    env.add_function("is_incremental", || INCREMENTAL.with(Cell::get));
    env.add_function("log", |_args: &[Value]| -> Result<Value, Error> {
        Ok(Value::from(""))
    });
    // dbt's `return(x)` ends a macro with a value; here the macro's text
    // and the value are both rendered, so nothing rendered is trusted.
    env.add_function("return", |args: &[Value]| -> Result<Value, Error> {
        steered();
        Ok(args.first().cloned().unwrap_or(Value::from(())))
    });
    env.add_global("config", Value::from_object(Config));
    env.add_global("target", Value::from_object(Target(dialect_name)));
    env.add_global("this", Value::from("this_model"));
    env.add_global("model", Value::from_object(StandIn));
    env.add_global("execute", Value::from(false));
    for filter in ["as_bool", "as_native", "as_number", "as_text"] {
        env.add_filter(filter, |v: Value| v);
    }
    // Python's methods (`dict.items()`, `str.upper()`), then a stand-in.
    env.set_unknown_method_callback(|state, value, method, args| {
        match minijinja_contrib::pycompat::unknown_method_callback(state, value, method, args) {
            Ok(v) => Ok(v),
            Err(_) => {
                steered();
                Ok(Value::from_object(StandIn))
            }
        }
    });
    env
}

/// Render `text` as dbt would for a first run (`is_incremental()` false)
/// and, when the template branches on it, for a later one: the outcomes,
/// each with the `is_incremental()` it was rendered with. The template is
/// read, checked and compiled once; a broken or unrenderable one gives a
/// single outcome.
pub(crate) fn render(
    text: &str,
    dialect_name: &'static str,
    project: Option<&ProjectMacros>,
) -> Vec<(bool, Outcome)> {
    if text.contains([MARK_TEXT, MARK_TAG, MARK_END]) {
        let why = "the file holds private-use characters".to_string();
        return vec![(false, Outcome::Unrendered(why))];
    }
    let tags = tags(text);
    let Some(neutral) = neutral(text, &tags) else {
        let why = "a dbt block tag gencheck cannot read".to_string();
        return vec![(false, Outcome::Unrendered(why))];
    };
    let (mut env, import) = project
        .and_then(|p| p.env(dialect_name))
        .unwrap_or_else(|| (base_env(dialect_name), String::new()));
    // Parse first, unmarked: a broken template is reported at its place.
    if let Err(e) = env.template_from_str(&neutral) {
        return vec![(false, Outcome::Broken(template_error(text, &e)))];
    }
    let stand_ins = unknown_names(&neutral, &tags, &env);
    for name in &stand_ins {
        env.add_global(name.clone(), Value::from_object(StandIn));
    }
    let marked = import + &marked(&neutral, &tags);
    let template = match env.template_from_str(&marked) {
        Ok(t) => t,
        Err(e) => return vec![(false, Outcome::Unrendered(format!("rendering fails: {e}")))],
    };
    let runs: &[bool] = if text.contains("is_incremental") {
        &[false, true]
    } else {
        &[false]
    };
    let mut out = Vec::new();
    for &run in runs {
        INCREMENTAL.with(|c| c.set(run));
        STAND_IN_STEERED.with(|c| c.set(false));
        let rendered = template.render(());
        let steered = STAND_IN_STEERED.with(Cell::get);
        match rendered {
            Ok(o) => out.push((
                run,
                Outcome::Rendered(unmark(&o, &tags, stand_ins.clone(), steered)),
            )),
            Err(e) => {
                let why = match e.kind() {
                    ErrorKind::OutOfFuel => "rendering takes too long".to_string(),
                    _ => format!("rendering fails: {e}"),
                };
                out.push((run, Outcome::Unrendered(why)));
                break;
            }
        }
    }
    out
}

/// A label for the template tag behind an error, if the error is in what a
/// tag produced.
pub(crate) fn tag_label(span: Span, text: &str) -> Option<Label> {
    let t = &text[span.start..span.end.min(text.len())];
    (t.starts_with("{{") || t.starts_with("{%")).then(|| Label {
        span,
        message: "rendered from this tag".to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::super::{analyze, Dialect};

    fn errors(text: &str) -> Vec<(String, String)> {
        analyze(text, Dialect::Postgres)
            .errors
            .into_iter()
            .map(|e| (text[e.span.start..e.span.end].to_string(), e.message))
            .collect()
    }

    #[test]
    fn a_template_error_inside_a_character_is_on_its_boundaries() {
        // (Found by the `dbt_template` fuzz target:
        // tests/data/fuzz/dbt_template-error-inside-a-character.)
        let text = "select 1\nfrom {{ ref(\u{656}tg_events') }}\n{% if is_incremental() %}\nwhere x > 1\n{% endif %}\n";
        for dialect in crate::lang::sql::Dialect::ALL {
            let a = crate::lang::sql::analyze(text, *dialect);
            for e in &a.errors {
                assert!(
                    text.is_char_boundary(e.span.start) && text.is_char_boundary(e.span.end),
                    "{dialect:?}: {:?}",
                    e.span
                );
            }
        }
    }

    #[test]
    fn an_error_in_rendered_sql_points_into_the_template() {
        let text = "{% set cols = ['a', 'b'] %}\nselect\n{% for c in cols %}  {{ c }},\n{% endfor %}  from from {{ ref('t') }}\n";
        let found = errors(text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, "from");
        // `b,` then `from`: PostgreSQL stops at the first `from`.
        let at = text.find("from from").unwrap();
        let e = &analyze(text, Dialect::Postgres).errors[0];
        assert_eq!(e.span.start, at);
    }

    #[test]
    fn spans_stay_inside_the_template_when_a_filter_changes_lengths() {
        let text = "{% set x %}ßß{% endset %}select {{ x | upper }} from from t\n";
        for e in analyze(text, Dialect::Postgres).errors {
            assert!(e.span.end <= text.len() && text.is_char_boundary(e.span.start));
            assert!(text.is_char_boundary(e.span.end));
        }
    }

    #[test]
    fn unknown_macros_never_reject() {
        let text = "select {{ dbt_utils.star(ref('t')) }} from {{ ref('t') }}\n{% for x in unknown_list %}union all select 1{% endfor %}\n";
        assert!(errors(text).is_empty());
        let broken = "select * from {% if x %}\n";
        assert_eq!(errors(broken).len(), 1);
    }
}
