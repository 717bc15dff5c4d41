//! Markdown's backend. A document is not "invalid"; its fenced code blocks
//! are code. Each block whose info string names a checked language is
//! checked by that language's backend, its errors mapped to the document's
//! lines and named by the block. Blocks that are deliberately partial are
//! not judged (the policy is [`judged`]). A fence still open at the end of
//! the document is `truncated`.

use std::time::Duration;

use crate::analysis::{Analysis, DuplicateKey, OpenAtEof, Region, RegionKind, SyntaxError};
use crate::diagnostic::{Label, Span};
use crate::lang::{Backend, FileContext};
use crate::language::Language;

/// The Markdown backend.
pub struct Markdown;

pub static BACKEND: Markdown = Markdown;

/// A fenced code block.
struct Block {
    /// The opening fence line.
    open: Span,
    /// The first word of the info string, lower case.
    info: String,
    /// The block's lines with the fence's indentation removed, joined.
    code: String,
    /// For each line of `code`: its start in `code` and in the document.
    lines: Vec<(usize, usize)>,
    /// The closing fence line, if any.
    close: Option<Span>,
    /// Inside a block quote or another container that prefixes lines.
    quoted: bool,
}

impl Block {
    /// A byte offset in `code` as an offset in the document.
    fn outer(&self, at: usize) -> usize {
        let i = self.lines.partition_point(|&(inner, _)| inner <= at);
        if i == 0 {
            return self.lines.first().map_or(self.open.end, |l| l.1);
        }
        let (inner, outer) = self.lines[i - 1];
        outer + (at - inner)
    }

    fn span(&self, s: Span) -> Span {
        Span::new(self.outer(s.start), self.outer(s.end.max(s.start)))
    }
}

/// The language a block's info string names, when gencheck checks it.
/// `json` blocks are read as JSONC: documentation annotates JSON with
/// comments. Console sessions (`console`, `shell-session`, `pycon`) and
/// dialects with commands of their own (`psql`) are not code to judge.
fn block_language(info: &str) -> Option<Language> {
    Some(match info {
        "python" | "py" | "python3" | "py3" => Language::Python,
        "sql" | "postgresql" | "postgres" | "pgsql" | "sqlite" | "mysql" => Language::Sql,
        "json" | "jsonc" => Language::Jsonc,
        "json5" => Language::Json5,
        "js" | "javascript" | "jsx" | "mjs" | "cjs" | "node" => Language::JavaScript,
        "ts" | "typescript" | "mts" | "cts" => Language::TypeScript,
        "tsx" => Language::Tsx,
        "yaml" | "yml" => Language::Yaml,
        "toml" => Language::Toml,
        "sh" | "bash" | "shell" | "zsh" | "ksh" => Language::Shell,
        "css" => Language::Css,
        _ => return None,
    })
}

/// Whether a block is judged. Not judged: snippets that say they are
/// partial (a line that is only `...` or `…`, or an elision comment such
/// as `# ...` or `// ...`), interactive sessions (`$ ` or `>>> ` prompts),
/// shell with `<placeholder>` words for the reader to fill in, and YAML with
/// template syntax (`{{ }}`, `{% %}`).
fn judged(lang: Language, code: &str) -> bool {
    for line in code.lines() {
        let t = line.trim();
        if t == "..." || t == "\u{2026}" {
            return false;
        }
        for c in ["#", "//", "--", "/*"] {
            if let Some(rest) = t.strip_prefix(c) {
                let rest = rest.trim_start();
                if rest.starts_with("...") || rest.starts_with('\u{2026}') {
                    return false;
                }
            }
        }
        if t.ends_with("...") && t.contains("# ") || t.contains("// ...") {
            return false;
        }
        match lang {
            Language::Shell => {
                if t.starts_with("$ ") || t.starts_with("% ") || t == "$" {
                    return false;
                }
                if has_angle_placeholder(t) {
                    return false;
                }
            }
            Language::Python if t.starts_with(">>>") || t.starts_with("In [") => {
                return false;
            }
            Language::Yaml if t.contains("{{") || t.contains("{%") => {
                return false;
            }
            _ => {}
        }
    }
    true
}

/// `<your-token>`, `<path to file>`: a word in angle brackets (not `<<`,
/// `<(`, `< file`).
fn has_angle_placeholder(line: &str) -> bool {
    let b = line.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'<' && b.get(i + 1).is_some_and(|c| c.is_ascii_alphabetic()) {
            if let Some(len) = line[i + 1..].find('>') {
                let inner = &line[i + 1..i + 1 + len];
                if inner
                    .bytes()
                    .all(|c| c.is_ascii_alphanumeric() || b"_- .:/".contains(&c))
                {
                    return true;
                }
            }
        }
        i += 1;
    }
    false
}

/// The first word of an info string, lower case (`{.python}`, `js,ts`).
fn info_word(info: &str) -> String {
    info.trim()
        .trim_start_matches(['{', '.'])
        .split(|c: char| c.is_whitespace() || c == ',' || c == '}' || c == '{')
        .next()
        .unwrap_or("")
        .to_ascii_lowercase()
}

/// The fenced code blocks by CommonMark's fence rules alone, line by line,
/// for a document tree-sitter-md could not parse in its time (megabytes of
/// chat history): fences indented by at most three spaces, closed by a run
/// of the same character at least as long. Blocks in list items and block
/// quotes are missed; none is ever invented.
fn blocks_by_lines(text: &str) -> Vec<Block> {
    struct Open {
        span: Span,
        fence: u8,
        run: usize,
        indent: usize,
        info: String,
        code: String,
        lines: Vec<(usize, usize)>,
    }
    let mut out = Vec::new();
    let mut open: Option<Open> = None;
    for line in crate::lines::lines(text) {
        let t = line.text;
        let indent = t.len() - t.trim_start_matches(' ').len();
        let rest = &t[indent..];
        let fence = rest.bytes().next().filter(|b| matches!(b, b'`' | b'~'));
        let run = fence.map_or(0, |c| rest.len() - rest.trim_start_matches(c as char).len());
        match open.as_mut() {
            None => {
                let info = &rest[run..];
                if indent <= 3 && run >= 3 && !(fence == Some(b'`') && info.contains('`')) {
                    open = Some(Open {
                        span: line.span,
                        fence: fence.unwrap_or(b'`'),
                        run,
                        indent,
                        info: info_word(info),
                        code: String::new(),
                        lines: Vec::new(),
                    });
                }
            }
            Some(o) => {
                if indent <= 3
                    && fence == Some(o.fence)
                    && run >= o.run
                    && rest[run..].trim().is_empty()
                {
                    if let Some(o) = open.take() {
                        out.push(Block {
                            open: o.span,
                            info: o.info,
                            code: o.code,
                            lines: o.lines,
                            close: Some(line.span),
                            quoted: false,
                        });
                    }
                } else {
                    let strip = t.bytes().take(o.indent).take_while(|&b| b == b' ').count();
                    o.lines.push((o.code.len(), line.span.start + strip));
                    o.code.push_str(&t[strip..]);
                    o.code.push('\n');
                }
            }
        }
    }
    if let Some(o) = open {
        out.push(Block {
            open: o.span,
            info: o.info,
            code: o.code,
            lines: o.lines,
            close: None,
            quoted: false,
        });
    }
    out
}

/// The fenced code blocks of `text`, from tree-sitter-md's block grammar
/// (by the fences alone when it cannot parse the document in time).
fn blocks(text: &str) -> Vec<Block> {
    let Ok(tree) = crate::parse::parse(Language::Markdown, text, Duration::from_millis(500)) else {
        return blocks_by_lines(text);
    };
    let mut out = Vec::new();
    let mut stack = vec![tree.root_node()];
    let mut cursor = tree.walk();
    while let Some(node) = stack.pop() {
        if node.kind() != "fenced_code_block" {
            for child in node.children(&mut cursor) {
                stack.push(child);
            }
            continue;
        }
        let mut delimiters = Vec::new();
        let mut content = None;
        let mut info = String::new();
        let mut quoted = false;
        for child in node.children(&mut cursor) {
            match child.kind() {
                "fenced_code_block_delimiter" => delimiters.push(child),
                "code_fence_content" => {
                    content = Some(child);
                    let mut c = child.walk();
                    quoted |= child.children(&mut c).any(|g| {
                        g.kind() == "block_continuation" && text[g.byte_range()].contains('>')
                    });
                }
                "info_string" => info = info_word(&text[child.byte_range()]),
                _ => {}
            }
        }
        let Some(first) = delimiters.first() else {
            continue;
        };
        let open = crate::lines::line_around(text, first.start_byte());
        let indent = first.start_byte() - open.start;
        let close = delimiters
            .get(1)
            .map(|d| crate::lines::line_around(text, d.start_byte()));
        let mut code = String::new();
        let mut lines = Vec::new();
        if let Some(content) = content {
            let body_start = crate::lines::line_around(text, content.start_byte()).start;
            let body_end = close.map_or(text.len(), |c| c.start);
            for line in text[body_start..body_end.max(body_start)].split_inclusive('\n') {
                let outer =
                    body_start + line.as_ptr() as usize - text[body_start..].as_ptr() as usize;
                let strip = line.bytes().take(indent).take_while(|&b| b == b' ').count();
                lines.push((code.len(), outer + strip));
                code.push_str(&line[strip..]);
            }
        }
        out.push(Block {
            open,
            info,
            code,
            lines,
            close,
            quoted,
        });
    }
    out.sort_by_key(|b| b.open.start);
    out
}

impl Backend for Markdown {
    fn analyze(&self, text: &str, _ctx: &FileContext<'_>) -> Analysis {
        let mut analysis = Analysis::default();
        let blocks = blocks(text);
        for block in &blocks {
            // The fences are Markdown's own, never a `markdown-fence`.
            for fence in std::iter::once(block.open).chain(block.close) {
                analysis.regions.push(Region {
                    span: fence,
                    kind: RegionKind::Comment,
                });
            }
            if block.close.is_none() {
                let (line, _) = line_col(text, block.open.start);
                analysis.errors.push(SyntaxError {
                    span: Span::new(text.trim_end().len(), text.trim_end().len()),
                    message: format!("the code block opened at line {line} is never closed"),
                    labels: Vec::new(),
                    help: None,
                    at_eof: true,
                });
                analysis.open_at_eof.push(OpenAtEof {
                    opener: Span::new(block.open.start, block.open.end),
                    what: format!("the code block ```{}", block.info),
                });
                let body = text.trim_end();
                // The start of the last char (a multi-byte one ends the body too).
                let last_char = body.char_indices().next_back().map_or(0, |(i, _)| i);
                let last = crate::lines::line_around(text, last_char);
                analysis.rejected.push(last);
                // Only the closing fence is missing (its code is whole, the
                // file ends with a newline): a warning, as an author who
                // forgot the fence leaves it. Code cut short is an error.
                let complete = match block_language(&block.info).and_then(|l| l.backend()) {
                    Some(b) => b
                        .analyze(&block.code, &FileContext::default())
                        .errors
                        .is_empty(),
                    None => true,
                };
                if complete && text.ends_with('\n') {
                    analysis
                        .advisory
                        .push(Span::new(last.start, text.len() + 1));
                }
                continue;
            }
            // Everything inside a closed block is shown, not run: conflict
            // markers there are an example (a tool's SEARCH/REPLACE edit, a
            // guide to resolving conflicts), reported as warnings.
            if let Some(close) = block.close {
                let code_start = block.lines.first().map_or(block.open.end, |l| l.1);
                analysis.advisory.push(Span::new(code_start, close.start));
            }
            let Some(lang) = block_language(&block.info) else {
                continue;
            };
            if block.quoted || block.code.trim().is_empty() || !judged(lang, &block.code) {
                continue;
            }
            let Some(backend) = lang.backend() else {
                continue;
            };
            let inner = backend.analyze(
                &block.code,
                &FileContext {
                    path: "",
                    dialect: None,
                    dir: None,
                    definitions: None,
                },
            );
            // A block that ends before its code does (a signature without
            // a body, an opening brace) is a fragment on purpose: its fence
            // is closed.
            if inner.errors.iter().any(|e| e.at_eof) {
                continue;
            }
            let (line, _) = line_col(text, block.open.start);
            let name = format!("```{} block at line {line}", block.info);
            for e in inner.errors.iter().take(1) {
                let span = block.span(e.span);
                analysis.errors.push(SyntaxError {
                    span,
                    message: format!("in the {name}: {}", e.message),
                    labels: e
                        .labels
                        .iter()
                        .map(|l| Label {
                            span: block.span(l.span),
                            message: l.message.clone(),
                        })
                        .collect(),
                    help: e.help.clone(),
                    at_eof: false,
                });
                analysis
                    .rejected
                    .push(crate::lines::line_around(text, span.start));
            }
            for d in inner.duplicate_keys {
                analysis.duplicate_keys.push(DuplicateKey {
                    span: block.span(d.span),
                    first: block.span(d.first),
                    ..d
                });
            }
        }
        // Conflict markers are text to Markdown: their lines are for
        // `merge-conflict` to judge.
        let mut in_block = blocks
            .iter()
            .map(|b| (b.open.start, b.close.map_or(text.len(), |c| c.end)));
        let mut current = in_block.next();
        for line in crate::lines::lines(text) {
            while current.is_some_and(|(_, end)| end <= line.span.start) {
                current = in_block.next();
            }
            if current.is_some_and(|(start, end)| start <= line.span.start && line.span.start < end)
            {
                continue;
            }
            if crate::rules::merge_conflict::is_marker_line(line.text) {
                analysis.rejected.push(line.span);
            }
        }
        analysis.regions.sort_by_key(|r| r.span.start);
        analysis.rejected.sort_by_key(|r| r.start);
        analysis.rejected.dedup_by_key(|r| r.start);
        analysis
    }

    /// Any text is Markdown.
    fn rejection(&self, _text: &str) -> (f32, String) {
        (0.0, "any text is Markdown".to_string())
    }

    fn quick_tell(&self, _text: &str) -> bool {
        false
    }

    /// A document holds every language, fences and prose.
    fn prose_document(&self) -> bool {
        true
    }

    fn plain_text_values(&self) -> bool {
        true
    }

    fn is_keyword(&self, _word: &str) -> bool {
        false
    }

    fn dangling_end(&self, _body: &str) -> Option<String> {
        None
    }

    fn queries(&self) -> &'static [(&'static str, &'static str)] {
        &[(
            "definitions",
            include_str!("../../../grammars/markdown/queries/definitions.scm"),
        )]
    }
}

/// 1-based line and column of `at`.
fn line_col(text: &str, at: usize) -> (usize, usize) {
    let before = &text[..at.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let col = before.len() - before.rfind('\n').map_or(0, |i| i + 1) + 1;
    (line, col)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn analyze(t: &str) -> Analysis {
        BACKEND.analyze(t, &FileContext::default())
    }

    #[test]
    fn fences_alone_find_the_blocks_tree_sitter_finds() {
        for path in [
            "fixtures/clean/markdown/PROJECT.md",
            "fixtures/syntax-error/markdown/GUIDE.md",
            "fixtures/truncated/markdown/API.md",
        ] {
            let text = std::fs::read_to_string(path).unwrap();
            let by_tree = blocks(&text);
            let by_lines = blocks_by_lines(&text);
            let view = |b: &[Block]| -> Vec<(Span, String, String, Option<Span>)> {
                b.iter()
                    .filter(|b| !b.quoted)
                    .map(|b| (b.open, b.info.clone(), b.code.clone(), b.close))
                    .collect()
            };
            assert!(!by_tree.is_empty(), "{path}");
            assert_eq!(view(&by_tree), view(&by_lines), "{path}");
        }
    }

    #[test]
    fn blocks_are_checked_as_their_language() {
        let t = "# Title\n\nSome prose.\n\n```python\ndef f(:\n    pass\n```\n\n```json\n{\"a\": 1, // ok\n}\n```\n";
        let a = analyze(t);
        assert_eq!(a.errors.len(), 1, "{:?}", a.errors);
        assert!(a.errors[0]
            .message
            .starts_with("in the ```python block at line 5:"));
        // Mapped into the document: the `def f(:` line.
        let at = a.errors[0].span.start;
        assert_eq!(line_col(t, at).0, 6);
        assert!(t[at..].starts_with(['(', ':']), "{:?}", &t[at..]);
    }

    #[test]
    fn partial_blocks_and_lists() {
        let t = "1. Run:\n\n   ```bash\n   export TOKEN=<your-token>\n   ```\n\n```python\nclass A:\n    ...\n\n...\n```\n\n- item\n\n  ```yaml\n  a: b: c\n  d: 1\n  ```\n\n```python\ndef f(\n    x: int,\n```\n";
        let a = analyze(t);
        assert_eq!(a.errors.len(), 1, "{:?}", a.errors);
        assert!(a.errors[0].message.contains("yaml block at line 16"));
    }

    #[test]
    fn unclosed_fence_at_the_end() {
        let a = analyze("Intro\n\n```ts\nconst a = 1;\n");
        assert!(a.errors[0].at_eof);
        assert_eq!(a.open_at_eof[0].opener.start, 7);
    }
}
