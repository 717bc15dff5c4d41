//! YAML's backend: the verdict of `saphyr-parser` (YAML 1.2; all of the
//! yaml-test-suite's 308 valid streams accepted and 94 invalid ones
//! rejected), its events for duplicate keys, quoted and block scalars and
//! what is still open at the end, and a line scan for comments.

use std::collections::HashMap;

use saphyr_parser::{Event, Parser, ScalarStyle, ScanError};

use crate::analysis::{Analysis, DuplicateKey, OpenAtEof, Region, RegionKind, SyntaxError};
use crate::diagnostic::{Label, Severity, Span};
use crate::lang::{Backend, FileContext};

/// The YAML backend.
pub struct Yaml;

pub static BACKEND: Yaml = Yaml;

/// How often a text is parsed again past a place where saphyr-parser is
/// stricter than real tools ([`walk_yaml`]).
const MAX_RETRIES: usize = 64;

/// Marker positions are counted in chars: the byte offset of each char.
struct Offsets {
    /// `None` when the text is ASCII (char index = byte offset).
    bytes: Option<Vec<usize>>,
    len: usize,
}

impl Offsets {
    fn new(text: &str) -> Offsets {
        let bytes = (!text.is_ascii()).then(|| {
            text.char_indices()
                .map(|(b, _)| b)
                .chain(std::iter::once(text.len()))
                .collect()
        });
        Offsets {
            bytes,
            len: text.len(),
        }
    }

    fn byte(&self, chars: usize) -> usize {
        match &self.bytes {
            None => chars.min(self.len),
            Some(v) => v[chars.min(v.len() - 1)],
        }
    }
}

/// A container open at the point of the walk.
enum Frame {
    Sequence {
        start: usize,
        flow: bool,
    },
    Mapping {
        start: usize,
        flow: bool,
        /// Keys seen, by identity, with their span.
        keys: HashMap<String, Span>,
        /// The next node is a key.
        next_is_key: bool,
    },
}

/// What one pass over the events found.
#[derive(Default)]
struct Walk {
    error: Option<(Span, String)>,
    /// Quoted and block scalars.
    strings: Vec<Span>,
    duplicates: Vec<DuplicateKey>,
    /// Containers still open where the events stopped: start, flow, what.
    open: Vec<(usize, bool, &'static str)>,
    /// Documents whose root is a plain scalar of several lines: text YAML
    /// reads as one string, which no configuration is (a shell script, a
    /// Dockerfile, prose saved as `.yml`).
    plain_roots: Vec<Span>,
    /// Keys of a document's top mapping that read like a sentence and
    /// hold nothing (`Here is the updated workflow:`): valid YAML that is
    /// a model's prose.
    prose_keys: Vec<Span>,
    documents: usize,
    /// Keys of a document's top mapping, in order.
    top_keys: Vec<Span>,
    /// Top-level keys that may be a model's words, if first or last: a
    /// sentence over a list (`The key changes are:`), a label over a
    /// sentence (`Note: make sure ...`).
    chatter_keys: Vec<Span>,
    /// Top-level keys that are a sentence with a sentence for a value
    /// (`Update the tag to match your release: it must be semver.`): a
    /// model's prose that YAML reads as a key, when few keys are.
    sentence_pairs: Vec<Span>,
    /// Plain scalars no YAML author writes and a model's reply does: a key
    /// at any depth that opens in the first person (`I also bumped the
    /// memory limit to 512Mi:`), a one-line sentence as a whole document
    /// (`Sure! Below is the manifest.` before `---`).
    first_person: Vec<Span>,
    /// The last non-empty block scalar: the span of the key it is the
    /// value of (the nearest key before it) and its own (its content's).
    last_block: Option<(Span, Span)>,
}

/// Labels a model puts before its remarks, which no configuration uses as
/// a top-level key.
const CHATTER_LABELS: &[&str] = &[
    "Note",
    "Notes",
    "Explanation",
    "Summary",
    "Changes",
    "Important",
    "Tip",
    "Caveat",
    "Key changes",
    "Changes made",
    "What changed",
];

/// A key's identity: plain scalars that YAML's core schema reads as a
/// number, boolean or null keep their kind; every other scalar is a string
/// (`on` and `"on"` are the same key).
fn key_identity(value: &str, style: ScalarStyle) -> String {
    let typed = style == ScalarStyle::Plain
        && (value.parse::<f64>().is_ok()
            || matches!(
                value,
                "true"
                    | "True"
                    | "TRUE"
                    | "false"
                    | "False"
                    | "FALSE"
                    | "null"
                    | "Null"
                    | "NULL"
                    | "~"
                    | ""
            ));
    if typed {
        format!("\u{0}{value}")
    } else {
        value.to_string()
    }
}

fn walk(text: &str) -> Walk {
    let offsets = Offsets::new(text);
    let mut out = Walk::default();
    let mut stack: Vec<Frame> = Vec::new();
    // A top-level key that reads like a sentence, or a chatter label
    // (`Note:`), waiting for its value: (span, sentence, label).
    let mut pending_prose_key: Option<(Span, bool, bool)> = None;
    let mut last_key = Span::new(0, 0);
    // A node ended: the mapping it is in expects a key or a value next.
    fn node_done(stack: &mut [Frame]) {
        if let Some(Frame::Mapping { next_is_key, .. }) = stack.last_mut() {
            *next_is_key = !*next_is_key;
        }
    }
    for item in Parser::new_from_str(text) {
        let (event, span) = match item {
            Ok(x) => x,
            Err(e) => {
                out.error = Some(error_at(&e, &offsets, text));
                break;
            }
        };
        let start = offsets.byte(span.start.index());
        let end = offsets.byte(span.end.index()).max(start);
        if let Some((key, sentence, label)) = pending_prose_key.take() {
            match &event {
                Event::Scalar(v, ScalarStyle::Plain, _, _)
                    if sentence && (v.is_empty() || v == "~") =>
                {
                    out.prose_keys.push(key)
                }
                // `The key changes are:` over a list of changes.
                // (`Key changes:`, `This playbook will:` over a list.)
                Event::SequenceStart(..) if sentence || label => out.chatter_keys.push(key),
                // `Note: make sure the secret is set.`
                Event::Scalar(v, ScalarStyle::Plain, _, _)
                    if label && v.split(' ').filter(|w| !w.is_empty()).count() >= 5 =>
                {
                    out.chatter_keys.push(key)
                }
                // `To install the hooks, run: pre-commit install`: a
                // sentence leading into a command.
                Event::Scalar(v, ScalarStyle::Plain, _, _)
                    if sentence
                        && !v.is_empty()
                        && text[key.start..key.end]
                            .rsplit(' ')
                            .next()
                            .is_some_and(|w| {
                                matches!(w, "run" | "use" | "execute" | "type" | "with")
                            }) =>
                {
                    out.chatter_keys.push(key)
                }
                Event::Scalar(v, ScalarStyle::Plain, _, _)
                    if sentence_pair(&text[key.start..key.end], v) =>
                {
                    out.sentence_pairs.push(key)
                }
                _ => {}
            }
        }
        match event {
            Event::DocumentStart(_) => out.documents += 1,
            Event::Scalar(value, style, _, _) => {
                if stack.is_empty()
                    && style == ScalarStyle::Plain
                    && text[start..end].trim_end().contains('\n')
                {
                    out.plain_roots.push(Span::new(start, end));
                }
                if stack.is_empty()
                    && style == ScalarStyle::Plain
                    && !text[start..end].contains('\n')
                    && value.split(' ').filter(|w| !w.is_empty()).count() >= 4
                    && value.starts_with(|c: char| c.is_uppercase())
                    && value.ends_with(['.', '!', ':'])
                    && crate::prose::looks_like_prose(&value)
                {
                    out.first_person.push(Span::new(start, end));
                }
                if style == ScalarStyle::Plain
                    && matches!(
                        stack.last(),
                        Some(Frame::Mapping {
                            next_is_key: true,
                            ..
                        })
                    )
                    && ((value.split(' ').filter(|w| !w.is_empty()).count() >= 4
                        && [
                            "I ", "I've ", "I'm ", "I have ", "Let me ", "Here's ", "Here is ",
                        ]
                        .iter()
                        .any(|p| value.starts_with(p)))
                        // (`Next, the database service. I've added a
                        // healthcheck so ...:`, `What I changed:`)
                        || (value.split(' ').filter(|w| !w.is_empty()).count() >= 6
                            && [". I've ", ". I ", ". I'm ", ", I've "].iter().any(|p| value.contains(p)))
                        || [
                            "What I changed", "What I've changed", "What I did", "What I updated",
                            "What I fixed", "What changed", "Changes made", "Key changes",
                            "Summary of changes",
                        ]
                        .iter()
                        .any(|p| value == *p || value.strip_prefix(p).is_some_and(|r| r.starts_with([' ', ':']))))
                {
                    out.first_person.push(Span::new(start, end));
                }
                // (An empty block scalar's span is its indicator.)
                let block = matches!(style, ScalarStyle::Literal | ScalarStyle::Folded);
                if style != ScalarStyle::Plain && !(block && value.is_empty()) {
                    out.strings.push(Span::new(start, end));
                }
                if block && !value.is_empty() {
                    out.last_block = Some((last_key, Span::new(start, end)));
                }
                let depth = stack.len();
                if let Some(Frame::Mapping {
                    keys,
                    next_is_key: true,
                    ..
                }) = stack.last_mut()
                {
                    last_key = Span::new(start, end);
                    if depth == 1 {
                        out.top_keys.push(last_key);
                        if style == ScalarStyle::Plain {
                            let words = value.split(' ').filter(|w| !w.is_empty()).count();
                            // (`This playbook will`: three words, opening
                            // as a model's sentence about the file.)
                            let sentence = words >= 4
                                || (words == 3
                                    && ["This ", "These ", "Here ", "Below "]
                                        .iter()
                                        .any(|p| value.starts_with(p)));
                            let label = CHATTER_LABELS.contains(&value.as_ref());
                            let capital = value.starts_with(|c: char| c.is_uppercase());
                            if sentence || label || (words >= 3 && capital) {
                                pending_prose_key = Some((last_key, sentence, label));
                            }
                        }
                    }
                    // `<<` merge keys may repeat in practice (`<<: *a` then
                    // `<<: *b`); YAML's merge-key spec allows a list instead.
                    if value != "<<" || style != ScalarStyle::Plain {
                        let span = Span::new(start, end);
                        let id = key_identity(&value, style);
                        if let Some(first) = keys.get(&id) {
                            out.duplicates.push(DuplicateKey {
                                key: value.to_string(),
                                span,
                                first: *first,
                                container: "mapping",
                                // YAML: "The content of a mapping node is an
                                // unordered set of key/value node pairs, with
                                // the restriction that each of the keys is
                                // unique."
                                severity: Severity::Error,
                            });
                        } else {
                            keys.insert(id, span);
                        }
                    }
                }
                node_done(&mut stack);
            }
            Event::Alias(_) => node_done(&mut stack),
            Event::SequenceStart(_, _) => {
                let flow = text[start..].starts_with('[');
                stack.push(Frame::Sequence { start, flow });
            }
            Event::MappingStart(_, _) => {
                let flow = text[start..].starts_with('{');
                stack.push(Frame::Mapping {
                    start,
                    flow,
                    keys: HashMap::new(),
                    next_is_key: true,
                });
            }
            Event::SequenceEnd | Event::MappingEnd => {
                stack.pop();
                node_done(&mut stack);
            }
            Event::StreamEnd => break,
            _ => {}
        }
    }
    out.open = stack
        .iter()
        .map(|f| match f {
            Frame::Sequence { start, flow } => (*start, *flow, "sequence"),
            Frame::Mapping { start, flow, .. } => (*start, *flow, "mapping"),
        })
        .collect();
    out
}

/// A key and its plain value that together read as one sentence of a
/// model's: the key opens with a capital and has three words or more, the
/// value has four or more and ends a sentence.
fn sentence_pair(key: &str, value: &str) -> bool {
    key.starts_with(|c: char| c.is_uppercase())
        && key.split_whitespace().count() >= 3
        && value.split_whitespace().count() >= 4
        && value.ends_with(['.', '!', '?'])
        && crate::prose::looks_like_prose(&format!("{key}: {value}"))
}

fn error_at(e: &ScanError, offsets: &Offsets, text: &str) -> (Span, String) {
    let at = offsets.byte(e.marker().index());
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    let end = text[at..]
        .chars()
        .next()
        .map_or(at, |c| if c == '\n' { at } else { at + c.len_utf8() });
    (Span::new(at, end), e.info().to_string())
}

/// The walk of `text`, past two places where saphyr-parser is stricter
/// than the YAML parsers real tools use (libyaml, PyYAML, ruamel.yaml, the
/// `yaml` npm package):
/// - a tab right after a key's `:` (`a:\t1`): read as a space;
/// - a flow collection's closing `]` or `}` on its own line, indented no
///   deeper than the key that holds it (CircleCI configs): indented by one
///   more space, and offsets mapped back.
fn walk_yaml(text: &str) -> Walk {
    let mut w = walk(text);
    if w.error.is_none() {
        return w;
    }
    let mut current = text.to_string();
    // Spaces inserted: where (in `current` as it was then) and how many.
    let mut inserted: Vec<(usize, usize)> = Vec::new();
    for _ in 0..MAX_RETRIES {
        let Some((span, info)) = &w.error else { break };
        let bytes = current.as_bytes();
        if info.contains("must be followed by a valid YAML whitespace") {
            // The tab is just before, at or just after the error's position.
            let Some(tab) = [span.start.saturating_sub(1), span.start, span.start + 1]
                .into_iter()
                .find(|&i| bytes.get(i) == Some(&b'\t'))
            else {
                break;
            };
            current.replace_range(tab..tab + 1, " ");
        } else if info.contains("invalid indentation")
            && matches!(bytes.get(span.start), Some(b']' | b'}'))
            && current[crate::lines::line_around(&current, span.start).start..span.start]
                .bytes()
                .all(|b| b == b' ')
        {
            current.insert(span.start, ' ');
            inserted.push((span.start, 1));
        } else if info.contains("invalid indentation in quoted scalar") {
            // Continuation lines of a quoted scalar indented no deeper than
            // its key: their leading blanks are not content, so they are
            // indented past the scalar's line.
            let Some(close) = closing_quote(&current, span.start) else {
                break;
            };
            let line = crate::lines::line_around(&current, span.start);
            let indent = current[line.start..].len()
                - current[line.start..].trim_start_matches(' ').len()
                + 1;
            let starts: Vec<usize> = current[span.start..close]
                .match_indices('\n')
                .map(|(i, _)| span.start + i + 1)
                .collect();
            if starts.is_empty() {
                break;
            }
            let pad = " ".repeat(indent);
            for &at in starts.iter().rev() {
                current.insert_str(at, &pad);
            }
            for (k, &at) in starts.iter().enumerate() {
                inserted.push((at + k * indent, indent));
            }
        } else {
            break;
        }
        w = walk(&current);
    }
    if !inserted.is_empty() {
        w.map_offsets(&inserted);
    }
    w
}

impl Walk {
    /// Offsets in a text with spaces inserted at `inserted` (each in the
    /// coordinates after the ones before it) back to the original's.
    fn map_offsets(&mut self, inserted: &[(usize, usize)]) {
        let back = |mut at: usize| {
            for &(i, n) in inserted.iter().rev() {
                if at >= i + n {
                    at -= n;
                } else if at > i {
                    at = i;
                }
            }
            at
        };
        let span = |s: Span| Span::new(back(s.start), back(s.end));
        for s in &mut self.strings {
            *s = span(*s);
        }
        for d in &mut self.duplicates {
            d.span = span(d.span);
            d.first = span(d.first);
        }
        if let Some((s, _)) = &mut self.error {
            *s = span(*s);
        }
        for o in &mut self.open {
            o.0 = back(o.0);
        }
        for s in self
            .plain_roots
            .iter_mut()
            .chain(&mut self.prose_keys)
            .chain(&mut self.top_keys)
            .chain(&mut self.chatter_keys)
            .chain(&mut self.sentence_pairs)
            .chain(&mut self.first_person)
        {
            *s = span(*s);
        }
        if let Some((k, b)) = &mut self.last_block {
            *k = span(*k);
            *b = span(*b);
        }
    }
}

/// The offset of the quote that closes the quoted scalar opening at
/// `open` (`''` and `\"` are escapes).
fn closing_quote(text: &str, open: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let q = *bytes.get(open)?;
    if q != b'"' && q != b'\'' {
        return None;
    }
    let mut i = open + 1;
    while i < bytes.len() {
        let b = bytes[i];
        if q == b'"' && b == b'\\' {
            i += 2;
            continue;
        }
        if b == q {
            if q == b'\'' && bytes.get(i + 1) == Some(&b'\'') {
                i += 2;
                continue;
            }
            return Some(i);
        }
        i += 1;
    }
    None
}

/// `#` comments: at a line's start or after a blank, outside quoted and
/// block scalars. `strings` is sorted by start.
fn comments(text: &str, strings: &[Span], scan_from: usize) -> Vec<Span> {
    let mut out = Vec::new();
    let inside = |at: usize| {
        let i = strings.partition_point(|s| s.end <= at);
        strings.get(i).is_some_and(|s| s.start <= at && at < s.end)
    };
    for line in crate::lines::lines(text) {
        let l = line.text;
        let base = line.span.start;
        let mut quote: Option<u8> = None;
        let bytes = l.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            let at = base + i;
            // After the events stopped (a broken file), quotes are tracked
            // within the line.
            if at >= scan_from {
                match (quote, b) {
                    (None, b'"' | b'\'') if i == 0 || b" \t[{,:-".contains(&bytes[i - 1]) => {
                        quote = Some(b);
                        i += 1;
                        continue;
                    }
                    (Some(q), _) if b == q => {
                        quote = None;
                        i += 1;
                        continue;
                    }
                    (Some(b'"'), b'\\') => {
                        i += 2;
                        continue;
                    }
                    _ => {}
                }
            }
            if b == b'#'
                && quote.is_none()
                && (i == 0 || bytes[i - 1] == b' ' || bytes[i - 1] == b'\t')
                && !inside(at)
            {
                out.push(Span::new(at, line.span.end));
                break;
            }
            i += 1;
        }
    }
    out
}

impl Backend for Yaml {
    fn analyze(&self, text: &str, ctx: &FileContext<'_>) -> Analysis {
        let mut w = walk_yaml(text);
        // Cirrus CI reads every `task:` of a `.cirrus.yml`, repeated keys
        // included (its documented way to declare several tasks).
        let name = ctx.path.rsplit(['/', '\\']).next().unwrap_or("");
        if matches!(name, ".cirrus.yml" | ".cirrus.yaml") {
            for d in &mut w.duplicates {
                d.severity = Severity::Warning;
            }
        }
        let scan_from = w.error.as_ref().map_or(text.len(), |(s, _)| s.start);
        let mut strings = w.strings.clone();
        strings.sort_by_key(|s| s.start);
        let mut regions: Vec<Region> = strings
            .iter()
            .map(|s| Region {
                span: *s,
                kind: RegionKind::String,
            })
            .chain(
                comments(text, &strings, scan_from)
                    .into_iter()
                    .map(|s| Region {
                        span: s,
                        kind: RegionKind::Comment,
                    }),
            )
            .collect();
        regions.sort_by_key(|r| r.span.start);
        // Non-overlapping: a comment scan never starts inside a string.
        regions.dedup_by(|b, a| b.span.start < a.span.end);
        // Chatter keys count only as the first or the last key.
        let edge = |k: &&Span| w.top_keys.first() == Some(*k) || w.top_keys.last() == Some(*k);
        let mut analysis = Analysis {
            regions,
            duplicate_keys: w.duplicates,
            // Sentences as keys are for `llm-chatter` to judge.
            rejected: w
                .prose_keys
                .iter()
                .chain(w.chatter_keys.iter().filter(edge))
                .chain(w.sentence_pairs.iter().filter(|_| {
                    w.top_keys.len() >= 3 && w.sentence_pairs.len() * 3 <= w.top_keys.len()
                }))
                .chain(&w.first_person)
                .map(|k| crate::lines::line_around(text, k.start))
                .collect(),
            // A document that is one plain scalar of several lines.
            implausible: if w.error.is_none() {
                w.plain_roots
            } else {
                Vec::new()
            },
            ..Analysis::default()
        };
        analysis.rejected.sort_by_key(|r| r.start);
        let Some((span, info)) = w.error else {
            // A block scalar that ends the file, its script or text left
            // open.
            if let Some((key, block)) = w.last_block {
                if block.end >= text.trim_end().len() {
                    let key = text[key.start..key.end].trim_matches(['"', '\'']);
                    analysis
                        .open_at_eof
                        .extend(super::ends::block_scalar_open(text, key, block));
                }
            }
            return analysis;
        };
        let end = text.trim_end().len();
        let at_eof = span.start >= end || info.contains("end of stream");
        let (message, help, labels) = explain(text, &info, span);
        analysis.errors.push(SyntaxError {
            span,
            message,
            labels,
            help,
            at_eof,
        });
        // The scanner often notices a bad line only at the next one: the
        // line before the error is rejected too.
        let line = crate::lines::line_around(text, span.start);
        let before = text[..line.start].trim_end();
        let from = if before.is_empty() {
            line.start
        } else {
            crate::lines::line_around(
                text,
                before.char_indices().next_back().map_or(0, |(i, _)| i),
            )
            .start
        };
        analysis.rejected.push(Span::new(from, line.end));
        analysis.rejected.sort_by_key(|r| r.start);
        let mut open = Vec::new();
        for &(start, flow, what) in w.open.iter().filter(|o| o.1) {
            let what = match (what, flow) {
                ("sequence", _) => "the flow sequence `[`",
                _ => "the flow mapping `{`",
            };
            open.push(OpenAtEof {
                opener: Span::new(start, start + 1),
                what: what.to_string(),
            });
        }
        if at_eof && info.contains("quoted scalar") {
            let q = if text[span.start..].starts_with(['"', '\'']) {
                Some(span.start)
            } else {
                open_quote(text, span.start)
            };
            if let Some(q) = q {
                open.push(OpenAtEof {
                    opener: Span::new(q, q + 1),
                    what: "a quoted string".to_string(),
                });
            }
        }
        if at_eof {
            analysis.open_at_eof = open;
        }
        analysis
    }

    /// The share of the text from the first error on (0.0: all of it is
    /// one YAML stream).
    fn rejection(&self, text: &str) -> (f32, String) {
        let w = walk_yaml(text);
        match w.error {
            None => (0.0, "the whole file parses as YAML".to_string()),
            Some((span, info)) => {
                let total = text.len().max(1) as f32;
                (
                    (text.len() - span.start.min(text.len())) as f32 / total,
                    format!("YAML stops at byte {}: {info}", span.start),
                )
            }
        }
    }

    /// A YAML file whose first content line is no key, list item, flow
    /// collection or scalar indicator may be something else that YAML
    /// happens to read as one long plain scalar (a shell script, prose).
    fn quick_tell(&self, text: &str) -> bool {
        let Some(first) = text
            .lines()
            .map(str::trim)
            .find(|l| !l.is_empty() && !l.starts_with('#') && !l.starts_with('%') && *l != "---")
        else {
            return false;
        };
        let structural = first
            .starts_with(['-', '[', '{', '"', '\'', '?', '!', '&', '*', '|', '>'])
            || first.ends_with(':')
            || first.contains(": ");
        !structural
    }

    fn is_keyword(&self, word: &str) -> bool {
        matches!(
            word,
            "true" | "false" | "null" | "yes" | "no" | "on" | "off" | "True" | "False" | "Null"
        )
    }

    /// A block scalar indicator, an anchor or a tag with nothing after
    /// them, or a flow separator.
    fn dangling_end(&self, body: &str) -> Option<String> {
        // A GitHub Actions (or Gitea, Forgejo, Azure) expression cut before
        // any brace closes it. (One `}` short is a typo, not a cut:
        // check-jsonschema's tests hold such a workflow.)
        if let Some(open) = body.rfind("${{") {
            if !body[open..].contains('}') {
                return Some("an expression `${{` that never closes (`}}`)".to_string());
            }
        }
        let last = body.lines().last()?.trim();
        let token = last.rsplit([' ', '\t']).next().unwrap_or(last);
        if matches!(token, "|" | ">" | "|-" | ">-" | "|+" | ">+")
            && last.len() > token.len()
            && !writes_empty_block_scalars(body)
        {
            return Some(format!(
                "the block scalar indicator `{token}` (its text is missing)"
            ));
        }
        if token.len() > 1 && token.starts_with('&') && last.len() > token.len() {
            return Some(format!("the anchor `{token}` (its node is missing)"));
        }
        // (Unless the line before comments on it: ansible-lint's example
        // playbook ends with an empty task on purpose, said so above it.)
        let commented = body
            .lines()
            .rev()
            .nth(1)
            .is_some_and(|l| l.trim_start().starts_with('#'));
        if last == "-" && !commented {
            return Some("a list item `-` with nothing in it".to_string());
        }
        let parent = parent_key(body);
        let named_entry = parent.is_some_and(|p| NAMED_ENTRIES.contains(&p));
        if let Some(key) = empty_key(last).filter(|_| !named_entry) {
            if let Some(p) = parent.filter(|p| OBJECT_ENTRIES.contains(p)) {
                if !last.starts_with("- ") {
                    return Some(format!(
                        "the key `{key}:` with nothing under it, an entry of `{p}:` (each one is an object)"
                    ));
                }
            }
            if NEVER_EMPTY.contains(&key) {
                return Some(format!(
                    "the key `{key}:` with nothing under it (it always holds a block)"
                ));
            }
            if siblings_hold_blocks(body) && !MAY_BE_EMPTY.contains(&key) {
                return Some(format!(
                    "the key `{key}:` with nothing under it, where every key beside it holds a block that must not be empty (`steps:`, `script:`, `image:`, ...)"
                ));
            }
        }
        if let Some(parent) = nameless_step(body) {
            return Some(format!(
                "an item of `{parent}:` that has a `name:` and nothing else ({})",
                if parent.ends_with("ontainers") {
                    "no image"
                } else {
                    "nothing to run"
                }
            ));
        }
        if let Some((_, what)) =
            cut_known_value(last, parent).filter(|(cut, _)| *cut != Cut::NoNewline)
        {
            return Some(what);
        }
        super::ends::structure_cut(body)
    }

    /// Without a final newline: a value cut after an operator (`run: npm
    /// ci &&`), or a key with no value (`with:`; only a warning, a file
    /// may end with an empty value on purpose).
    fn cut_last_line(&self, body: &str) -> Option<(String, bool)> {
        let last = body.lines().last()?.trim();
        if let Some((_, what)) = cut_known_value(last, parent_key(body)) {
            return Some((what, true));
        }
        if let Some(key) = empty_key(last) {
            return Some((format!("the key `{key}:` with no value"), false));
        }
        let value = last
            .strip_prefix("- ")
            .unwrap_or(last)
            .split_once(": ")
            .map_or(last, |(_, v)| v)
            .trim();
        // A GitHub Actions expression left open: `${{ github.sha }`.
        if let Some(open) = value.rfind("${{") {
            if !value[open..].contains("}}") {
                return Some(("an expression `${{` left open".to_string(), true));
            }
        }
        // A shell line or a placeholder cut inside what it opened: `-
        // echo "Deploying to`, `password: ${DB_PASS`. (A quoted scalar
        // left open is the parser's to report.)
        if !value.starts_with(['"', '\'']) {
            if let Some(open) = value.rfind("${") {
                if !value[open..].contains('}') {
                    return Some(("a `${` left open".to_string(), true));
                }
            }
            if let Some(open) = value.rfind("$(") {
                if !value[open..].contains(')') {
                    return Some(("a command substitution `$(` left open".to_string(), true));
                }
            }
            if value.matches('"').count() % 2 == 1 {
                return Some((
                    "a value that stops inside the string `\"` it opened".to_string(),
                    true,
                ));
            }
        }
        if let Some(op) = ["&&", "||", " |", ",", "\\", "("]
            .into_iter()
            .find(|op| value.ends_with(op) && value.len() > op.len())
        {
            return Some((format!("a value that stops after `{}`", op.trim()), true));
        }
        cut_token(body, value).map(|what| (what, true))
    }

    fn ellipsis_comment_elides(&self) -> bool {
        true
    }

    /// `...` at the start of a line ends a YAML document; indented, it is
    /// no YAML anyone writes.
    fn ellipsis_line_elides(&self, text: &str, line: &str) -> bool {
        // (`key: ...` is a string value; `...: ...` is no key anyone means;
        // `- ...` is a list item of three dots.)
        let t = line.trim_start();
        let t = t.strip_prefix("- ").unwrap_or(t);
        if line.starts_with([' ', '\t']) && t.starts_with(['.', '…']) {
            return true;
        }
        // `...` at the margin ends a document; followed by lines indented
        // under the mapping or list above it, it stands for what was left
        // out of that mapping or list instead.
        // (`…` at the margin ends nothing: a scalar where keys are.)
        if line.trim_end() == "\u{2026}" {
            return true;
        }
        let at = (line.as_ptr() as usize).wrapping_sub(text.as_ptr() as usize);
        if line.trim_end() != "..." || at > text.len() {
            return false;
        }
        let indented = |l: &&str| l.starts_with([' ', '\t']);
        let before = text[..at]
            .lines()
            .rev()
            .find(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'));
        let after = text[at + line.len()..]
            .lines()
            .find(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'));
        before.as_ref().is_some_and(indented) && after.as_ref().is_some_and(indented)
    }

    /// `- Fixed a bug.`: plain scalars are text.
    fn plain_text_values(&self) -> bool {
        true
    }

    fn queries(&self) -> &'static [(&'static str, &'static str)] {
        &[(
            "definitions",
            include_str!("../../../grammars/yaml/queries/definitions.scm"),
        )]
    }
}

/// File extensions a name may end with: one cut short of them
/// (`requirements.tx`, `nginx.con`) is no extension, unless it is one of
/// these itself (`.htm`, `.co`).
const EXTENSIONS: &[&str] = &[
    "txt",
    "yaml",
    "yml",
    "json",
    "toml",
    "lock",
    "conf",
    "cfg",
    "ini",
    "html",
    "htm",
    "xml",
    "py",
    "sh",
    "js",
    "mjs",
    "cjs",
    "ts",
    "tsx",
    "jsx",
    "md",
    "csv",
    "sql",
    "log",
    "gz",
    "tgz",
    "zip",
    "tar",
    "jar",
    "war",
    "env",
    "properties",
    "service",
    "pem",
    "crt",
    "key",
    "png",
    "svg",
    "css",
    "scss",
    "go",
    "rs",
    "rb",
    "java",
    "kt",
    "cs",
    "c",
    "h",
    "cpp",
    "hpp",
    "so",
    "io",
    "co",
    "com",
    "net",
    "org",
    "dev",
    "app",
    "ai",
    "d",
    "j2",
    "tpl",
    "tf",
    "exe",
    "whl",
];

/// The last token of a file without a final newline, cut short: it ends in
/// a character no complete token ends with (`$CI_COMMIT_`, `image: app:`,
/// `--cov-report=`, `checkout@`), it is a name whose extension is cut
/// (`requirements.tx`), or it is the start of a token written in full
/// earlier (`actions/checkout@v` after `actions/checkout@v4`).
fn cut_token(body: &str, value: &str) -> Option<String> {
    let token = value
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or(value)
        .trim_start_matches(['"', '\'', '(', '[']);
    if token.is_empty() || value.starts_with(['"', '\'', '#', '&', '*', '!']) {
        return None;
    }
    let ends_open = token.len() > 1
        && token.ends_with(['=', '@', '_', '$', ':', '-'])
        && !token.ends_with("--")
        && !token
            .trim_end_matches(['-', '_', '=', ':', '@', '$'])
            .is_empty()
        && !(token.starts_with('_') && token.ends_with('_'));
    let dotted_cut =
        !value.contains(' ') && token.len() > 1 && token.ends_with('.') && !token.ends_with("..");
    let ext_cut = !token.contains("://") || token.matches('/').count() > 2;
    let ext_cut = ext_cut
        && token.rsplit_once('.').is_some_and(|(stem, ext)| {
            !stem.is_empty()
                && !stem.ends_with('/')
                && !ext.is_empty()
                && ext.chars().all(|c| c.is_ascii_lowercase())
                && !EXTENSIONS.contains(&ext)
                && EXTENSIONS
                    .iter()
                    .any(|e| e.len() > ext.len() && e.starts_with(ext))
        });
    if ends_open || dotted_cut || ext_cut {
        return Some(format!("the value `{token}`, cut short"));
    }
    // The start of a token written in full elsewhere in the file.
    if token.len() >= 4 && token.contains(['/', '.', '-', '@', '=']) {
        let rest = body.strip_suffix(token).unwrap_or(body);
        let tokens =
            || rest.split(|c: char| c.is_whitespace() || matches!(c, '"' | '\'' | ',' | '[' | ']'));
        if !tokens().any(|t| t == token)
            && tokens().any(|t| {
                // (Cut inside a part: `result.data` beside
                // `result.data.Value` is a whole path.)
                t.len() <= token.len() + 8
                    && t.strip_prefix(token)
                        .and_then(|r| r.chars().next())
                        .is_some_and(|c| c.is_ascii_alphanumeric())
            })
        {
            return Some(format!(
                "the value `{token}`, cut short of a name written in full above"
            ));
        }
    }
    None
}

/// Whether `body` holds an empty block scalar before its last line (an
/// indicator followed by a line no deeper than its own): a file that writes
/// `extraContainers: |` with nothing under it on purpose (a chart's
/// `values.yaml` giving templates empty defaults) may end with one too.
fn writes_empty_block_scalars(body: &str) -> bool {
    let lines: Vec<&str> = body.lines().collect();
    let indent = |l: &str| l.len() - l.trim_start().len();
    lines
        .iter()
        .enumerate()
        .take(lines.len().saturating_sub(1))
        .any(|(i, l)| {
            let t = l.trim_end();
            let token = t.rsplit([' ', '\t']).next().unwrap_or(t);
            if !matches!(token, "|" | ">" | "|-" | ">-" | "|+" | ">+")
                || t.trim().len() == token.len()
            {
                return false;
            }
            lines[i + 1..]
                .iter()
                .find(|n| !n.trim().is_empty())
                .is_some_and(|n| indent(n) <= indent(l))
        })
}

/// Keys that hold a block in every file that uses them (workflow steps,
/// Kubernetes specs, compose services): one at the end of a file with
/// nothing under it was cut off. (Keys that may be null on purpose, like
/// `data:`, `tasks:` or `volumes:` entries, are not here: Ansible's own
/// molecule scenarios end with an empty `tasks:`.)
const NEVER_EMPTY: &[&str] = &[
    "steps",
    "jobs",
    "with",
    "env",
    "containers",
    "initContainers",
    "spec",
    "metadata",
    "template",
    "matchLabels",
    "selector",
    "ports",
    "volumeMounts",
    "valueFrom",
    "secretKeyRef",
    "configMapKeyRef",
    "resources",
    "limits",
    "requests",
    "environment",
    "depends_on",
    "healthcheck",
    "script",
    "before_script",
    "after_script",
    "matrix",
    "strategy",
    "hooks",
    "backend",
    "http",
    "paths",
    "services",
    "run",
    "uses",
    "image",
    "nav",
    "responses",
    "properties",
    "schemas",
    // Azure Pipelines task inputs; CloudFormation and SAM.
    "inputs",
    "Resources",
    "Properties",
    "Events",
    // CircleCI
    "workflows",
];

/// Keys that are null on purpose beside keys that hold blocks: GitHub
/// Actions events with no filter (`workflow_dispatch:` after `push:` and
/// its branches).
const MAY_BE_EMPTY: &[&str] = &[
    "workflow_dispatch",
    "workflow_call",
    "push",
    "pull_request",
    "pull_request_target",
    "merge_group",
    "release",
    "create",
    "delete",
    "fork",
    "issues",
    "issue_comment",
    "page_build",
    "public",
    "watch",
    "schedule",
    "workflow_run",
    "deployment",
    "deployment_status",
    "discussion",
    "registry_package",
    "status",
];

/// A line that is a block mapping key with no value (`with:`, `- run:`).
fn empty_key(line: &str) -> Option<&str> {
    let key = line.strip_prefix("- ").unwrap_or(line).strip_suffix(':')?;
    let plain = !key.is_empty()
        && !key.starts_with(['#', '"', '\'', '-', '?', '{', '[', '&', '*', '!', '|', '>'])
        && !key.contains(": ")
        && !key.contains(" #")
        && !key.ends_with(':');
    plain.then_some(key.trim())
}

/// The last content line is a key with no value (not a list item), it has
/// earlier keys at its indentation, and each of them holds a mapping with
/// a key of `NEVER_EMPTY` directly in it (`steps:`, `script:`, `image:`):
/// the siblings are jobs or services, which do nothing when empty, and
/// this one was cut off right after its name. Siblings that hold only
/// optional settings make a null entry valid and common (an Ansible
/// inventory's hosts with host vars and one without, compose volumes or
/// networks with a `driver:` and one with the defaults), and are left
/// alone, as are `db-data:` after `db-data:`-like empty siblings and
/// `bucket:` after `region: x`.
fn siblings_hold_blocks(body: &str) -> bool {
    let content: Vec<&str> = body
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .collect();
    let Some((last, before)) = content.split_last() else {
        return false;
    };
    let indent = |l: &str| l.len() - l.trim_start().len();
    let own = indent(last);
    if last.trim_start().starts_with("- ") {
        return false;
    }
    let mut siblings = 0;
    let mut required_siblings = 0;
    for (i, l) in before.iter().enumerate().rev() {
        let at = indent(l);
        if at < own {
            break;
        }
        if at > own {
            continue;
        }
        let t = l.trim_start();
        if t.starts_with('-') && (t.len() == 1 || t.starts_with("- ")) {
            return false;
        }
        // The sibling is a key with nothing after its `:` on its line.
        let bare = t
            .split_once(" #")
            .map_or(t, |(k, _)| k)
            .trim_end()
            .strip_suffix(':')
            .is_some_and(|k| !k.is_empty() && !k.contains(": "));
        if !bare {
            return false;
        }
        let next = content[i + 1];
        let child = indent(next);
        if child <= own {
            return false;
        }
        let required = content[i + 1..]
            .iter()
            .take_while(|c| indent(c) > own)
            .filter(|c| indent(c) == child)
            .filter_map(|c| c.trim_start().split_once(':'))
            .any(|(k, _)| NEVER_EMPTY.contains(&k.trim()));
        if required {
            required_siblings += 1;
        }
        siblings += 1;
    }
    // Every sibling holds a block; one of them with a key that must not
    // be empty, or two or more (a compose service, a job, cut after its
    // name, beside others written out).
    required_siblings > 0 || siblings >= 2
}

/// Mappings whose keys are names the file chooses and whose entries are
/// never null (an OpenAPI schema, a response, a path; a compose service; a
/// workflow's job): one with nothing under it at the end was cut after its
/// name.
const OBJECT_ENTRIES: &[&str] = &[
    "depends_on",
    "schemas",
    "responses",
    "paths",
    "securitySchemes",
    "requestBodies",
    "services",
    "jobs",
];

/// Mappings whose keys are names the file chooses and whose entries may
/// be empty (`volumes:` / `pgdata:` in compose, inventory groups).
const NAMED_ENTRIES: &[&str] = &[
    "volumes", "networks", "secrets", "configs", "hosts", "children",
];

/// The key the last line of `body` sits under (the nearest line before it
/// with less indentation that is a key with nothing after its `:`).
fn parent_key(body: &str) -> Option<&str> {
    let mut lines = body
        .lines()
        .rev()
        .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'));
    let last = lines.next()?;
    let indent = |l: &str| l.len() - l.trim_start().len();
    let own = indent(last);
    let parent = lines.find(|l| indent(l) < own)?;
    parent
        .trim()
        .strip_prefix("- ")
        .unwrap_or(parent.trim())
        .strip_suffix(':')
}

/// How a last value cut from a known one shows ([`KNOWN_VALUES`]).
#[derive(Clone, Copy, PartialEq)]
enum Cut {
    /// Values the key only takes; a prefix is a cut only without a final
    /// newline (`type: str` is Ansible's, not a cut `string`).
    NoNewline,
    /// Values the key only takes, so distinct that a prefix is a cut even
    /// with a final newline (`runs-on: ubuntu-la`).
    Closed,
    /// Well-known names among others (`image: postgr`): a prefix of three
    /// letters or more is a cut, with a final newline or not.
    Open,
}

/// Values some keys take (`runs-on: ubuntu-latest`, `interval: weekly`,
/// `format: double`, `image: postgres`, a CI file's `stages:`): a last
/// value that is a strict prefix of one of them, and none itself, was cut
/// mid-word.
const KNOWN_VALUES: &[(&str, Cut, &[&str])] = &[
    (
        "runs-on",
        Cut::Closed,
        &[
            "ubuntu-latest",
            "windows-latest",
            "macos-latest",
            "self-hosted",
        ],
    ),
    ("interval", Cut::NoNewline, &["daily", "weekly", "monthly"]),
    (
        "format",
        Cut::NoNewline,
        &[
            "double",
            "float",
            "int32",
            "int64",
            "date",
            "date-time",
            "password",
            "email",
            "uuid",
            "uri",
            "binary",
            "byte",
            "hostname",
            "ipv4",
            "ipv6",
        ],
    ),
    (
        "type",
        Cut::NoNewline,
        &["string", "number", "integer", "boolean", "array", "object"],
    ),
    (
        "restart",
        Cut::NoNewline,
        &["always", "unless-stopped", "on-failure"],
    ),
    (
        "imagePullPolicy",
        Cut::Closed,
        &["Always", "IfNotPresent", "Never"],
    ),
    (
        "condition",
        Cut::Closed,
        &[
            "service_healthy",
            "service_started",
            "service_completed_successfully",
        ],
    ),
    (
        "state",
        Cut::NoNewline,
        &[
            "present",
            "absent",
            "started",
            "stopped",
            "restarted",
            "reloaded",
            "latest",
        ],
    ),
    ("protocol", Cut::NoNewline, &["TCP", "UDP", "SCTP"]),
    (
        "package-ecosystem",
        Cut::Closed,
        &[
            "npm",
            "pip",
            "cargo",
            "github-actions",
            "docker",
            "gomod",
            "maven",
            "gradle",
            "bundler",
            "composer",
            "nuget",
        ],
    ),
    (
        "pathType",
        Cut::Closed,
        &["Prefix", "Exact", "ImplementationSpecific"],
    ),
    (
        "image",
        Cut::Open,
        &[
            "nginx",
            "postgres",
            "redis",
            "mysql",
            "mariadb",
            "mongo",
            "node",
            "python",
            "alpine",
            "ubuntu",
            "debian",
            "busybox",
            "golang",
            "rabbitmq",
            "memcached",
            "httpd",
            "traefik",
            "elasticsearch",
            "registry",
        ],
    ),
    (
        "stages",
        Cut::Open,
        &[
            "build", "test", "deploy", "release", "publish", "package", "cleanup",
        ],
    ),
];

/// The last line `key: val` (or `- val` in a list under `parent:`) where
/// `val` is a strict prefix of a known value of `key`: how such a cut
/// shows, and the words naming the value and the one it was cut from.
fn cut_known_value(last: &str, parent: Option<&str>) -> Option<(Cut, String)> {
    let item = last.strip_prefix("- ");
    let (key, value) = match item.unwrap_or(last).split_once(": ") {
        Some((k, v)) => (k.trim(), v.trim()),
        None => (parent?, item?.trim()),
    };
    let (_, cut, values) = KNOWN_VALUES.iter().find(|(k, _, _)| *k == key)?;
    let min = if *cut == Cut::Open { 3 } else { 1 };
    if value.len() < min || values.contains(&value) {
        return None;
    }
    let full = values
        .iter()
        .find(|v| v.len() > value.len() && v.starts_with(value))?;
    let why = if *cut == Cut::Open {
        format!("a well-known value of `{key}:`")
    } else {
        "the only kind of value its key takes".to_string()
    };
    Some((
        *cut,
        format!("the value `{value}`, the start of `{full}` ({why})"),
    ))
}

/// The last line is a list item `- name: ...` under a key whose items
/// must do something (a workflow's `steps:`, a playbook's `tasks:`): the
/// parent key's name.
fn nameless_step(body: &str) -> Option<&'static str> {
    const RUNNERS: &[&str] = &[
        "steps",
        "tasks",
        "pre_tasks",
        "post_tasks",
        "handlers",
        "block",
        "rescue",
        "always",
        // A Kubernetes container is a name and an image at least.
        "containers",
        "initContainers",
    ];
    let mut lines = body.lines().rev().filter(|l| !l.trim().is_empty());
    let last = lines.next()?;
    let indent = last.len() - last.trim_start().len();
    let rest = last.trim_start().strip_prefix("- name:")?;
    if rest.trim().is_empty() {
        return None;
    }
    for l in lines {
        let t = l.trim_start();
        let i = l.len() - t.len();
        if t.starts_with('#') || i > indent {
            continue;
        }
        if i == indent && t.starts_with("- ") {
            continue;
        }
        let key = t.strip_prefix("- ").unwrap_or(t).strip_suffix(':')?;
        return RUNNERS.iter().find(|r| **r == key).copied();
    }
    None
}

/// The opening quote of the quoted scalar that reaches the end: the last
/// `"` or `'` before `at` that starts a value.
fn open_quote(text: &str, at: usize) -> Option<usize> {
    let before = &text[..at.min(text.len())];
    before.rfind(['"', '\'']).map(|q| {
        // Walk back over complete pairs on the same quote character.
        let c = before.as_bytes()[q];
        let mut candidate = q;
        let mut count = 0;
        for (i, b) in before.bytes().enumerate().rev() {
            if b == c {
                count += 1;
                candidate = i;
                if count % 2 == 1 && (i == 0 || b" \t:-[{,\n".contains(&before.as_bytes()[i - 1])) {
                    break;
                }
            }
        }
        candidate
    })
}

/// The parser's words, and what to do.
fn explain(text: &str, info: &str, span: Span) -> (String, Option<String>, Vec<Label>) {
    let line = crate::lines::line_around(text, span.start);
    let line_text = &text[line.start..line.end];
    let indent_tab = line_text
        .bytes()
        .take_while(|b| *b == b' ' || *b == b'\t')
        .any(|b| b == b'\t');
    if indent_tab || info.contains("tab") {
        return (
            format!("{info} (YAML forbids tabs in indentation)"),
            Some("indent with spaces".to_string()),
            Vec::new(),
        );
    }
    if info.contains("mapping values are not allowed") {
        return (
            format!("{info}: a second `: ` on one line"),
            Some("quote the value if it contains `: `, or put the nested mapping on its own indented lines".to_string()),
            Vec::new(),
        );
    }
    (info.to_string(), None, Vec::new())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn analyze(t: &str) -> Analysis {
        BACKEND.analyze(t, &FileContext::default())
    }

    #[test]
    fn valid_streams() {
        for t in [
            "a: 1\nb:\n  - x\n  - y\n",
            "a:\t1\n",
            "defaults: &d\n  x: 1\nprod:\n  <<: *d\n  y: 2\n",
            "---\na: 1\n...\n---\na: 2\n",
            "run: |\n  echo \"# not a comment\"\n  ...\n",
            "{\"a\": [1, 2, {\"b\": null}]}\n",
            "k: !Ref Other\n\"on\": push\n",
            "a:\n  b: [\n    1\n  ]\n  c: {\n    x: 1\n  }\n",
            "a:\n  c: \"one two\n  three\"\n  d: 'x\n''y'\n  e: \"{{\n}}\"\n",
        ] {
            let a = analyze(t);
            assert!(a.errors.is_empty(), "{t:?}: {:?}", a.errors);
            assert!(a.duplicate_keys.is_empty(), "{t:?}");
        }
    }

    #[test]
    fn cut_at_a_line_end() {
        let cut = |t: &str| BACKEND.dangling_end(t.trim_end());
        for t in [
            "jobs:\n  test:\n    steps:\n",
            "steps:\n  - run: make\n  -\n",
            "jobs:\n  build:\n    runs-on: x\n    steps:\n      - run: make\n  publish:\n",
            "build:\n  stage: build\n  script: make\n# tests\ntest:\n",
            "services:\n  web:\n    image: nginx\n  db:\n    image: postgres\n  cache:\n",
            "jobs:\n  a:\n    steps:\n      - uses: x\n      - name: Test\n",
            "script: |\n  make\nafter: |\n",
            "with:\n  user: ${{ github.actor }}\n  password: ${{ secrets.GITHUB_TO\n",
        ] {
            assert!(cut(t).is_some(), "{t:?}");
        }
        for t in [
            "volumes:\n  db-data:\n  redis-data:\n",
            "jobs:\n  a:\n    steps:\n      - run: make\non:\n  push:\n    branches: [main]\n  workflow_dispatch:\n",
            "region: x\nbucket:\n",
            // A mapping used as a set, whose entries may carry optional
            // settings: an entry with none is null on purpose.
            "all:\n  hosts:\n    a.example:\n      ansible_host: 10.0.0.1\n    b.example:\n",
            "volumes:\n  pg:\n    driver: local\n  cache:\n",
            "networks:\n  front:\n    ipam:\n      config:\n        - subnet: 10.0.0.0/24\n  back:\n",
            "data:\n",
            "roles:\n  - name: acme.web\n",
            "a: 1 # -\n",
            // Empty block scalars written on purpose elsewhere in the file.
            "extraContainers: |\n\nextraVolumes: |\n",
            // An expression over two lines; one a brace short (a typo).
            "run: echo ${{\n  github.sha }}\n",
            "timeout-minutes: ${{ inputs.slow && '60' || '20' }\n",
        ] {
            assert!(cut(t).is_none(), "{t:?}: {:?}", cut(t));
        }
        assert_eq!(BACKEND.cut_last_line("a: 1\nb:").map(|c| c.1), Some(false));
        assert_eq!(
            BACKEND.cut_last_line("run: make &&").map(|c| c.1),
            Some(true)
        );
        assert!(BACKEND.cut_last_line("a: 1\nb: c").is_none());
        assert!(BACKEND.cut_last_line("b: \"x,\"").is_none());
        // Cut mid-token, no final newline.
        let cut = |t: &str| BACKEND.cut_last_line(t).map(|c| c.0);
        for t in [
            "steps:\n  - run: docker build -t $CI_REGISTRY_IMAGE:$CI_COMMIT_",
            "image: nginx:1.",
            "run: pip install -r requirements.tx",
            "- uses: actions/checkout@v4\n- uses: actions/checkout@v",
        ] {
            assert!(cut(t).is_some(), "{t:?}");
        }
        for t in [
            "tags: download_tarball\ntags: download",
            "url: downloads/x\nname: download",
            "a: createOrder\nb: create",
            "x: result.data.Value\ny: result.data",
            "prefix: __init__",
            "path: /etc/nginx/",
            "description: Deploys the service.",
            "host: https://example.co",
            "main: index.js",
            "version: 1.2.3",
            "a: \"Deploying to prod\"",
        ] {
            assert!(cut(t).is_none(), "{t:?}: {:?}", cut(t));
        }
    }

    #[test]
    fn spans_after_a_reread_are_the_texts() {
        // A quoted scalar's continuation line indented no deeper than its
        // key makes the walk read the text again with blanks inserted;
        // what it found after them maps back.
        let t = "a:\n  c: \"one two\n  three\"\nrun: |\n  echo \"ü\"\n  echo \"d\n";
        let a = analyze(t);
        assert!(a.errors.is_empty(), "{:?}", a.errors);
        let o = &a.open_at_eof[0];
        assert_eq!(&t[o.opener.start..o.opener.end], "\"");
        assert_eq!(o.opener.start, t.rfind('"').unwrap());
    }

    #[test]
    fn duplicate_keys() {
        let t = "on: push\nname: ci\n\"on\": pull_request\njobs:\n  a:\n    x: 1\n  b:\n    x: 2\n";
        let a = analyze(t);
        assert_eq!(a.duplicate_keys.len(), 1, "{:?}", a.duplicate_keys);
        assert_eq!(
            &t[a.duplicate_keys[0].first.start..a.duplicate_keys[0].first.end],
            "on"
        );
        // `1` and `"1"` are different keys.
        assert!(analyze("1: a\n\"1\": b\n").duplicate_keys.is_empty());
    }

    #[test]
    fn errors_and_open_ends() {
        let a = analyze("a:\n\tb: 1\n");
        assert_eq!(a.errors.len(), 1);
        assert!(a.errors[0].message.contains("tabs"), "{:?}", a.errors);
        let a = analyze("x: [1, 2,\n  3");
        assert!(a.errors[0].at_eof);
        assert_eq!(a.open_at_eof[0].opener.start, 3);
        let a = analyze("x: \"abc\n");
        assert!(
            a.open_at_eof.iter().any(|o| o.what == "a quoted string"),
            "{:?}",
            a
        );
        // Comments, not inside block scalars.
        let t = "a: 1 # c\nb: |\n  # not\n";
        let a = analyze(t);
        let c: Vec<_> = a
            .regions
            .iter()
            .filter(|r| r.kind == RegionKind::Comment)
            .map(|r| &t[r.span.start..r.span.end])
            .collect();
        assert_eq!(c, ["# c"]);
    }
}
