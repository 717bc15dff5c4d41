//! JavaScript and TypeScript's backend: the verdict is oxc's parser (the
//! parser behind oxlint and Rolldown, tested against test262, Babel's and
//! TypeScript's suites); this file says what the rules and the classifier
//! need from it.
//!
//! **Source type.** From the file name: `.mjs`/`.mts` are modules,
//! `.cjs`/`.cts` CommonJS (a top-level `return` is allowed), `.jsx`/`.tsx`
//! have JSX, `.d.ts` (and `.d.mts`, ...) are declarations. A `.js` or `.ts`
//! file is tried as what it looks like (a module if it has `import` or
//! `export`, else a script), then as CommonJS, then as a module: valid code
//! in any of them is valid. But a `.js` or `.jsx` file on disk whose
//! nearest `package.json` says `"type": "module"` (`package.rs`) is a
//! module only, as Node and every bundler load it: a `with` statement, a
//! legacy octal literal, an HTML comment or a top-level `return` there is a
//! syntax error that names the `package.json`. (`"type": "commonjs"`, or
//! none, still accepts a module: bundlers read ESM in `.js` regardless.)
//! Files read from git objects or standard input have no directory, and
//! are tried as all three. JavaScript files other than `.mjs`/`.cjs` may
//! hold JSX (React code in `.js` files is common, and JSX only adds to
//! JavaScript).
//!
//! **What else.** Strings, template literals, regular expressions, JSX text
//! and comments come from oxc's tokens when the parse reaches the end, and
//! from tree-sitter's tolerant parse when it stops early. What is open at
//! the end is the bracket stack of the tokens, and the unterminated string,
//! template or comment oxc names. oxc stops at its first unrecoverable
//! error; the lines after it that it would reject too are found by hiding
//! the rejected line and parsing again (a few rounds), for the rules that
//! ask which lines the parser rejects (`llm-chatter`).

use oxc_allocator::Allocator;
use oxc_diagnostics::OxcDiagnostic;
use oxc_parser::config::{NoTokensParserConfig, TokensParserConfig};
use oxc_parser::{Kind, ParseOptions, Parser};
use oxc_span::SourceType;

use crate::analysis::{Analysis, OpenAtEof, Region, RegionKind, SyntaxError};
use crate::diagnostic::{Label, Span};
use crate::lang::{Backend, Claim, FileContext};
use crate::language::Language;
use crate::lines::{line_around, mask};

/// Which of the three grammars.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flavor {
    JavaScript,
    TypeScript,
    /// TypeScript with JSX (`.tsx`).
    Tsx,
}

/// The backend of JavaScript, TypeScript or TSX.
pub struct Ecma {
    flavor: Flavor,
}

pub static JAVASCRIPT: Ecma = Ecma {
    flavor: Flavor::JavaScript,
};
pub static TYPESCRIPT: Ecma = Ecma {
    flavor: Flavor::TypeScript,
};
pub static TSX: Ecma = Ecma {
    flavor: Flavor::Tsx,
};

/// Rounds of "hide the rejected line and parse again" after a parse that
/// stopped early: at most this many, and at most [`MORE_ERROR_BYTES`]
/// parsed in all (a prose document needs most of its lines found).
/// Where a Flow file's `@flow` pragma is looked for: its header comment.
const FLOW_PRAGMA_BYTES: usize = 2048;

const MORE_ERROR_ROUNDS: usize = 64;
const MORE_ERROR_BYTES: usize = 4 << 20;

/// Bracket nesting past which a file is not given to the parser (it
/// recurses per level); V8 and TypeScript give up long before real code
/// gets there.
const PARSE_MAX_NESTING: usize = 1000;

/// Files up to this size are parsed without the nesting scan.
const NESTING_SCAN_BYTES: usize = 64 << 10;

/// Lines longer than this (minified code, data) are not read for tells by
/// the claims: each tell is a substring search of the line.
const TELL_LINE_BYTES: usize = 4096;

/// oxc's message for a file with a `@flow` pragma.
const FLOW: &str = "Flow is not supported";

/// Reserved words that may end a file (`return`, `null`): a last word that
/// is one of them is not cut from a longer name.
const KEYWORDS: &[&str] = &[
    "break",
    "continue",
    "debugger",
    "false",
    "null",
    "return",
    "super",
    "this",
    "true",
    "undefined",
    "default",
    "any",
    "unknown",
    "never",
    "void",
    "string",
    "number",
    "boolean",
    "object",
    "symbol",
    "bigint",
];

/// Reserved words that need something after them.
const DANGLING_WORDS: &[&str] = &[
    "new",
    "typeof",
    "instanceof",
    "in",
    "extends",
    "implements",
    "case",
    "delete",
    "throw",
    "import",
    "export",
    "const",
    "let",
    "var",
    "function",
    "class",
    "interface",
    "enum",
    "keyof",
    "else",
    "do",
    "yield",
    "await",
];

/// Operators that need an operand after them (longest first).
const DANGLING_OPERATORS: &[&str] = &[
    "=>", "===", "!==", "**=", "&&=", "||=", "??=", "==", "!=", "<=", "+=", "-=", "*=", "/=", "%=",
    "&=", "|=", "^=", "&&", "||", "??", "**", "=", ",", "+", "-", "*", "%", "&", "|", "^", "?",
    ":", "!", "~", "<",
];

/// One parse of the text as one source type.
struct Parsed {
    errors: Vec<SyntaxError>,
    /// Strings and comments, when the parse reached the end.
    regions: Option<Vec<Region>>,
    /// The token bracket stack at the end: (offset, what).
    open: Vec<(usize, String)>,
    /// The parser gave up at its first error.
    panicked: bool,
    /// Names used and not declared, declared and not used (a program the
    /// parser accepts, with comments).
    names: Vec<String>,
}

fn options() -> ParseOptions {
    ParseOptions {
        parse_regular_expression: true,
        ..ParseOptions::default()
    }
}

/// `index.d.ts`, `foo.d.mts`: oxc's own reading of the name.
fn is_declaration(path: &str) -> bool {
    SourceType::from_path(path).is_ok_and(|st| st.is_typescript_definition())
}

fn extension(path: &str) -> String {
    std::path::Path::new(path)
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default()
}

impl Ecma {
    /// TSX claims a text TypeScript rejects where TSX accepts all of it
    /// (a component saved as `.ts`, or as `.js` with types): JSX is no
    /// TypeScript syntax error but the wrong extension.
    fn claims_jsx(&self, text: &str, implied: Language) -> Option<Claim> {
        if !matches!(implied, Language::TypeScript | Language::JavaScript) {
            return None;
        }
        // (A name, so that TypeScript does not also try TSX.)
        let (_, ts) = TYPESCRIPT.best_of(text, "claim.ts", false);
        let first = ts.errors.iter().map(|e| e.span.start).min()?;
        let (_, tsx) = self.best_of(text, "", false);
        if !tsx.errors.is_empty() {
            return None;
        }
        // Plain JSX in `.js` is JavaScript already (it allows JSX).
        if implied == Language::JavaScript {
            let (_, js) = JAVASCRIPT.best_of(text, "", false);
            if js.errors.is_empty() {
                return None;
            }
        }
        let line = line_around(text, first);
        let indent =
            text[line.start..line.end].len() - text[line.start..line.end].trim_start().len();
        Some(Claim {
            what: "JSX in TypeScript (TSX)",
            note: "TypeScript's parser rejects it and TSX's (oxc) accepts all of it".to_string(),
            at: Some(line.start + indent..line.end),
        })
    }

    /// The source types a file is tried as, in order; the first that
    /// accepts it is the verdict. `module`: the file's package makes it an
    /// ES module (`"type": "module"`).
    fn source_types(&self, path: &str, module: bool) -> Vec<SourceType> {
        let ext = extension(path);
        match self.flavor {
            Flavor::JavaScript => match ext.as_str() {
                "mjs" => vec![SourceType::mjs()],
                "cjs" => vec![SourceType::cjs()],
                _ if module => vec![SourceType::mjs().with_jsx(true)],
                _ => vec![
                    SourceType::unambiguous().with_jsx(true),
                    SourceType::cjs().with_jsx(true),
                    SourceType::mjs().with_jsx(true),
                ],
            },
            Flavor::TypeScript | Flavor::Tsx => {
                let jsx = self.flavor == Flavor::Tsx;
                let base = SourceType::ts()
                    .with_jsx(jsx)
                    .with_typescript_definition(is_declaration(path));
                match ext.as_str() {
                    "mts" => vec![base.with_module(true)],
                    "cts" => vec![base.with_commonjs(true)],
                    _ if path.is_empty() && !jsx => vec![base, SourceType::tsx()],
                    _ => vec![base, base.with_commonjs(true), base.with_module(true)],
                }
            }
        }
    }

    fn language(&self) -> Language {
        match self.flavor {
            Flavor::JavaScript => Language::JavaScript,
            Flavor::TypeScript => Language::TypeScript,
            Flavor::Tsx => Language::Tsx,
        }
    }

    /// The best of the source types: the first that accepts the text, else
    /// the one that got furthest before its first error. A text that parses
    /// comes with its comments (and, when it has a Markdown fence, its
    /// strings); one that does not, with its tokens.
    fn best_parse(&self, text: &str, path: &str, module: bool) -> (SourceType, Parsed) {
        let (st, parsed) = self.best_of(text, path, module);
        // (A fence inside a comment, as JSDoc examples write them, needs no
        // strings: the comments are known.)
        let comments = parsed.regions.as_deref().unwrap_or_default();
        let fenced = memchr::memmem::find_iter(text.as_bytes(), b"```").any(|at| {
            // (Comments come in order.)
            let i = comments.partition_point(|c| c.span.end <= at);
            comments.get(i).is_none_or(|c| at < c.span.start)
        });
        if parsed.errors.is_empty() && !fenced {
            return (st, parsed);
        }
        // The tokens, for strings and brackets; the verdict stays the first
        // parse's (with the semantic pass's early errors).
        let mut tokens = parse(text, st, Collect::Tokens);
        tokens.errors = parsed.errors;
        tokens.panicked = parsed.panicked;
        (st, tokens)
    }

    /// The verdict alone (errors, comments), as [`Self::best_parse`] picks it.
    fn best_of(&self, text: &str, path: &str, module: bool) -> (SourceType, Parsed) {
        let mut best: Option<(SourceType, Parsed)> = None;
        for st in self.source_types(path, module) {
            let parsed = parse(text, st, Collect::Comments);
            if parsed.errors.is_empty() {
                return (st, parsed);
            }
            let reach = |p: &Parsed| p.errors.iter().map(|e| e.span.start).min().unwrap_or(0);
            if best.as_ref().is_none_or(|(_, b)| reach(&parsed) > reach(b)) {
                best = Some((st, parsed));
            }
        }
        best.expect("at least one source type")
    }
}

/// How much a parse collects.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Collect {
    /// Errors only.
    Errors,
    /// Errors and comments: enough for a file that parses.
    Comments,
    /// Errors, tokens (strings, brackets) and comments.
    Tokens,
}

thread_local! {
    /// One arena per checker thread, reset between parses (a fresh arena
    /// per file costs its pages again).
    static ARENA: std::cell::RefCell<Allocator> = std::cell::RefCell::new(Allocator::default());
}

/// An arena kept past this size is dropped after use, not kept for the
/// thread's next file.
const ARENA_KEEP_BYTES: usize = 64 << 20;

fn parse(text: &str, st: SourceType, collect: Collect) -> Parsed {
    ARENA.with(|arena| {
        let mut alloc = arena.borrow_mut();
        alloc.reset();
        let parsed = parse_in(&alloc, text, st, collect);
        if alloc.capacity() > ARENA_KEEP_BYTES {
            *alloc = Allocator::default();
        }
        parsed
    })
}

/// Names the program uses that nothing declares (the globals of the
/// language, browsers, Node and test runners aside), and imports and
/// unexported functions that nothing uses.
fn code_names(semantic: &oxc_semantic::Semantic<'_>, text: &str) -> Vec<String> {
    let scoping = semantic.scoping();
    let mut out: Vec<String> = scoping
        .root_unresolved_references()
        .keys()
        .map(|name| name.as_str())
        .filter(|name| name.len() >= 3 && !GLOBALS.contains(name))
        .map(str::to_string)
        .collect();
    for id in scoping.symbol_ids() {
        let flags = scoping.symbol_flags(id);
        // (A declaration file's, `declare`d, functions are all unused.)
        if !flags
            .intersects(oxc_semantic::SymbolFlags::Import | oxc_semantic::SymbolFlags::Function)
            || flags.intersects(oxc_semantic::SymbolFlags::Ambient)
            || !scoping.get_resolved_reference_ids(id).is_empty()
        {
            continue;
        }
        // (An exported function is used elsewhere.)
        let at = (scoping.symbol_span(id).start as usize).min(text.len());
        let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
        let exported = text[line_start..].trim_start().starts_with("export ");
        if flags.intersects(oxc_semantic::SymbolFlags::Import) || !exported {
            out.push(scoping.symbol_name(id).to_string());
        }
    }
    out
}

/// Names every JavaScript program may use undeclared: the language's
/// built-ins, browsers', Node's, test runners'.
const GLOBALS: &[&str] = &[
    "AbortController",
    "AbortSignal",
    "AggregateError",
    "Array",
    "ArrayBuffer",
    "Atomics",
    "BigInt",
    "Blob",
    "Boolean",
    "Buffer",
    "DataView",
    "Date",
    "Deno",
    "Error",
    "Event",
    "EventTarget",
    "File",
    "FinalizationRegistry",
    "Float32Array",
    "Float64Array",
    "FormData",
    "Function",
    "Headers",
    "HTMLElement",
    "Infinity",
    "Int16Array",
    "Int32Array",
    "Int8Array",
    "IntersectionObserver",
    "Intl",
    "JSON",
    "Map",
    "Math",
    "MutationObserver",
    "NaN",
    "Number",
    "Object",
    "Promise",
    "Proxy",
    "RangeError",
    "ReferenceError",
    "Reflect",
    "RegExp",
    "Request",
    "ResizeObserver",
    "Response",
    "Set",
    "SharedArrayBuffer",
    "String",
    "Symbol",
    "SyntaxError",
    "TextDecoder",
    "TextEncoder",
    "TypeError",
    "URIError",
    "URL",
    "URLSearchParams",
    "Uint16Array",
    "Uint32Array",
    "Uint8Array",
    "Uint8ClampedArray",
    "WeakMap",
    "WeakRef",
    "WeakSet",
    "WebSocket",
    "Worker",
    "XMLHttpRequest",
    "__dirname",
    "__filename",
    "afterAll",
    "afterEach",
    "alert",
    "arguments",
    "atob",
    "beforeAll",
    "beforeEach",
    "btoa",
    "cancelAnimationFrame",
    "clearInterval",
    "clearTimeout",
    "console",
    "crypto",
    "customElements",
    "decodeURI",
    "decodeURIComponent",
    "define",
    "describe",
    "document",
    "encodeURI",
    "encodeURIComponent",
    "escape",
    "eval",
    "exports",
    "expect",
    "fetch",
    "global",
    "globalThis",
    "history",
    "isFinite",
    "isNaN",
    "it",
    "jest",
    "localStorage",
    "location",
    "module",
    "navigator",
    "parseFloat",
    "parseInt",
    "performance",
    "process",
    "queueMicrotask",
    "requestAnimationFrame",
    "require",
    "self",
    "sessionStorage",
    "setImmediate",
    "setInterval",
    "setTimeout",
    "structuredClone",
    "test",
    "undefined",
    "unescape",
    "vi",
    "window",
    // TypeScript's own types, and the namespaces type packages declare.
    "ArrayLike",
    "AsyncIterable",
    "AsyncIterableIterator",
    "Awaited",
    "Capitalize",
    "ConstructorParameters",
    "Exclude",
    "Extract",
    "InstanceType",
    "Iterable",
    "IterableIterator",
    "Iterator",
    "JSX",
    "Lowercase",
    "NodeJS",
    "NonNullable",
    "Omit",
    "OmitThisParameter",
    "Parameters",
    "Partial",
    "Pick",
    "PromiseLike",
    "PropertyKey",
    "React",
    "Readonly",
    "ReadonlyArray",
    "ReadonlyMap",
    "ReadonlySet",
    "Record",
    "Required",
    "ReturnType",
    "TemplateStringsArray",
    "ThisParameterType",
    "ThisType",
    "Uncapitalize",
    "Uppercase",
];

/// Enough for what oxc's semantic pass will hold for a program of
/// `bytes` in nine files of ten (measured on the npm code of
/// `scripts/fp-js.sh`, files over 2 KB: at least a node per 6.6 bytes, a
/// reference per 34, a symbol per 79, a scope per 158 in 90% of them).
fn estimated_stats(bytes: usize) -> oxc_semantic::Stats {
    let per = |n: usize| u32::try_from(bytes / n + 16).unwrap_or(u32::MAX);
    oxc_semantic::Stats::new(per(6), per(150), per(75), per(30))
}

fn parse_in(alloc: &Allocator, text: &str, st: SourceType, collect: Collect) -> Parsed {
    let parser = Parser::new(alloc, text, st).with_options(options());
    if collect != Collect::Tokens {
        let ret = parser.with_config(NoTokensParserConfig).parse();
        // A program the parser accepts gets the early errors engines report
        // before running it (a `let` declared twice, `break` outside a
        // loop, a duplicate constructor, `delete x` in strict code), which
        // oxc leaves to its semantic pass.
        let mut errors: Vec<SyntaxError> =
            ret.diagnostics.errors().map(|d| convert(d, text)).collect();
        let mut names = Vec::new();
        if errors.is_empty() && !ret.panicked {
            // Capacities from the text's size instead of oxc's counting
            // pass over the tree (a twentieth of a check): an estimate
            // that is low only costs a vector's growth.
            let semantic = oxc_semantic::SemanticBuilder::new()
                .with_check_syntax_error(true)
                .with_stats(estimated_stats(text.len()))
                .build(&ret.program);
            errors.extend(semantic.diagnostics.errors().map(|d| convert(d, text)));
            if !ret.program.comments.is_empty() && !st.is_typescript_definition() {
                names = code_names(&semantic.semantic, text);
            }
        }
        let regions = (collect == Collect::Comments && !ret.panicked).then(|| {
            ret.program
                .comments
                .iter()
                .map(|c| Region {
                    span: Span::new(c.span.start as usize, (c.span.end as usize).min(text.len())),
                    kind: RegionKind::Comment,
                })
                .collect()
        });
        return Parsed {
            errors,
            regions,
            open: Vec::new(),
            panicked: ret.panicked,
            names,
        };
    }
    let ret = parser.with_config(TokensParserConfig).parse();
    let errors: Vec<SyntaxError> = ret.diagnostics.errors().map(|d| convert(d, text)).collect();
    let mut open: Vec<(usize, String)> = Vec::new();
    let mut regions = Vec::new();
    for t in ret.tokens.iter() {
        let start = t.start() as usize;
        let string = |regions: &mut Vec<Region>| {
            regions.push(Region {
                span: Span::new(start, (t.end() as usize).min(text.len())),
                kind: RegionKind::String,
            })
        };
        match t.kind() {
            Kind::LParen => open.push((start, "`(`".to_string())),
            Kind::LBrack => open.push((start, "`[`".to_string())),
            Kind::LCurly => open.push((start, "`{`".to_string())),
            Kind::RParen | Kind::RBrack | Kind::RCurly => {
                open.pop();
            }
            Kind::TemplateHead => {
                string(&mut regions);
                open.push((start, "the template literal `` ` ``".to_string()));
            }
            Kind::TemplateMiddle => string(&mut regions),
            Kind::TemplateTail => {
                string(&mut regions);
                open.pop();
            }
            Kind::Str | Kind::RegExp | Kind::NoSubstitutionTemplate | Kind::JSXText => {
                string(&mut regions)
            }
            _ => {}
        }
    }
    let reached_end = !ret.panicked;
    let regions = reached_end.then(|| {
        regions.extend(ret.program.comments.iter().map(|c| Region {
            span: Span::new(c.span.start as usize, (c.span.end as usize).min(text.len())),
            kind: RegionKind::Comment,
        }));
        regions.sort_by_key(|r| r.span.start);
        regions.dedup_by(|b, a| b.span.start < a.span.end);
        regions
    });
    Parsed {
        errors,
        regions,
        open,
        panicked: ret.panicked,
        names: Vec::new(),
    }
}

/// An oxc diagnostic as a syntax error: its primary label is the span, the
/// other labels ("Opened here") stay labels.
fn convert(d: &OxcDiagnostic, text: &str) -> SyntaxError {
    let clamp = |at: u32| (at as usize).min(text.len());
    let to_span = |l: &oxc_span::LabeledSpan| {
        let start = clamp(l.offset());
        let end = clamp(l.offset() + l.len()).max(start);
        // Never split a character.
        let start = floor_char(text, start);
        Span::new(start, ceil_char(text, end))
    };
    // Without a primary label, the last one is where the error is (a
    // redeclaration's labels are the first declaration, then the second).
    let primary = d
        .labels
        .iter()
        .find(|l| l.primary())
        .or_else(|| d.labels.last());
    let span = primary.map_or(Span::new(text.len(), text.len()), &to_span);
    let labels = d
        .labels
        .iter()
        .filter(|l| primary.is_none_or(|p| !std::ptr::eq(*l, p)))
        .map(|l| Label {
            span: to_span(l),
            message: l.label().unwrap_or("here").to_lowercase(),
        })
        .collect();
    let mut message = d.message.to_string();
    if let Some(label) = primary.and_then(|p| p.label()) {
        if !message.contains(label) {
            message.push_str(&format!(" ({label})"));
        }
    }
    // At the end, or a token that runs across lines to the end (JSX text,
    // a template) where the parser gave up.
    let end = text.trim_end().len();
    let at_eof = span.start >= end || (span.end >= end && text[span.start..end].contains('\n'));
    let help = if d.message.starts_with(FLOW) {
        Some("the file says `@flow`: Flow's type annotations are not JavaScript; check the output of flow-remove-types, or exclude Flow sources".to_string())
    } else {
        d.help.as_ref().map(|h| h.to_string())
    };
    SyntaxError {
        span,
        message,
        labels,
        help,
        at_eof,
    }
}

fn floor_char(text: &str, mut at: usize) -> usize {
    while at > 0 && !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn ceil_char(text: &str, mut at: usize) -> usize {
    while at < text.len() && !text.is_char_boundary(at) {
        at += 1;
    }
    at
}

/// An upper bound on bracket nesting outside strings and comments (a
/// regular expression's brackets count: a bound, not the depth), and where
/// it first passes `mark`.
fn nesting_bound(b: &[u8], mark: usize) -> (usize, Option<usize>) {
    let (mut depth, mut deepest, mut first_over) = (0usize, 0usize, None);
    let mut i = 0;
    while i < b.len() {
        // Most bytes are none of these: skip them in a tight loop.
        match b[i..].iter().position(|c| NESTING_BYTES[*c as usize]) {
            Some(p) => i += p,
            None => break,
        }
        match b[i] {
            b'(' | b'[' | b'{' => {
                depth += 1;
                if depth > deepest {
                    deepest = depth;
                    if depth > mark && first_over.is_none() {
                        first_over = Some(i);
                    }
                }
            }
            b')' | b']' | b'}' => depth = depth.saturating_sub(1),
            // A string ends at its quote or its line; a backslash escapes
            // the byte after it.
            q @ (b'"' | b'\'') => {
                i += 1;
                loop {
                    match memchr::memchr3(q, b'\\', b'\n', b.get(i..).unwrap_or(&[])) {
                        Some(p) if b[i + p] == b'\\' => i += p + 2,
                        Some(p) => {
                            i += p;
                            break;
                        }
                        None => {
                            i = i.max(b.len());
                            break;
                        }
                    }
                }
            }
            b'/' if b.get(i + 1) == Some(&b'/') => {
                i = memchr::memchr(b'\n', &b[i..]).map_or(b.len(), |p| i + p);
            }
            b'/' if b.get(i + 1) == Some(&b'*') => {
                i += 2;
                i = match memchr::memmem::find(b.get(i..).unwrap_or(&[]), b"*/") {
                    Some(p) => i + p,
                    None => i.max(b.len().saturating_sub(1)),
                };
                i += 1;
            }
            _ => {}
        }
        i += 1;
    }
    (deepest, first_over)
}

/// The bytes [`nesting_bound`] acts on.
static NESTING_BYTES: [bool; 256] = crate::lang::byte_set(b"([{)]}\"'/");

/// Strings and comments, and the brackets and JSX elements open at the
/// end, from tree-sitter's tolerant parse: for a text oxc stopped early on
/// (oxc keeps no tokens then).
fn tolerant_scan(text: &str, language: Language) -> (Vec<Region>, Vec<(usize, String)>) {
    let Ok(tree) = crate::parse::parse(language, text, std::time::Duration::from_millis(500))
    else {
        return (Vec::new(), Vec::new());
    };
    let mut regions = Vec::new();
    let mut open: Vec<(usize, String)> = Vec::new();
    let mut cursor = tree.walk();
    // Preorder, children in source order.
    let mut stack = vec![tree.root_node()];
    let mut children = Vec::new();
    while let Some(node) = stack.pop() {
        if node.is_missing() {
            continue;
        }
        let kind = match node.kind() {
            "comment" | "html_comment" => Some(RegionKind::Comment),
            "string" | "regex" | "jsx_text" => Some(RegionKind::String),
            "template_string" if !node.has_error() => Some(RegionKind::String),
            _ => None,
        };
        if let Some(kind) = kind {
            regions.push(Region {
                span: Span::new(node.start_byte(), node.end_byte().min(text.len())),
                kind,
            });
            continue;
        }
        let start = node.start_byte();
        match node.kind() {
            "(" | "[" | "{" | "${" if node.child_count() == 0 => {
                open.push((start, format!("`{}`", node.kind())));
            }
            "`" if node.child_count() == 0 => {
                // A template's backticks: the first opens, the second closes.
                if open
                    .last()
                    .is_some_and(|(_, w)| w.starts_with("the template"))
                {
                    open.pop();
                } else {
                    open.push((start, "the template literal `` ` ``".to_string()));
                }
            }
            ")" | "]" | "}" if node.child_count() == 0 => {
                open.pop();
            }
            "jsx_opening_element" => {
                let name = node
                    .child_by_field_name("name")
                    .and_then(|n| text.get(n.byte_range()))
                    .unwrap_or("");
                open.push((start, format!("the JSX element `<{name}>`")));
            }
            "jsx_closing_element" => {
                open.pop();
            }
            _ => {}
        }
        children.clear();
        children.extend(node.children(&mut cursor));
        stack.extend(children.drain(..).rev());
    }
    regions.sort_by_key(|r| r.span.start);
    regions.dedup_by(|b, a| b.span.start < a.span.end);
    (regions, open)
}

/// Markdown fence lines (```` ```js ````) outside comments: JavaScript
/// reads their backticks as template literals (an empty one, then a tagged
/// one), so a fenced file often parses. No real code starts a line with
/// three unescaped backticks.
fn fence_lines(text: &str, analysis: &Analysis) -> Vec<SyntaxError> {
    if memchr::memmem::find(text.as_bytes(), b"```").is_none() {
        return Vec::new();
    }
    let mut out = Vec::new();
    for line in crate::lines::lines(text) {
        let t = line.text.trim_start();
        if !t.starts_with("```") || crate::rules::markdown_fence::fence(t).is_none() {
            continue;
        }
        let at = line.span.start + (line.text.len() - t.len());
        if analysis
            .region_at(at)
            .is_some_and(|r| r.kind == RegionKind::Comment || r.span.end > at + 3)
        {
            continue;
        }
        out.push(SyntaxError {
            span: Span::new(at, line.span.end),
            message: "a Markdown code fence, which JavaScript reads as template literals"
                .to_string(),
            labels: Vec::new(),
            help: None,
            at_eof: false,
        });
    }
    out
}

/// A file its package makes an ES module, rejected as one: when it parses
/// as a script or CommonJS (what it would be without the `"type"`), its
/// errors say that the `package.json` is why.
fn module_only(
    ecma: &Ecma,
    text: &str,
    path: &str,
    manifest: &std::path::Path,
    errors: &mut [SyntaxError],
) {
    if errors.is_empty() || !ecma.best_of(text, path, false).1.errors.is_empty() {
        return;
    }
    let shown = crate::source::display_path(manifest, crate::source::working_dir());
    for e in errors.iter_mut() {
        e.message = format!(
            "{} (`{shown}` says \"type\": \"module\", so Node and bundlers load this file as an ES module, in strict mode)",
            e.message
        );
        e.help.get_or_insert_with(|| {
            "write it as a module, or rename it `.cjs` if it is a CommonJS script".to_string()
        });
    }
}

/// What an unterminated-token error leaves open.
fn unterminated(e: &SyntaxError) -> Option<&'static str> {
    let m = e.message.as_str();
    if m.starts_with("Unterminated string") {
        Some("a string")
    } else if m.starts_with("Unterminated template") {
        Some("a template literal")
    } else if m.starts_with("Unterminated multiline comment") {
        Some("a comment `/*`")
    } else if m.starts_with("Unterminated regular expression") {
        Some("a regular expression")
    } else {
        None
    }
}

impl Backend for Ecma {
    fn analyze(&self, text: &str, ctx: &FileContext<'_>) -> Analysis {
        // Below this size no nesting can exhaust a checker's stack (oxc uses
        // at most about 1 KB per level, each level takes a byte, and
        // checker threads have 256 MB), so small files skip the scan.
        let (deepest, first_over) = if text.len() > NESTING_SCAN_BYTES {
            nesting_bound(text.as_bytes(), PARSE_MAX_NESTING)
        } else {
            (0, None)
        };
        if deepest > PARSE_MAX_NESTING {
            let at = floor_char(text, first_over.unwrap_or(0));
            let line = line_around(text, at);
            return Analysis {
                errors: vec![SyntaxError {
                    span: Span::new(at, ceil_char(text, at + 1)),
                    message: format!(
                        "too many nested brackets: they nest over {PARSE_MAX_NESTING} deep, past what JavaScript engines parse (the file was not parsed further)"
                    ),
                    labels: Vec::new(),
                    help: None,
                    at_eof: false,
                }],
                rejected: vec![line],
                ..Analysis::default()
            };
        }
        // A `.js`/`.jsx` file on disk in a `"type": "module"` package.
        let scope = match (self.flavor, extension(ctx.path).as_str(), ctx.dir) {
            (Flavor::JavaScript, "js" | "jsx", Some(dir)) => super::package::module_scope(dir),
            _ => None,
        };
        let (st, mut parsed) = self.best_parse(text, ctx.path, scope.is_some());
        if let Some(manifest) = &scope {
            module_only(self, text, ctx.path, manifest, &mut parsed.errors);
        }
        let regions = match parsed.regions.take() {
            Some(regions) => regions,
            None => {
                let (regions, open) = tolerant_scan(text, self.language());
                parsed.open = open;
                regions
            }
        };
        let mut analysis = Analysis {
            regions,
            names: std::mem::take(&mut parsed.names),
            ..Analysis::default()
        };
        let mut errors = parsed.errors;
        let trimmed_end = text.trim_end().len();
        // A token that reaches the end with something still open (`Log`
        // cut inside a JSX element) is where the text was cut.
        if !parsed.open.is_empty() {
            for e in &mut errors {
                e.at_eof |= e.span.end >= trimmed_end;
            }
        }
        errors.extend(fence_lines(text, &analysis));
        if errors.is_empty() {
            return analysis;
        }
        // What is open at the end.
        let mut open = Vec::new();
        if errors.iter().any(|e| e.at_eof) {
            let mut push = |(at, what): &(usize, String)| {
                open.push(OpenAtEof {
                    opener: Span::new(*at, ceil_char(text, at + 1)),
                    what: what.clone(),
                })
            };
            if let Some(first) = parsed.open.first() {
                push(first);
            }
            if parsed.open.len() > 1 {
                push(parsed.open.last().unwrap());
            }
        }
        for e in &errors {
            if let Some(what) = unterminated(e) {
                // A string or a regular expression ends at its line; a
                // template or a comment runs to the end.
                let to_end = line_around(text, e.span.start).end >= trimmed_end;
                if to_end || !matches!(what, "a string" | "a regular expression") {
                    open.push(OpenAtEof {
                        opener: Span::new(e.span.start, ceil_char(text, e.span.start + 1)),
                        what: what.to_string(),
                    });
                }
            }
        }
        analysis.open_at_eof = open;
        // The rejected lines: each error's, and, where the parser stopped
        // early, those of the errors found by hiding each rejected line in
        // turn.
        let mut rejected: Vec<Span> = errors
            .iter()
            .map(|e| line_around(text, e.span.start))
            .collect();
        if parsed.panicked {
            let mut hidden = rejected.clone();
            let rounds = MORE_ERROR_ROUNDS
                .min(MORE_ERROR_BYTES / text.len().max(1))
                .max(4);
            for _ in 0..rounds {
                let last = hidden.iter().map(|s| s.end).max().unwrap_or(0);
                if last >= trimmed_end {
                    break;
                }
                let masked = mask(text, &hidden);
                let again = parse(&masked, st, Collect::Errors);
                let Some(next) = again
                    .errors
                    .iter()
                    .map(|e| line_around(text, e.span.start))
                    .filter(|l| !hidden.contains(l))
                    .min_by_key(|l| l.start)
                else {
                    break;
                };
                hidden.push(next);
                rejected.push(next);
            }
        }
        rejected.sort_by_key(|r| r.start);
        rejected.dedup_by_key(|r| r.start);
        analysis.rejected = rejected;
        analysis.errors = errors;
        analysis
    }

    fn rejection(&self, text: &str) -> (f32, String) {
        // A Flow file is JavaScript with Flow's types: no TypeScript,
        // though oxc's TypeScript parser may take much of it.
        if self.flavor != Flavor::JavaScript
            && text[..text.floor_char_boundary(FLOW_PRAGMA_BYTES)].contains("@flow")
        {
            return (1.0, String::new());
        }
        let (_, parsed) = self.best_of(text, "", false);
        let what = match self.flavor {
            Flavor::JavaScript => "JavaScript",
            Flavor::TypeScript | Flavor::Tsx => "TypeScript",
        };
        if parsed.errors.is_empty() {
            return (0.0, format!("the {what} parser (oxc) accepts all of it"));
        }
        let lines = text.lines().filter(|l| !l.trim().is_empty()).count().max(1);
        if parsed.panicked {
            // Everything after the first error is unparsed.
            let at = parsed
                .errors
                .iter()
                .map(|e| e.span.start)
                .min()
                .unwrap_or(0);
            let after = text[at.min(text.len())..].lines().count();
            return (after as f32 / lines as f32, String::new());
        }
        let n = parsed.errors.len();
        (
            (n as f32 * 3.0) / lines as f32,
            format!(
                "the {what} parser (oxc) accepts it but for {n} error{}",
                if n == 1 { "" } else { "s" }
            ),
        )
    }

    /// TypeScript claims a text JavaScript rejects and TypeScript accepts:
    /// type annotations saved as `.js` are TypeScript, not a typo.
    /// JavaScript claims a text its parser accepts that has a line only
    /// JavaScript writes (`import ... from`, `module.exports`, `const x =`):
    /// a config module saved as `.json`. TypeScript claims a text
    /// JavaScript rejects and TypeScript accepts: type annotations saved as
    /// `.js` are TypeScript, not a typo.
    fn claims(&self, text: &str, _implied: Language) -> Option<Claim> {
        if text.trim().is_empty() {
            return None;
        }
        if self.flavor == Flavor::JavaScript {
            let mut tells = Vec::new();
            let line = crate::lines::lines(text).find(|l| {
                tells.clear();
                if l.text.len() > TELL_LINE_BYTES {
                    return false;
                }
                super::tells(l.text, l.text.trim(), &mut tells);
                tells.iter().any(|(_, weight)| *weight >= 2)
            })?;
            let (_, js) = self.best_of(text, "", false);
            if !js.errors.is_empty() {
                return None;
            }
            let indent = line.text.len() - line.text.trim_start().len();
            return Some(Claim {
                what: tells[0].0,
                note: "the JavaScript parser (oxc) accepts all of it".to_string(),
                at: Some(line.span.start + indent..line.span.end),
            });
        }
        if self.flavor == Flavor::Tsx {
            return self.claims_jsx(text, _implied);
        }
        // Something only TypeScript writes (an interface, a type, an
        // annotation): where TypeScript is only more lenient than
        // JavaScript (a duplicate `export default`), the error is the file's.
        let mut tells = Vec::new();
        let typed = crate::lines::lines(text).any(|l| {
            tells.clear();
            if l.text.len() > TELL_LINE_BYTES {
                return false;
            }
            crate::lang::typescript::tells(l.text, l.text.trim(), &mut tells);
            !tells.is_empty()
        });
        if !typed {
            return None;
        }
        let (_, js) = JAVASCRIPT.best_of(text, "", false);
        // A Flow file (`// @flow`) is JavaScript with Flow's types, which
        // oxc's TypeScript parser may take, but it is no TypeScript.
        if js.errors.iter().any(|e| e.message.starts_with(FLOW)) {
            return None;
        }
        let first = js.errors.iter().map(|e| e.span.start).min()?;
        let (_, ts) = self.best_of(text, "", false);
        if !ts.errors.is_empty() {
            return None;
        }
        let line = line_around(text, first);
        let indent =
            text[line.start..line.end].len() - text[line.start..line.end].trim_start().len();
        Some(Claim {
            what: "TypeScript syntax",
            note: "JavaScript's parser rejects it and TypeScript's (oxc) accepts all of it"
                .to_string(),
            at: Some(line.start + indent..line.end),
        })
    }

    /// Flow's object types end with a bare `...` (inexact); a Flow file is
    /// reported as such, not as elided.
    fn ellipsis_line_elides(&self, text: &str, _line: &str) -> bool {
        !text[..text.floor_char_boundary(FLOW_PRAGMA_BYTES)].contains("@flow")
    }

    /// A file that opens like JSON may be one JSON document (valid
    /// JavaScript, and no code).
    fn quick_tell(&self, text: &str) -> bool {
        matches!(text.trim_start().chars().next(), Some('{') | Some('['))
    }

    fn is_keyword(&self, word: &str) -> bool {
        KEYWORDS.contains(&word)
    }

    fn dangling_end(&self, body: &str) -> Option<String> {
        let last_word = body
            .rsplit(|c: char| !(c.is_alphanumeric() || c == '_' || c == '$'))
            .next()
            .unwrap_or("");
        if !last_word.is_empty() {
            let before = &body[..body.len() - last_word.len()];
            let after_dot = before.ends_with('.') && !before.ends_with("...");
            return (DANGLING_WORDS.contains(&last_word) && !after_dot)
                .then(|| format!("`{last_word}`"));
        }
        // `i++`, `x--`, `x!` (a non-null assertion) and `</div>` end
        // expressions.
        if body.ends_with("++") || body.ends_with("--") {
            return None;
        }
        let op = DANGLING_OPERATORS.iter().find(|op| body.ends_with(**op))?;
        if *op == "!" {
            let before = body[..body.len() - 1].chars().next_back();
            if before.is_some_and(|c| c.is_alphanumeric() || matches!(c, '_' | '$' | ')' | ']')) {
                return None;
            }
        }
        Some(format!("`{op}`"))
    }

    /// TypeScript's query serves TSX too (compiled against each grammar).
    fn queries(&self) -> &'static [(&'static str, &'static str)] {
        match self.flavor {
            Flavor::JavaScript => &[(
                "definitions",
                include_str!("../../../grammars/javascript/queries/definitions.scm"),
            )],
            Flavor::TypeScript | Flavor::Tsx => &[(
                "definitions",
                include_str!("../../../grammars/typescript/queries/definitions.scm"),
            )],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn analyze(flavor: &Ecma, path: &str, text: &str) -> Analysis {
        flavor.analyze(
            text,
            &FileContext {
                path,
                dialect: None,
                dir: None,
                definitions: None,
            },
        )
    }

    #[test]
    fn source_types_follow_the_extension() {
        assert!(analyze(&JAVASCRIPT, "a.cjs", "return 1;\n")
            .errors
            .is_empty());
        assert!(!analyze(&JAVASCRIPT, "a.mjs", "return 1;\n")
            .errors
            .is_empty());
        assert!(analyze(&JAVASCRIPT, "a.mjs", "await f();\n")
            .errors
            .is_empty());
        assert!(analyze(&JAVASCRIPT, "a.js", "with (o) { x }\n")
            .errors
            .is_empty());
        assert!(analyze(&JAVASCRIPT, "a.js", "const a = <div>{x}</div>;\n")
            .errors
            .is_empty());
        assert!(!analyze(&JAVASCRIPT, "a.js", "let x: number = 1;\n")
            .errors
            .is_empty());
        assert!(analyze(&TYPESCRIPT, "a.ts", "let x: number = <number>y;\n")
            .errors
            .is_empty());
        assert!(
            analyze(&TSX, "a.tsx", "const f = <T,>(x: T) => <b>{x}</b>;\n")
                .errors
                .is_empty()
        );
        assert!(analyze(
            &TYPESCRIPT,
            "x.d.ts",
            "export declare function f(): void;\n"
        )
        .errors
        .is_empty());
    }

    #[test]
    fn early_errors_are_errors() {
        // What `node --check` rejects before running anything.
        for t in [
            "let a = 1;\nlet a = 2;\n",
            "break;\n",
            "class A { constructor() {} constructor() {} }\n",
            "export default 1;\nexport default 2;\n",
        ] {
            let a = analyze(&JAVASCRIPT, "a.mjs", t);
            assert!(!a.errors.is_empty(), "{t}");
        }
        // Sloppy scripts allow what modules do not.
        assert!(analyze(&JAVASCRIPT, "a.js", "x = 08;\ndelete y;\n")
            .errors
            .is_empty());
        // TypeScript merges declarations.
        let merged = "interface A { a: 1 }\ninterface A { b: 2 }\nnamespace N {}\nclass N {}\nfunction f(): void;\nfunction f() {}\n";
        assert!(analyze(&TYPESCRIPT, "a.ts", merged).errors.is_empty());
    }

    #[test]
    fn open_brackets_and_templates_at_the_end() {
        let t = "function f() {\n  const s = `a ${b(\n";
        let a = analyze(&JAVASCRIPT, "a.js", t);
        assert!(a.errors.iter().any(|e| e.at_eof), "{:?}", a.errors);
        let whats: Vec<&str> = a.open_at_eof.iter().map(|o| o.what.as_str()).collect();
        assert_eq!(whats.first(), Some(&"`{`"), "{whats:?}");
        assert!(whats.len() >= 2, "{whats:?}");
    }

    #[test]
    fn dangling_ends() {
        let d = |s: &str| JAVASCRIPT.dangling_end(s);
        assert_eq!(d("x = a &&").as_deref(), Some("`&&`"));
        assert_eq!(d("const f = () =>").as_deref(), Some("`=>`"));
        assert_eq!(d("i++"), None);
        assert_eq!(d("x = y!"), None);
        assert_eq!(d("return <div />"), None);
        assert_eq!(d("x = new").as_deref(), Some("`new`"));
        assert_eq!(d("x = a.new"), None);
    }

    #[test]
    fn an_unterminated_string_at_the_end_is_an_error() {
        // Found by tests/it/spans.rs: oxc's debug assertion on its tokens.
        let a = analyze(&JAVASCRIPT, "a.js", "'\u{2d2d}\u{d46}AaAA\u{fe54}a0\u{e9}");
        assert!(!a.errors.is_empty());
    }

    #[test]
    fn nesting_is_bounded() {
        let deep = "x = ".to_string() + &"[".repeat(50_000) + &"]".repeat(50_000) + ";\n";
        let a = analyze(&JAVASCRIPT, "a.js", &deep);
        assert!(a.errors[0].message.contains("too many nested"));
        let strings = "x = '".to_string() + &"(".repeat(100_000) + "';\n";
        assert!(analyze(&JAVASCRIPT, "a.js", &strings).errors.is_empty());
        // What the scan skips: strings (to their quote or line end, past
        // escapes) and comments.
        for (text, deepest) in [
            ("x = \"(\" + (((", 3),
            ("/* ((( */ (", 1),
            ("/* ((", 0),
            ("/*/ ( */ [", 1),
            ("// (((\n[", 1),
            ("'\\\n(", 0),
            ("\"a\\\\\"(", 1),
            ("'a\n(", 1),
            ("a('\\", 1),
        ] {
            assert_eq!(nesting_bound(text.as_bytes(), 0).0, deepest, "{text:?}");
        }
        assert_eq!(nesting_bound(b"((x)", 1), (2, Some(1)));
    }
}
