//! The statement splitter: a script into statements, knowing strings,
//! quoted identifiers, nested comments, dollar quotes, `BEGIN ... END`
//! bodies, psql meta-commands, MySQL `DELIMITER` and T-SQL `GO`.

use super::client::{self, ClientLine, Substitution};
use super::Dialect;
use crate::analysis::{Region, RegionKind};
use crate::diagnostic::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Escapes {
    Never,
    Always,
    /// `\'` escapes a quote when a letter or digit follows it (`'it\'s'`),
    /// and ends the string otherwise (`ESCAPE '\'`).
    Guess,
}

/// One statement of a script: its span in the file and its text as the
/// engines see it (psql meta-commands and placeholders masked, same length).
#[derive(Debug, Clone)]
pub struct Statement {
    pub span: Span,
    /// Jinja or similar templating inside: not judged.
    pub templated: bool,
    /// Brackets left open at the end of the statement (offsets in the file).
    pub unclosed: Vec<(usize, char)>,
    /// The statement ended in an unterminated string, identifier or comment
    /// that started at this offset.
    pub unterminated: Option<(usize, &'static str)>,
    /// Ended by `;` (or the current DELIMITER), not by a batch line or the
    /// end of the file.
    pub terminated: bool,
}

/// A script split into statements.
#[derive(Debug, Clone)]
pub struct Script {
    /// The file with psql meta-command lines, `DELIMITER` and `GO` lines
    /// blanked and `@name@` placeholders turned into identifiers. Same byte
    /// length and line structure as the original.
    pub masked: String,
    pub statements: Vec<Statement>,
    /// A statement ended with a custom DELIMITER: parse it as is.
    pub uses_batches: bool,
    /// Strings and comments, sorted.
    pub regions: Vec<Region>,
    /// A `BEGIN` block still open at the end of the file: where it opened.
    pub open_block_at_eof: Option<usize>,
}

/// Split `text` into statements for `dialect`.
pub fn split(text: &str, dialect: Dialect) -> Script {
    Splitter::new(text, dialect).run()
}

pub(crate) struct Splitter<'a> {
    src: &'a [u8],
    dialect: Dialect,
    masked: Vec<u8>,
    statements: Vec<Statement>,
    delimiter: Vec<u8>,
    uses_batches: bool,
    regions: Vec<Region>,
    open_block_at_eof: Option<usize>,
    /// Set by the code that ends a statement with its terminator.
    terminated: bool,
    /// An Oracle script with SQL*Plus `/` lines: PL/SQL units end there,
    /// not at their inner `;`.
    slash_ends_plsql: bool,
}

pub(crate) fn is_ident_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80
}

impl<'a> Splitter<'a> {
    fn new(text: &'a str, dialect: Dialect) -> Self {
        Splitter {
            src: text.as_bytes(),
            dialect,
            masked: text.as_bytes().to_vec(),
            statements: Vec::new(),
            delimiter: b";".to_vec(),
            uses_batches: false,
            regions: Vec::new(),
            open_block_at_eof: None,
            terminated: false,
            slash_ends_plsql: dialect == Dialect::Oracle && text.lines().any(|l| l.trim() == "/"),
        }
    }

    fn region(&mut self, start: usize, end: usize, kind: RegionKind) {
        self.regions.push(Region {
            span: Span::new(start, end),
            kind,
        });
    }

    fn line_end(&self, from: usize) -> usize {
        memchr::memchr(b'\n', &self.src[from..]).map_or(self.src.len(), |p| from + p)
    }

    fn blank(&mut self, from: usize, to: usize) {
        for b in &mut self.masked[from..to] {
            if *b != b'\n' && *b != b'\r' {
                *b = b' ';
            }
        }
    }

    fn word_at(&self, i: usize) -> &'a [u8] {
        let mut j = i;
        while j < self.src.len() && is_ident_byte(self.src[j]) {
            j += 1;
        }
        &self.src[i..j]
    }

    /// The next word after `i`, skipping white space and comments.
    fn next_word(&self, mut i: usize) -> &'a [u8] {
        loop {
            while i < self.src.len() && self.src[i].is_ascii_whitespace() {
                i += 1;
            }
            if self.src[i..].starts_with(b"--") {
                i = self.line_end(i);
                continue;
            }
            if self.src[i..].starts_with(b"/*") {
                match find(&self.src[i + 2..], b"*/") {
                    Some(p) => i = i + 2 + p + 2,
                    None => return b"",
                }
                continue;
            }
            break;
        }
        if i < self.src.len() && self.src[i] == b';' {
            return b";";
        }
        self.word_at(i)
    }

    fn run(mut self) -> Script {
        let src = self.src;
        let n = src.len();
        let mut i = 0;
        let mut start = 0; // start of the current statement
        let mut at_line_start = true;
        let mut stmt_empty = true; // nothing but white space and comments so far
        let mut depth: u32 = 0; // BEGIN ... END nesting
        let mut brackets: Vec<(usize, char)> = Vec::new();
        let mut templated = false;
        let mut prev_word: &[u8] = b"";
        let mut block_opener: Option<usize> = None;
        while i < n {
            let b = src[i];
            if at_line_start {
                // Line-level commands, recognised only outside statements'
                // strings and comments (this loop is always outside them).
                let mut j = i;
                while j < n && (src[j] == b' ' || src[j] == b'\t') {
                    j += 1;
                }
                let end = self.line_end(j);
                let line = &src[j..end];
                if self.dialect.delimiter_command()
                    && stmt_empty
                    && line.len() > 10
                    && line[..9].eq_ignore_ascii_case(b"DELIMITER")
                    && line[9].is_ascii_whitespace()
                {
                    let d = trim_bytes(&line[10..]);
                    if !d.is_empty() {
                        self.delimiter = d.to_vec();
                        self.uses_batches = self.delimiter != b";";
                    }
                    self.blank(j, end);
                    i = end;
                    start = end;
                    continue;
                }
                if let Some(kind) = client::client_line(self.dialect, line, stmt_empty) {
                    match kind {
                        ClientLine::Cell => self.region(j, end, RegionKind::Comment),
                        ClientLine::Run => {
                            self.terminated = !stmt_empty;
                            self.blank(j, end);
                        }
                        ClientLine::Command => {
                            self.blank(j, end);
                            // The client's own line: its words are not the
                            // model's.
                            self.region(j, end, RegionKind::Comment);
                        }
                    }
                    self.finish(start, i, &mut brackets, templated, None);
                    i = end;
                    // `\copy ... from stdin`: the data lines follow.
                    if line.first() == Some(&b'\\') && client::copy_from_stdin(&line[1..]) {
                        i = self.copy_data((end + 1).min(n));
                    }
                    start = i;
                    stmt_empty = true;
                    templated = false;
                    depth = 0;
                    continue;
                }
                if stmt_empty {
                    if let Some(len) = client::file_transfer(self.dialect, line) {
                        self.blank(j, j + len);
                        i = j + len;
                        start = i;
                        continue;
                    }
                }
                if b == b'#' && (self.dialect.hash_comments() || self.dialect == Dialect::Generic) {
                    let e = self.line_end(i);
                    self.region(i, e, RegionKind::Comment);
                    i = e;
                    continue;
                }
                at_line_start = false;
            }
            let at_delimiter = self.delimiter != b";" && src[i..].starts_with(&self.delimiter);
            if !at_delimiter && matches!(b, b':' | b'$' | b'&' | b'{' | b'<') {
                let in_square = brackets.last().is_some_and(|(_, c)| *c == '[');
                match client::substitution(self.dialect, src, i, in_square) {
                    Some(Substitution::QuotedVariable) => {
                        self.masked[i] = b' ';
                        stmt_empty = false;
                        i += 1;
                        continue;
                    }
                    Some(Substitution::Identifier(len)) => {
                        for (m, b) in self.masked[i..i + len].iter_mut().zip(&src[i..i + len]) {
                            if !b.is_ascii_alphanumeric() {
                                *m = b'_';
                            }
                        }
                        stmt_empty = false;
                        i += len;
                        continue;
                    }
                    Some(Substitution::Default { len, value }) => {
                        let (at, vlen) = value;
                        self.masked.copy_within(at..at + vlen, i);
                        for k in i + vlen..i + len {
                            self.masked[k] = b' ';
                        }
                        stmt_empty = false;
                        i += len;
                        continue;
                    }
                    None => {}
                }
            }
            match b {
                // A custom DELIMITER ends the statement wherever it stands
                // outside strings and comments, before any other reading
                // (`END $$` is not a dollar quote then).
                _ if self.delimiter != b";" && src[i..].starts_with(&self.delimiter) => {
                    self.terminated = true;
                    self.finish(start, i, &mut brackets, templated, None);
                    self.blank(i, i + self.delimiter.len());
                    i += self.delimiter.len();
                    start = i;
                    stmt_empty = true;
                    templated = false;
                }
                b'\n' => {
                    at_line_start = true;
                    i += 1;
                }
                b'-' if src.get(i + 1) == Some(&b'-') => {
                    let e = self.line_end(i);
                    self.region(i, e, RegionKind::Comment);
                    i = e;
                }
                // Snowflake's `//` comments.
                b'/' if self.dialect == Dialect::Snowflake && src.get(i + 1) == Some(&b'/') => {
                    let e = self.line_end(i);
                    self.region(i, e, RegionKind::Comment);
                    i = e;
                }
                b'#' if self.dialect.hash_comments() => {
                    let e = self.line_end(i);
                    self.region(i, e, RegionKind::Comment);
                    i = e;
                }
                b'/' if src.get(i + 1) == Some(&b'*') => match self.skip_block_comment(i) {
                    Some(e) => {
                        self.region(i, e, RegionKind::Comment);
                        i = e;
                    }
                    None => {
                        self.region(i, n, RegionKind::Comment);
                        self.finish(
                            start,
                            n,
                            &mut brackets,
                            templated,
                            Some((i, "comment `/*`")),
                        );
                        return self.script();
                    }
                },
                b'\'' | b'"' => {
                    stmt_empty = false;
                    let end = if b == b'\'' && self.q_quote_at(i) {
                        self.skip_q_quoted(i)
                    } else {
                        self.skip_quoted(i, b)
                    };
                    match end {
                        Some(e) => {
                            if b == b'\'' || self.dialect.double_quoted_strings() {
                                self.region(i, e, RegionKind::String);
                            }
                            i = e;
                        }
                        None => {
                            if b == b'\'' || self.dialect.double_quoted_strings() {
                                self.region(i, n, RegionKind::String);
                            }
                            let what = if b == b'\'' {
                                "string `'`"
                            } else {
                                "quoted identifier `\"`"
                            };
                            self.finish(start, n, &mut brackets, templated, Some((i, what)));
                            return self.script();
                        }
                    }
                }
                b'`' if self.dialect.backticks() => {
                    stmt_empty = false;
                    match memchr::memchr(b'`', &src[i + 1..]) {
                        Some(p) => i = i + 1 + p + 1,
                        None => {
                            self.finish(
                                start,
                                n,
                                &mut brackets,
                                templated,
                                Some((i, "identifier `` ` ``")),
                            );
                            return self.script();
                        }
                    }
                }
                // `[<schema_name, sysname, dbo>]`: an SSMS template
                // parameter inside a bracketed name is read like one outside.
                b'[' if self.dialect.brackets_quote()
                    && src.get(i + 1) == Some(&b'<')
                    && client::substitution(self.dialect, src, i + 1, false).is_some() =>
                {
                    stmt_empty = false;
                    i += 1;
                }
                b'[' if self.dialect.brackets_quote() => {
                    stmt_empty = false;
                    match memchr::memchr(b']', &src[i + 1..]) {
                        Some(p) => i = i + 1 + p + 1,
                        None => i += 1,
                    }
                }
                b'$' if self.dialect.dollar_quotes() && (i == 0 || !is_ident_byte(src[i - 1])) => {
                    stmt_empty = false;
                    match self.dollar_tag(i) {
                        Some(tag) => match find(&src[i + tag.len()..], tag) {
                            Some(p) => {
                                let e = i + tag.len() + p + tag.len();
                                self.region(i, e, RegionKind::Body);
                                i = e;
                            }
                            // Unsure of the dialect, a `$$` glued to a name
                            // that never closes is not a quote (Oracle's
                            // conditional compilation, `$IF $$flag $THEN`).
                            None if self.dialect == Dialect::Generic
                                && src.get(i + tag.len()).is_some_and(|b| is_ident_byte(*b)) =>
                            {
                                i += 1
                            }
                            None => {
                                self.region(i, n, RegionKind::Body);
                                self.finish(
                                    start,
                                    n,
                                    &mut brackets,
                                    templated,
                                    Some((i, "dollar-quoted string")),
                                );
                                return self.script();
                            }
                        },
                        None => i += 1,
                    }
                }
                b'{' if matches!(src.get(i + 1), Some(b'{' | b'%' | b'#')) => {
                    templated = true;
                    stmt_empty = false;
                    i += 2;
                }
                b'(' | b'[' | b'{' => {
                    stmt_empty = false;
                    brackets.push((i, b as char));
                    i += 1;
                }
                b')' | b']' | b'}' => {
                    stmt_empty = false;
                    let open = match b {
                        b')' => '(',
                        b']' => '[',
                        _ => '{',
                    };
                    if let Some(p) = brackets.iter().rposition(|(_, c)| *c == open) {
                        brackets.truncate(p);
                    }
                    i += 1;
                }
                b';' if self.delimiter == b";"
                    && depth == 0
                    && !(self.slash_ends_plsql && client::plsql_unit(&self.masked[start..i]))
                    && !(self.dialect.psql_meta_commands()
                        && brackets.iter().any(|(_, c)| *c == '(')
                        && client::pg_rule(&self.masked[start..i])) =>
                {
                    self.terminated = true;
                    self.finish(start, i + 1, &mut brackets, templated, None);
                    i += 1;
                    if self.dialect.psql_meta_commands()
                        && client::copy_from_stdin(&self.masked[start..i])
                    {
                        let line_end = self.line_end(i);
                        i = self.copy_data((line_end + 1).min(n));
                    }
                    start = i;
                    stmt_empty = true;
                    templated = false;
                }
                b'@' if self.dialect.psql_meta_commands() => {
                    // `@extschema@`-style placeholders of extension scripts.
                    let w = self.word_at(i + 1);
                    if !w.is_empty() && src.get(i + 1 + w.len()) == Some(&b'@') {
                        self.masked[i] = b'_';
                        self.masked[i + 1 + w.len()] = b'_';
                        i += w.len() + 2;
                    } else {
                        i += 1;
                    }
                    stmt_empty = false;
                }
                _ if is_ident_byte(b) && (i == 0 || !is_ident_byte(src[i - 1])) => {
                    stmt_empty = false;
                    let w = self.word_at(i);
                    if w.eq_ignore_ascii_case(b"BEGIN") {
                        let next = self.next_word(i + w.len());
                        if opens_block(next) {
                            if depth == 0 {
                                block_opener = Some(i);
                            }
                            depth += 1;
                        }
                    } else if w.eq_ignore_ascii_case(b"CASE")
                        && depth > 0
                        && !prev_word.eq_ignore_ascii_case(b"END")
                    {
                        depth += 1;
                    } else if w.eq_ignore_ascii_case(b"END") && depth > 0 {
                        let after = i + w.len();
                        let next = self.next_word(after);
                        // `END IF`, `END LOOP`, ... close other blocks, except
                        // in T-SQL, which has none: there `END` then `IF` on
                        // the next line is a block's end and a new statement.
                        // Unsure (`generic`), only on the same line.
                        let same_line = || {
                            !src[after..]
                                .iter()
                                .take_while(|b| b.is_ascii_whitespace())
                                .any(|b| *b == b'\n')
                        };
                        let closes_other = self.dialect != Dialect::Mssql
                            && [&b"IF"[..], b"LOOP", b"WHILE", b"REPEAT", b"FOR"]
                                .iter()
                                .any(|k| next.eq_ignore_ascii_case(k))
                            && (self.dialect != Dialect::Generic || same_line());
                        if !closes_other {
                            depth -= 1;
                        }
                    }
                    prev_word = w;
                    i += w.len();
                }
                _ => {
                    if !b.is_ascii_whitespace() {
                        stmt_empty = false;
                    }
                    i += 1;
                }
            }
        }
        if depth > 0 {
            self.open_block_at_eof = block_opener;
        }
        self.finish(start, n, &mut brackets, templated, None);
        self.script()
    }

    /// Skip (and blank) the data lines of `COPY ... FROM stdin` starting at
    /// `from`, up to and with the `\.` line; where they end.
    fn copy_data(&mut self, from: usize) -> usize {
        let end = client::copy_data_end(self.src, from);
        if from < end {
            self.region(from, end, RegionKind::String);
            self.blank(from, end);
        }
        end
    }

    fn script(mut self) -> Script {
        self.regions.sort_by_key(|r| r.span.start);
        Script {
            masked: String::from_utf8(self.masked).expect("masking keeps UTF-8"),
            statements: self.statements,
            uses_batches: self.uses_batches,
            regions: self.regions,
            open_block_at_eof: self.open_block_at_eof,
        }
    }

    fn finish(
        &mut self,
        start: usize,
        end: usize,
        brackets: &mut Vec<(usize, char)>,
        templated: bool,
        unterminated: Option<(usize, &'static str)>,
    ) {
        let unclosed = std::mem::take(brackets);
        let terminated = std::mem::take(&mut self.terminated);
        if start >= end || only_trivia(&self.masked[start..end], self.dialect) {
            return;
        }
        self.statements.push(Statement {
            span: Span::new(start, end),
            templated,
            unclosed,
            unterminated,
            terminated,
        });
    }

    fn skip_block_comment(&self, i: usize) -> Option<usize> {
        // Nested comments, as PostgreSQL, T-SQL and the SQL standard have
        // them; Oracle, MySQL and SQLite end a comment at its first `*/`.
        // Unsure of the dialect, a `/*` inside a comment that would then
        // never close is text.
        let src = self.src;
        let flat = || find(&src[i + 2..], b"*/").map(|p| i + 2 + p + 2);
        if matches!(
            self.dialect,
            Dialect::Oracle | Dialect::Mysql | Dialect::Sqlite
        ) {
            return flat();
        }
        let nested = self.skip_nested_comment(i);
        if nested.is_none() && self.dialect == Dialect::Generic {
            return flat();
        }
        nested
    }

    fn skip_nested_comment(&self, i: usize) -> Option<usize> {
        let src = self.src;
        let mut depth = 0;
        let mut j = i;
        while j + 1 < src.len() {
            if src[j] == b'/' && src[j + 1] == b'*' {
                depth += 1;
                j += 2;
            } else if src[j] == b'*' && src[j + 1] == b'/' {
                depth -= 1;
                j += 2;
                if depth == 0 {
                    return Some(j);
                }
            } else {
                j += 1;
            }
        }
        None
    }

    fn skip_quoted(&self, i: usize, q: u8) -> Option<usize> {
        let src = self.src;
        let escapes = if q == b'\''
            && i > 0
            && matches!(src[i - 1], b'E' | b'e')
            && (i < 2 || !is_ident_byte(src[i - 2]))
        {
            Escapes::Always
        } else {
            self.dialect.backslash_escapes()
        };
        let mut j = i + 1;
        while j < src.len() {
            let c = src[j];
            if c == b'\\' && escapes != Escapes::Never && j + 1 < src.len() {
                let next = src[j + 1];
                let escape = match escapes {
                    Escapes::Always => true,
                    // `\'` ends the string when what follows can follow
                    // one (`'C:\' || x`, `'\')`); `'a\'|\/b'` (a regular
                    // expression) goes on.
                    Escapes::Guess => {
                        next != q
                            || src.get(j + 2).is_some_and(|&a| {
                                let concat = a == b'|' && src.get(j + 3) == Some(&b'|');
                                !(a.is_ascii_whitespace()
                                    || concat
                                    || b",);:=+-*<>.]}".contains(&a))
                            })
                    }
                    Escapes::Never => false,
                };
                if escape {
                    j += 2;
                    continue;
                }
            }
            if c == q {
                if src.get(j + 1) == Some(&q) {
                    j += 2;
                    continue;
                }
                return Some(j + 1);
            }
            j += 1;
        }
        None
    }

    /// Whether the `'` at `i` opens an Oracle alternative-quoting literal,
    /// `q'[...]'` (or `Q`, `nq`, `NQ`): its own delimiter, then a `'`.
    fn q_quote_at(&self, i: usize) -> bool {
        if !matches!(self.dialect, Dialect::Oracle | Dialect::Generic) || i == 0 {
            return false;
        }
        let src = self.src;
        if !matches!(src[i - 1], b'q' | b'Q') {
            return false;
        }
        let before = i.checked_sub(2).map(|k| src[k]);
        let word_start = match before {
            Some(b'n' | b'N') => i.checked_sub(3).map(|k| src[k]),
            other => other,
        };
        word_start.is_none_or(|c| !is_ident_byte(c))
            && src
                .get(i + 1)
                .is_some_and(|c| !c.is_ascii_whitespace() && *c != b'\'')
    }

    /// The end (after its closing `'`) of the `q'X...X'` literal whose `'` is
    /// at `i`; `None` when it never closes.
    fn skip_q_quoted(&self, i: usize) -> Option<usize> {
        let src = self.src;
        let open = src[i + 1];
        let close = match open {
            b'[' => b']',
            b'{' => b'}',
            b'(' => b')',
            b'<' => b'>',
            c => c,
        };
        let mut j = i + 2;
        while j + 1 < src.len() {
            if src[j] == close && src[j + 1] == b'\'' {
                return Some(j + 2);
            }
            j += 1;
        }
        None
    }

    /// `$$` or `$tag$` starting at `i`.
    fn dollar_tag(&self, i: usize) -> Option<&'a [u8]> {
        let src = self.src;
        let mut j = i + 1;
        if src.get(j).is_some_and(|b| b.is_ascii_digit()) {
            return None;
        }
        while j < src.len() && is_ident_byte(src[j]) {
            j += 1;
        }
        (src.get(j) == Some(&b'$')).then(|| &src[i..=j])
    }
}

/// Whether `BEGIN` followed by `next` opens a block (`BEGIN ... END`) rather
/// than a transaction (`BEGIN;`, `BEGIN TRANSACTION`).
pub(crate) fn opens_block(next: &[u8]) -> bool {
    const TRANSACTION: &[&[u8]] = &[
        b";",
        b"",
        b"TRANSACTION",
        b"TRAN",
        b"WORK",
        b"DEFERRED",
        b"IMMEDIATE",
        b"EXCLUSIVE",
        b"ISOLATION",
        b"READ",
        b"DISTRIBUTED",
    ];
    !TRANSACTION.iter().any(|k| next.eq_ignore_ascii_case(k))
}

pub(crate) fn is_go_line(line: &[u8]) -> bool {
    let line = trim_bytes(line);
    if line.len() < 2 || !line[..2].eq_ignore_ascii_case(b"GO") {
        return false;
    }
    let rest = trim_bytes(&line[2..]);
    rest.is_empty() || rest.iter().all(u8::is_ascii_digit) || rest.starts_with(b"--")
}

pub(crate) fn trim_bytes(b: &[u8]) -> &[u8] {
    let s = b
        .iter()
        .position(|c| !c.is_ascii_whitespace())
        .unwrap_or(b.len());
    let e = b
        .iter()
        .rposition(|c| !c.is_ascii_whitespace())
        .map_or(s, |e| e + 1);
    &b[s..e]
}

pub(crate) fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    memchr::memmem::find(hay, needle)
}

/// Nothing but white space, comments and semicolons.
pub(crate) fn only_trivia(s: &[u8], dialect: Dialect) -> bool {
    let mut i = 0;
    while i < s.len() {
        match s[i] {
            b if b.is_ascii_whitespace() || b == b';' => i += 1,
            b'-' if s.get(i + 1) == Some(&b'-') => {
                i = memchr::memchr(b'\n', &s[i..]).map_or(s.len(), |p| i + p)
            }
            b'#' if dialect.hash_comments() || dialect == Dialect::Generic => {
                i = memchr::memchr(b'\n', &s[i..]).map_or(s.len(), |p| i + p)
            }
            b'/' if dialect == Dialect::Snowflake && s.get(i + 1) == Some(&b'/') => {
                i = memchr::memchr(b'\n', &s[i..]).map_or(s.len(), |p| i + p)
            }
            b'/' if s.get(i + 1) == Some(&b'*') => match find(&s[i + 2..], b"*/") {
                Some(p) => i = i + 2 + p + 2,
                // An unterminated comment is not nothing: the engines judge it.
                None => return false,
            },
            _ => return false,
        }
    }
    true
}
