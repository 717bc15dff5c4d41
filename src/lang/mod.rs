//! Language backends: everything gencheck knows about a language, one
//! folder (or file) per language behind one interface.
//!
//! A *checked* language is one with a [`Backend`]: a strict verdict and what
//! the rules need from it. Every language in the registry
//! ([`crate::language`]) also has content tells ([`TellsFn`]), used to say
//! what a file really is (`language-mismatch`), whether or not gencheck
//! checks that language. Nothing outside `src/lang/` and the registry picks
//! behaviour by matching on a language.

use crate::analysis::Analysis;

pub mod css;
pub mod html;
pub mod javascript;
pub mod json;
pub mod markdown;
pub mod nearest;
pub mod python;
pub mod recognised;
pub mod shell;
pub mod sql;
pub mod toml;
pub mod typescript;
pub mod yaml;

/// What a backend may need to know about the file besides its text.
#[derive(Debug, Clone, Copy, Default)]
pub struct FileContext<'a> {
    /// The path as shown to the user (`.pyi` stubs, `.pgsql` dialects).
    pub path: &'a str,
    /// The SQL dialect the user chose (command line, configuration); `None`
    /// means what the path implies, else the default.
    pub dialect: Option<sql::Dialect>,
    /// The directory the file is in on disk (relative to the working
    /// directory, or absolute), when it has one: JavaScript reads the
    /// nearest `package.json`'s `"type"` from it. `None` for text from git
    /// objects, standard input, a Markdown code block.
    pub dir: Option<&'a std::path::Path>,
    /// Where a backend that parses the whole file anyway may leave its
    /// definitions (as `definitions-removed` finds them), so that the rule
    /// need not parse the file again; `None`: not wanted.
    pub definitions:
        Option<&'a std::cell::OnceCell<Vec<crate::rules::definitions_removed::Definition>>>,
}

/// The evidence one line gives for a language: what it is, and its weight.
pub type LineTell = (&'static str, u32);

/// The tells of one line (`raw`, and `trimmed` without surrounding blanks).
pub type TellsFn = fn(raw: &str, trimmed: &str, out: &mut Vec<LineTell>);

/// How a language's files are decoded beyond UTF-8.
#[derive(Debug, Clone, Copy, Default)]
pub struct Encoding {
    /// A PEP 263 style `coding:` declaration in the first two lines selects
    /// an 8-bit encoding.
    pub declarations: bool,
    /// UTF-16 with a byte order mark is decoded (else it is `not-text`).
    pub utf16: bool,
    /// Appended to "not valid UTF-8" (how to declare another encoding).
    pub not_utf8_hint: &'static str,
}

/// A backend's claim that a whole text is its language.
#[derive(Debug, Clone)]
pub struct Claim {
    /// What the evidence is ("a JSON document").
    pub what: &'static str,
    /// A note on the parse ("the whole file parses as one JSON document").
    pub note: String,
    /// Where the evidence is, when not at the start of the text.
    pub at: Option<std::ops::Range<usize>>,
}

/// A checked language.
pub trait Backend: Sync {
    /// The strict verdict, and what the rules need from the parse: errors
    /// with spans, strings and comments, what is open at the end.
    fn analyze(&self, text: &str, ctx: &FileContext<'_>) -> Analysis;

    /// Classification: the share of `text` (0.0 = all of it accepted) this
    /// language's strict parser rejects, and a note for the message.
    fn rejection(&self, text: &str) -> (f32, String);

    /// The whole text is unmistakably this language, whatever its name
    /// (one JSON document): what the evidence is, and a note on the parse.
    /// Asked before any tells are weighed; `implied` is the language the
    /// file's name implies.
    fn claims(&self, _text: &str, _implied: crate::language::Language) -> Option<Claim> {
        None
    }

    /// A document of prose with code in it (Markdown): its fences, prose
    /// and `...` are its content, so `markdown-fence`, `llm-chatter` and
    /// `placeholder` do not apply, and its content is never another
    /// language (`language-mismatch`).
    fn prose_document(&self) -> bool {
        false
    }

    /// A cheap look at the start of a file the verdict accepted: does it
    /// still look like something else?
    fn quick_tell(&self, text: &str) -> bool {
        let c = text.trim_start().chars().next();
        matches!(c, Some('{') | Some('[') | Some('<'))
    }

    /// `word` may legitimately end a file (a keyword: `DESC`, `pass`), so a
    /// last word that is a prefix of a longer name is not a cut.
    fn is_keyword(&self, word: &str) -> bool;

    /// A last token that cannot end a file (`,`, a binary operator, `WHERE`),
    /// described for the message. `body` ends with its last non-blank byte.
    fn dangling_end(&self, body: &str) -> Option<String>;

    /// The last token of `body` (which ends with its last non-blank byte)
    /// is complete as written, though it looks cut (JSON5's `5.`, a number
    /// with a trailing decimal point).
    fn complete_end(&self, _body: &str) -> bool {
        false
    }

    /// Bare words are values here (YAML's plain scalars: `- Fixed a bug.`,
    /// `tags: download`): a dot at the very end is no cut, and a last word
    /// that looks cut from a longer one is only a warning.
    fn plain_text_values(&self) -> bool {
        false
    }

    /// A comment of nothing but an ellipsis (`# ...`), alone on its line
    /// between lines of code, stands for what was left out. True where
    /// nobody writes one to abbreviate a run of similar statements on
    /// purpose (configuration files and scripts; not Python, whose tests
    /// do).
    fn ellipsis_comment_elides(&self) -> bool {
        false
    }

    /// Whether a line of nothing but an ellipsis outside strings and
    /// comments (`...`, `...,`, `key = ...`) stands for what was left out.
    /// Most languages have no such code (it is a syntax error or a command
    /// nobody runs); Python's `...` is a statement, JSON finds its own.
    /// `line` is the whole line, indentation included.
    fn ellipsis_line_elides(&self, _text: &str, _line: &str) -> bool {
        true
    }

    /// The file has no final newline and its last line looks cut: described
    /// for the message, and whether it cannot end a file written out whole
    /// (`true`: an error; `false`: a warning, as for a YAML key with no
    /// value). `body` ends with its last non-blank byte.
    fn cut_last_line(&self, _body: &str) -> Option<(String, bool)> {
        None
    }

    /// The tree-sitter queries (`definitions`), by name.
    fn queries(&self) -> &'static [(&'static str, &'static str)];

    /// The byte ranges the `definitions` query runs over, one parse each
    /// (SQL: statement by statement), and the text to slice them from (the
    /// text with what the parser must not see blanked); `None` means the
    /// whole text in one parse.
    fn definition_units(&self, _text: &str) -> Option<(String, Vec<std::ops::Range<usize>>)> {
        None
    }

    /// The definitions of `text` as the `definitions` query finds them
    /// (same kinds, names and lines), from the backend's own parser, when
    /// that is much cheaper than a tree-sitter parse plus compiling the
    /// query (Python: ruff's parse is a tenth of tree-sitter's, and the
    /// query's compile alone costs ~8 ms per process). `None`: use the
    /// query. A test holds the two to the same answer.
    fn definitions(
        &self,
        _text: &str,
    ) -> Option<Vec<crate::rules::definitions_removed::Definition>> {
        None
    }

    /// A definition the query missed in one unit (SQL: `CREATE ...` that
    /// tree-sitter cannot parse): kind, name, its offset within the unit.
    fn lexical_definition(&self, _unit: &str) -> Option<(String, String, usize)> {
        None
    }

    /// How files are decoded.
    fn encoding(&self) -> Encoding {
        Encoding {
            utf16: true,
            ..Encoding::default()
        }
    }
}

/// A table of the bytes in `bytes`, for a scan that skips every other byte
/// in a tight loop (`position(|c| TABLE[*c as usize])`).
pub(crate) const fn byte_set(bytes: &[u8]) -> [bool; 256] {
    let mut t = [false; 256];
    let mut k = 0;
    while k < bytes.len() {
        t[bytes[k] as usize] = true;
        k += 1;
    }
    t
}

/// Whether `s` starts with the word `w` (case-insensitive), not a longer word.
pub fn starts_word(s: &str, w: &str) -> bool {
    s.get(..w.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(w))
        && !s[w.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '_')
}
