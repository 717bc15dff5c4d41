//! What a language's strict parser tells the rules about a text: its syntax
//! errors, where strings and comments are, and what is still open at the
//! end of the file.

use crate::diagnostic::{Label, Severity, Span};

/// A string or comment: text where code rules do not apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Region {
    pub span: Span,
    pub kind: RegionKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RegionKind {
    String,
    Comment,
    /// A string that holds code: a dollar-quoted SQL function body.
    Body,
}

/// One syntax error, before the rules decide what it means.
#[derive(Debug, Clone)]
pub struct SyntaxError {
    pub span: Span,
    pub message: String,
    pub labels: Vec<Label>,
    pub help: Option<String>,
    /// The error is about the end of the file: something is still open there.
    pub at_eof: bool,
}

/// A construct still open at the end of the file.
#[derive(Debug, Clone)]
pub struct OpenAtEof {
    /// Where it was opened.
    pub opener: Span,
    /// "`(`", "a string", "a dollar-quoted body", "a `BEGIN` block", ...
    pub what: String,
}

#[derive(Debug, Clone, Default)]
pub struct Analysis {
    pub errors: Vec<SyntaxError>,
    /// Sorted by start, non-overlapping.
    pub regions: Vec<Region>,
    pub open_at_eof: Vec<OpenAtEof>,
    /// Byte ranges that a failed verdict covers: for Python the lines with an
    /// error, for SQL each rejected statement.
    pub rejected: Vec<Span>,
    /// SQL: the last statement has no terminator while every other one has.
    pub last_statement_unterminated: bool,
    /// Statements no engine accepts, where the rejection says more about
    /// the engines than about the text (`unverified-statement`).
    pub unverified: Vec<Unverified>,
    /// A mapping that holds a key twice (`duplicate-key`).
    pub duplicate_keys: Vec<DuplicateKey>,
    /// Ranges whose errors are warnings, not errors: code shown in a
    /// document (Markdown's code blocks), where fragments are normal.
    pub advisory: Vec<Span>,
    /// Elisions the language writes outside comments (JSON: a `"...": "..."`
    /// member, a bare `...`), for `placeholder`.
    pub elisions: Vec<Span>,
    /// Text the parser accepts that no real file of the language holds
    /// (YAML: a document that is one plain scalar of several lines): where
    /// content of another language may hide. Classified like a rejection
    /// (`language-mismatch`); never reported on its own.
    pub implausible: Vec<Span>,
    /// Names the code uses that nothing in the file declares or imports,
    /// and imports and unexported functions that nothing uses: evidence
    /// that code was left out, for `placeholder` (JavaScript and
    /// TypeScript; shell: variables read and never set, functions called
    /// and never defined; empty elsewhere).
    pub names: Vec<String>,
}

/// A key a mapping already holds, again.
#[derive(Debug, Clone)]
pub struct DuplicateKey {
    /// The key as written, without its quotes.
    pub key: String,
    /// The second (or later) occurrence.
    pub span: Span,
    /// The first occurrence.
    pub first: Span,
    /// What holds the keys, in the language's words ("object", "table").
    pub container: &'static str,
    /// The language's verdict on duplicates: an error where its grammar
    /// forbids them, a warning where it only advises against them (JSON).
    pub severity: Severity,
}

/// A statement no engine here verified (SQL dialect syntax they lack).
#[derive(Debug, Clone)]
pub struct Unverified {
    /// The statement's first line.
    pub span: Span,
    /// The dialect it was checked as.
    pub dialect: &'static str,
    /// Why the rejection is not taken as an error.
    pub reason: String,
    /// What the engines said, `engine: message`, the first few.
    pub engines_said: Vec<String>,
    /// The whole message, when it is not about a SQL statement (a shell
    /// script whose shell is missing).
    pub message: Option<String>,
}

impl Analysis {
    /// The string or comment containing `offset`, if any.
    pub fn region_at(&self, offset: usize) -> Option<&Region> {
        let i = self.regions.partition_point(|r| r.span.end <= offset);
        self.regions
            .get(i)
            .filter(|r| r.span.start <= offset && offset < r.span.end)
    }

    /// Whether `offset` lies inside a string or comment that started before it.
    pub fn inside_region(&self, offset: usize) -> bool {
        self.region_at(offset)
            .is_some_and(|r| r.span.start < offset)
    }

    /// Whether any part of `span` is covered by a rejected range.
    pub fn is_rejected(&self, span: Span) -> bool {
        self.rejected
            .iter()
            .any(|r| r.start < span.end.max(span.start + 1) && span.start < r.end.max(r.start + 1))
    }
}
