//! The strict Python verdict: ruff's parser (error-recovering, so every
//! syntax error in the file is reported, not only the first), with messages
//! that name the bracket left open and where it was opened.

use ruff_python_ast::PySourceType;
use ruff_python_parser::parse_unchecked_source;

use crate::analysis::{Analysis, OpenAtEof, SyntaxError};
use crate::diagnostic::{Label, LineIndex, Span};

mod backend;
mod brackets;
mod errors;
mod limits;
mod regions;
mod semantic;
pub use backend::{tells, BACKEND};

use brackets::BracketScan;
use errors::{closer_for, collect_errors, python2_hint};
use limits::{
    bracket_depth_bound, cpython_nesting_limit, may_indent_too_deep, next_statement_after,
    too_deep_to_parse, CPYTHON_MAX_BRACKETS, PARSE_MAX_BRACKETS,
};
use regions::regions;

/// One syntax error, spans relative to the parsed text.
#[derive(Debug, Clone)]
pub struct PySyntaxError {
    pub span: Span,
    pub message: String,
    /// The bracket that is still open where the error occurs, if any.
    pub open_bracket: Option<(Span, char)>,
    /// Further errors on the same line, folded into this one.
    pub more: usize,
    /// The string literal is never closed.
    pub unclosed_string: bool,
}

/// Every syntax error in `text`; empty when the file is valid.
pub fn syntax_errors(text: &str, is_stub: bool) -> Vec<PySyntaxError> {
    let source_type = if is_stub {
        PySourceType::Stub
    } else {
        PySourceType::Python
    };
    let parsed = parse_unchecked_source(text, source_type);
    collect_errors(text, &parsed)
}

/// Top-level functions and classes, and the methods of top-level classes,
/// from ruff's parse: what `grammars/python/queries/definitions.scm` finds
/// (a decorated definition starts at its first decorator), without a
/// tree-sitter parse. `None` for text nested too deep to parse safely (the
/// query, under its time budget, reads that).
pub fn definitions(text: &str) -> Option<Vec<crate::rules::definitions_removed::Definition>> {
    let (bound, _) = bracket_depth_bound(text.as_bytes(), CPYTHON_MAX_BRACKETS);
    if bound > PARSE_MAX_BRACKETS {
        return None;
    }
    let parsed = parse_unchecked_source(text, PySourceType::Python);
    Some(definitions_of(text, parsed.syntax()))
}

/// [`definitions`] of a module already parsed (as Python, not a stub).
fn definitions_of(
    text: &str,
    module: &ruff_python_ast::ModModule,
) -> Vec<crate::rules::definitions_removed::Definition> {
    use crate::rules::definitions_removed::Definition;
    use ruff_python_ast::Stmt;
    use ruff_text_size::Ranged;
    let index = LineIndex::new(text);
    let mut out = Vec::new();
    let mut add = |kind: &str, name: &str, qualified: String, range: ruff_text_size::TextRange| {
        let (start, end) = (range.start().to_usize(), range.end().to_usize());
        // A name the parser made up while recovering from an error.
        if name.is_empty() || text.get(start..end).is_none_or(|t| t.trim().is_empty()) {
            return;
        }
        out.push(Definition {
            kind: kind.to_string(),
            name: qualified,
            line: index.position(text, start).line,
            span: start..end,
            short: name.to_string(),
        });
    };
    for stmt in &module.body {
        match stmt {
            Stmt::FunctionDef(f) => add("function", f.name.as_str(), f.name.to_string(), f.range()),
            Stmt::ClassDef(c) => {
                add("class", c.name.as_str(), c.name.to_string(), c.range());
                for inner in &c.body {
                    if let Stmt::FunctionDef(m) = inner {
                        add(
                            "method",
                            m.name.as_str(),
                            format!("{}.{}", c.name.as_str(), m.name.as_str()),
                            m.range(),
                        );
                    }
                }
            }
            _ => {}
        }
    }
    out
}

/// Parse `text` once and tell the rules what they need: syntax errors,
/// strings and comments, and what is left open at the end of the file.
/// `definitions`, when given, receives the file's [`definitions`] from the
/// same parse (a file with a previous version to compare with: the rule
/// then parses only that version).
pub fn analyze(
    text: &str,
    is_stub: bool,
    definitions: Option<&std::cell::OnceCell<Vec<crate::rules::definitions_removed::Definition>>>,
) -> Analysis {
    let (bound, first_over) = bracket_depth_bound(text.as_bytes(), CPYTHON_MAX_BRACKETS);
    if bound > PARSE_MAX_BRACKETS {
        if let Some(too_deep) = too_deep_to_parse(text, first_over) {
            return too_deep;
        }
    }
    let source_type = if is_stub {
        PySourceType::Stub
    } else {
        PySourceType::Python
    };
    let parsed = parse_unchecked_source(text, source_type);
    if let (Some(cell), false) = (definitions, is_stub) {
        let _ = cell.set(definitions_of(text, parsed.syntax()));
    }
    let mut analysis = Analysis {
        regions: regions(text, parsed.tokens()),
        ..Analysis::default()
    };
    // The exact count over the tokens, only where a limit may be reached.
    let may_nest_too_deep = bound > CPYTHON_MAX_BRACKETS || may_indent_too_deep(text.as_bytes());
    if let Some(e) = may_nest_too_deep
        .then(|| cpython_nesting_limit(text, parsed.tokens()))
        .flatten()
    {
        let index = LineIndex::new(text);
        let (ls, le) = index.line_range(text, index.line_of(e.span.start));
        analysis.rejected.push(Span::new(ls, le));
        analysis.errors.push(e);
    }
    if parsed.errors().is_empty() {
        if analysis.errors.is_empty() {
            add_semantic_errors(text, parsed.syntax(), &mut analysis);
        }
        return analysis;
    }
    let end = text.trim_end().len();
    let index = LineIndex::new(text);
    let brackets = BracketScan::new(text, parsed.tokens());
    // A bracket open until the end of the file is a cut-off end, unless
    // the code goes on after it at the opener's own indentation: then the
    // bracket was simply never closed, in the middle of the file.
    let mut closed_late: Vec<(Span, char, usize)> = Vec::new();
    for (open, c, until) in &brackets.unclosed {
        if *until >= end {
            match next_statement_after(text, &index, *open) {
                Some(at) => closed_late.push((*open, *c, at)),
                None => analysis.open_at_eof.push(OpenAtEof {
                    opener: *open,
                    what: format!("`{c}`"),
                }),
            }
        }
    }
    for mut e in collect_errors(text, &parsed) {
        if let Some((open, c, at)) = e
            .open_bracket
            .and_then(|(o, _)| closed_late.iter().find(|(x, _, _)| *x == o).copied())
        {
            let p = index.position(text, open.start);
            let word: String = text[at..]
                .chars()
                .take_while(|ch| ch.is_alphanumeric() || *ch == '_')
                .collect();
            let found = if word.is_empty() {
                text[at..]
                    .chars()
                    .next()
                    .map(|ch| ch.to_string())
                    .unwrap_or_default()
            } else {
                word
            };
            e.span = Span::new(at, at + found.len().max(1)).clamp_to(text);
            e.message = format!(
                "expected `{}` to close `{c}` opened at {}:{}, found `{found}` on the next statement",
                closer_for(c),
                p.line,
                p.column
            );
        }
        let line = index.line_of(e.span.start);
        let (ls, le) = index.line_range(text, line);
        analysis.rejected.push(Span::new(ls, le));
        let reaches_eof = e.span.end >= end;
        if e.unclosed_string && reaches_eof {
            analysis.open_at_eof.push(OpenAtEof {
                opener: Span::new(e.span.start, (e.span.start + 3).min(e.span.end)),
                what: "a string".to_string(),
            });
        }
        // "expected dedent, found end of file" follows an indentation error
        // in the middle; it is not a cut-off end.
        let at_eof = (e.span.start >= end && !e.message.contains("dedent"))
            || (e.unclosed_string && reaches_eof)
            || e.open_bracket
                .is_some_and(|(o, _)| analysis.open_at_eof.iter().any(|a| a.opener == o));
        let mut labels = Vec::new();
        if let Some((open, c)) = e.open_bracket {
            labels.push(Label {
                span: open,
                message: format!("`{c}` opened here"),
            });
        }
        analysis.errors.push(SyntaxError {
            span: e.span,
            help: python2_hint(text, e.span).map(str::to_string),
            message: e.message,
            labels,
            at_eof,
        });
    }
    analysis
}

/// What CPython's compiler rejects in a file that parses: `return` outside
/// a function, a repeated keyword argument, ... (see [`semantic`]).
fn add_semantic_errors(text: &str, module: &ruff_python_ast::ModModule, analysis: &mut Analysis) {
    let mut errors = semantic::semantic_errors(text, module);
    if errors.is_empty() {
        return;
    }
    // A percent-format notebook (`# %%` cells: Jupytext, VS Code, Spyder)
    // runs in a kernel, where `await` at top level is valid.
    if is_percent_notebook(text) {
        errors.retain(|e| e.message != TOP_LEVEL_AWAIT);
        if errors.is_empty() {
            return;
        }
    }
    let index = LineIndex::new(text);
    for e in errors {
        let (ls, le) = index.line_range(text, index.line_of(e.span.start));
        analysis.rejected.push(Span::new(ls, le));
        analysis.errors.push(SyntaxError {
            span: e.span,
            message: e.message,
            labels: Vec::new(),
            help: e.help,
            at_eof: false,
        });
    }
}

/// The message of `await` at module level (`semantic.rs`).
const TOP_LEVEL_AWAIT: &str = "`await` outside function";

/// Whether `text` is a notebook saved in the percent format: a line that
/// opens a cell, `# %%`.
fn is_percent_notebook(text: &str) -> bool {
    text.lines().any(|l| l.starts_with("# %%"))
}

#[cfg(test)]
mod tests {

    #[test]
    fn top_level_await_is_valid_in_a_percent_notebook_only() {
        let script = "import asyncio\nawait asyncio.sleep(0)\n";
        assert_eq!(analyze(script, false, None).errors.len(), 1);
        let cells = "# %%\nimport asyncio\n\n# %%\nawait asyncio.sleep(0)\n";
        assert!(analyze(cells, false, None).errors.is_empty());
        // Only top-level `await`: the rest still counts.
        let bad = "# %%\ndef f():\n    await g()\n";
        assert_eq!(analyze(bad, false, None).errors.len(), 1);
    }

    #[test]
    fn bracket_bound_skips_strings_and_comments_and_overestimates_fstrings() {
        assert_eq!(bracket_depth_bound(b"x = ((1))\n", 1).0, 2);
        assert_eq!(bracket_depth_bound(b"x = '(((' + \"[[\" # {{{\n", 1).0, 0);
        assert_eq!(bracket_depth_bound(b"x = '''((\n(('''\n", 1).0, 0);
        assert_eq!(bracket_depth_bound(b"x = '\\'((('\n", 1).0, 0);
        // f-string fields nest: counted (literal braces too: a bound).
        assert_eq!(bracket_depth_bound(b"x = f'{(1)}'\n", 1).0, 2);
        assert_eq!(bracket_depth_bound(b"x = (f'}}}}' + (1))\n", 5).0, 2);
        let (deep, at) = bracket_depth_bound(b"x = (((1)))", 2);
        assert_eq!((deep, at), (3, Some(6)));
    }

    #[test]
    fn analyze_leaves_the_same_definitions_as_a_parse_of_its_own() {
        let texts = [
            include_str!("../../../fixtures/clean/python/inventory/models.py"),
            "class A:\n    def m(self):\n        pass\n\n@dec\ndef f(x):\n    return (x\n",
            "",
        ];
        for text in texts {
            let cell = std::cell::OnceCell::new();
            analyze(text, false, Some(&cell));
            assert_eq!(cell.get(), definitions(text).as_ref(), "{text}");
        }
        // A stub is parsed as one; its definitions are left to the rule.
        let cell = std::cell::OnceCell::new();
        analyze("def f(): ...\n", true, Some(&cell));
        assert!(cell.get().is_none());
    }

    #[test]
    fn a_million_nested_brackets_are_not_parsed() {
        let depth = 1_000_000;
        let src = format!("x = {}1{}\n", "(".repeat(depth), ")".repeat(depth));
        let a = analyze(&src, false, None);
        assert_eq!(a.errors.len(), 1);
        assert!(
            a.errors[0].message.contains("nest 1000000 deep"),
            "{}",
            a.errors[0].message
        );
        // The 201st bracket, as CPython says (column 205 is offset 204).
        assert_eq!(a.errors[0].span.start, 204);
        // Deep, but under the parse limit: parsed, with the exact position.
        let src = format!("x = {}1{}\n", "[".repeat(500), "]".repeat(500));
        let a = analyze(&src, false, None);
        assert_eq!(a.errors.len(), 1);
        assert!(a.errors[0].message.contains("opens level 201"));
    }
    use super::*;

    #[test]
    fn valid_code_has_no_errors() {
        let src =
            "def f(x):\n    match x:\n        case [a, *_]:\n            return f'{a!r:>10}'\n";
        assert!(syntax_errors(src, false).is_empty());
    }

    #[test]
    fn unclosed_paren_names_the_opener() {
        let src = "x = 1\ny = foo(1,\n     2\nz = 3\n";
        let errs = syntax_errors(src, false);
        assert!(!errs.is_empty());
        assert!(
            errs[0].message.contains("`(` opened at 2:8"),
            "{}",
            errs[0].message
        );
    }

    #[test]
    fn every_error_is_reported() {
        let src = "def f(:\n    pass\n\nx = = 1\n\ndef g():\n    return 1\n\nclass C\n    pass\n";
        let errs = syntax_errors(src, false);
        let lines: Vec<_> = errs
            .iter()
            .map(|e| LineIndex::new(src).position(src, e.span.start).line)
            .collect();
        assert!(
            lines.contains(&1) && lines.contains(&4) && lines.contains(&9),
            "{lines:?}"
        );
    }
}
