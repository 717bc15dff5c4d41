//! Python's backend: the verdict is ruff's parser (see the module above);
//! this file says what the rules and the classifier need from it.

use crate::analysis::Analysis;
use crate::lang::{Backend, Encoding, FileContext, LineTell};

/// The Python backend (the registry's entry).
pub struct Python;

pub static BACKEND: Python = Python;

const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

impl Backend for Python {
    /// `...` is a statement (a stub's body, a sentinel); never an elision
    /// on its own.
    fn ellipsis_line_elides(&self, _text: &str, _line: &str) -> bool {
        false
    }

    fn analyze(&self, text: &str, ctx: &FileContext<'_>) -> Analysis {
        super::analyze(text, ctx.path.ends_with(".pyi"), ctx.definitions)
    }

    fn rejection(&self, text: &str) -> (f32, String) {
        let errors = super::syntax_errors(text, false);
        let lines = text.lines().filter(|l| !l.trim().is_empty()).count().max(1);
        let n = errors.len();
        let note = if n == 0 {
            "Python's parser accepts all of it".to_string()
        } else {
            format!(
                "Python's parser accepts it but for {n} error{}",
                if n == 1 { "" } else { "s" }
            )
        };
        // Each error spoils about three lines around it.
        ((n as f32 * 3.0) / lines as f32, note)
    }

    /// JSON is valid Python: a file that starts like JSON (or like HTML or
    /// YAML) is classified even when Python's parser accepts it.
    fn quick_tell(&self, text: &str) -> bool {
        let first = text.trim_start();
        matches!(first.chars().next(), Some('{') | Some('['))
            || first.starts_with("<!")
            || first.starts_with("---")
    }

    fn is_keyword(&self, word: &str) -> bool {
        KEYWORDS.contains(&word)
    }

    /// Python's parser already rejects a dangling operator; a trailing `,`
    /// is valid (a tuple) but no complete file ends with one.
    fn dangling_end(&self, body: &str) -> Option<String> {
        body.ends_with(',').then(|| "`,`".to_string())
    }

    fn definitions(
        &self,
        text: &str,
    ) -> Option<Vec<crate::rules::definitions_removed::Definition>> {
        super::definitions(text)
    }

    fn queries(&self) -> &'static [(&'static str, &'static str)] {
        &[(
            "definitions",
            include_str!("../../../grammars/python/queries/definitions.scm"),
        )]
    }

    fn encoding(&self) -> Encoding {
        Encoding {
            declarations: true,
            utf16: false,
            not_utf8_hint:
                " (a Python file in another encoding needs a `# -*- coding: NAME -*-` line)",
        }
    }
}

/// Lines only Python writes.
pub fn tells(raw: &str, t: &str, out: &mut Vec<LineTell>) {
    let indented = raw.starts_with([' ', '\t']);
    // (`import io.ktor.server.routing.*` is Kotlin's or Java's.)
    if (t.starts_with("from ") && t.contains(" import "))
        || (t.starts_with("import ")
            && !t.contains(" from ")
            && !t.ends_with(';')
            && !t.ends_with(".*"))
    {
        out.push(("a Python import", 3));
    }
    if (t.starts_with("def ") || t.starts_with("async def "))
        && t.contains('(')
        && (t.ends_with(':') || t.contains("->"))
    {
        out.push(("a Python `def`", 3));
    }
    if t.starts_with("class ") && (t.ends_with(':') || t.ends_with("):")) {
        out.push(("a Python `class`", 3));
    }
    // `"""Default settings for the scraper."""`: a module's docstring, on
    // a line of its own at the margin.
    if !indented
        && t.len() > 8
        && ((t.starts_with("\"\"\"") && t.ends_with("\"\"\""))
            || (t.starts_with("'''") && t.ends_with("'''")))
        && t[3..t.len() - 3].starts_with(char::is_alphabetic)
    {
        out.push(("a Python docstring", 2));
    }
    if t.starts_with("if __name__ ==") {
        out.push(("`if __name__ == ...`", 4));
    }
    if t.contains("self.") && indented {
        out.push(("`self.` attribute access", 1));
    }
    if t.starts_with('@')
        && !t.contains(' ')
        && t.len() > 1
        && t[1..].starts_with(char::is_alphabetic)
    {
        out.push(("a decorator", 1));
    }
    if (t.starts_with("elif ") || t == "else:" || t == "try:" || t.starts_with("except"))
        && t.ends_with(':')
    {
        out.push(("a Python block keyword", 2));
    }
    // `for row in rows:`, `with open(p) as f:`, `if not user:`, `while True:`
    if t.ends_with(':')
        && !t.ends_with("::")
        && ((t.starts_with("for ") && t.contains(" in "))
            || (t.starts_with("with ") && t.contains(" as "))
            || t.starts_with("if ")
            || t.starts_with("while "))
        && !t.contains('{')
        && !t.contains("; ")
    {
        out.push(("a Python block header", 2));
    }
    // `    long_description_content_type="text/markdown",`: a keyword
    // argument on a line of its own (other languages put blanks around
    // `=` or write `name: value`).
    if indented && t.ends_with(',') {
        if let Some((name, value)) = t.split_once('=') {
            if !name.is_empty()
                && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
                && !name.starts_with(|c: char| c.is_ascii_digit())
                && !value.starts_with(['=', ' '])
                && !value.is_empty()
            {
                out.push(("a Python keyword argument (`name=value,`)", 1));
            }
        }
    }
    // `DEBUG = True`, `user = None`, `os.environ.get(...)`
    if t.ends_with(" = True") || t.ends_with(" = False") || t.ends_with(" = None") {
        out.push(("a Python `True`/`False`/`None` value", 1));
    }
    // `'is_active': True,`: a dict literal (Python's repr) with Python's
    // constants, where JSON writes `true` and `null`.
    if [
        "': True",
        "': False",
        "': None",
        "\": True",
        "\": False",
        "\": None",
    ]
    .iter()
    .any(|c| {
        t.match_indices(c).any(|(i, _)| {
            matches!(
                t[i + c.len()..].chars().next(),
                None | Some(',' | '}' | ']')
            )
        })
    }) {
        out.push(("a Python dict entry with `True`/`False`/`None`", 3));
    }
    // `LOGGING = {`, `DATABASES = {`: a module's constant bound to a dict
    // (JavaScript declares with `const`, Ruby's hashes hold `=>`).
    if !indented {
        if let Some(name) = t.strip_suffix(" = {") {
            if name.len() >= 3
                && name.starts_with(|c: char| c.is_ascii_uppercase())
                && name
                    .chars()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
            {
                out.push(("a Python module constant bound to a dict", 3));
            }
        }
    }
    // `Path(__file__).parent`, `super().__init__(...)`
    if ["__file__", "__init__(", "__dict__", "__class__"]
        .iter()
        .any(|d| t.contains(d))
        && !t.starts_with("def ")
    {
        out.push(("a Python dunder name", 2));
    }
    if t.contains("os.environ") || t.contains("os.path.") || t.starts_with("print(f\"") {
        out.push(("a Python library call", 1));
    }
    if t.starts_with("return ") && !t.ends_with(';') && !t.ends_with('{') && indented
        || t == "pass"
        || t.starts_with("raise ")
    {
        out.push(("a Python statement", 1));
    }
}
