//! One pass over a stylesheet's bytes, with CSS Syntax Level 3's token
//! boundaries: comments, strings (a new line breaks one), unquoted
//! `url(...)`, escapes, the blocks `{}`, `()` and `[]` as the parser nests
//! them (a closer that does not match the innermost block is an ordinary
//! token), and the statements (a rule, an at-rule, a declaration) with their
//! byte ranges, so that an error can be charged to the statement it is in:
//! the part of the text the parser throws away with it.

use crate::analysis::{Region, RegionKind};
use crate::diagnostic::Span;

/// A statement: a declaration (`color: red;`), a rule with its block
/// (`.a { ... }`), an at-rule (`@import "x.css";`, `@media ... { ... }`).
#[derive(Debug, Clone, Copy)]
pub struct Statement {
    pub span: Span,
    /// It ran into the end of the file without its `;` or block.
    pub unterminated: bool,
}

#[derive(Debug, Default)]
pub struct Scanned {
    /// Strings, comments and unquoted URLs, in order.
    pub regions: Vec<Region>,
    /// Blocks still open at the end: the opener's offset and byte,
    /// outermost first.
    pub open: Vec<(usize, u8)>,
    /// A string or comment still open at the end: where, and what.
    pub open_region: Option<(usize, &'static str)>,
    /// Strings broken by a new line (CSS's bad-string token).
    pub broken_strings: Vec<Span>,
    /// `}` that closes no block.
    pub stray_closers: Vec<usize>,
    /// Every statement, in order of their ends.
    pub statements: Vec<Statement>,
}

fn is_ident_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'-' || b == b'_' || b >= 0x80
}

pub fn scan(text: &str) -> Scanned {
    let bytes = text.as_bytes();
    let mut out = Scanned::default();
    // The current statement's start at each brace depth (0: top level).
    let mut starts: Vec<Option<usize>> = vec![None];
    let mut stack: Vec<(usize, u8)> = Vec::new();
    let brace_depth = |stack: &[(usize, u8)]| stack.iter().filter(|s| s.1 == b'{').count();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        // Inside `(` or `[` a statement goes on whatever comes.
        let in_brackets = stack.last().is_some_and(|s| s.1 != b'{');
        match b {
            b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' => {
                i += 1;
                continue;
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                let end = text[i + 2..].find("*/").map(|e| i + 2 + e + 2);
                let end = end.unwrap_or_else(|| {
                    out.open_region = Some((i, "a comment `/*`"));
                    bytes.len()
                });
                out.regions.push(Region {
                    span: Span::new(i, end),
                    kind: RegionKind::Comment,
                });
                i = end;
                continue;
            }
            _ => {}
        }
        let d = brace_depth(&stack);
        if starts[d].is_none() && !matches!(b, b';' | b'}') {
            starts[d] = Some(i);
        }
        match b {
            b'"' | b'\'' => {
                let mut j = i + 1;
                let mut closed = false;
                while j < bytes.len() {
                    match bytes[j] {
                        b'\\' => j += 2,
                        b'\n' | b'\r' | b'\x0c' => break,
                        c if c == b => {
                            closed = true;
                            j += 1;
                            break;
                        }
                        _ => j += 1,
                    }
                }
                let j = j.min(bytes.len());
                if !closed {
                    if j >= bytes.len() {
                        out.open_region = Some((i, "a string"));
                    } else {
                        out.broken_strings.push(Span::new(i, j));
                    }
                }
                out.regions.push(Region {
                    span: Span::new(i, j),
                    kind: RegionKind::String,
                });
                i = j;
            }
            b'\\' => {
                // An escape: the next character is part of a name.
                i += 1;
                if let Some(c) = text[i..].chars().next() {
                    i += c.len_utf8();
                }
            }
            b'{' | b'(' | b'[' => {
                let url = b == b'('
                    && i >= 3
                    && bytes[i - 3..i].eq_ignore_ascii_case(b"url")
                    && (i == 3 || !is_ident_byte(bytes[i - 4]));
                if url {
                    let rest = &text[i + 1..];
                    let body = rest.trim_start_matches([' ', '\t', '\n', '\r', '\x0c']);
                    if !body.starts_with(['"', '\'']) {
                        // An unquoted URL runs to its `)`.
                        let from = i + 1;
                        match rest.find(')') {
                            Some(e) => {
                                out.regions.push(Region {
                                    span: Span::new(from, from + e),
                                    kind: RegionKind::String,
                                });
                                i = from + e + 1;
                            }
                            None => {
                                out.open_region = Some((i, "`url(`"));
                                out.regions.push(Region {
                                    span: Span::new(from, bytes.len()),
                                    kind: RegionKind::String,
                                });
                                i = bytes.len();
                            }
                        }
                        continue;
                    }
                }
                stack.push((i, b));
                if b == b'{' {
                    starts.push(None);
                }
                i += 1;
            }
            b'}' | b')' | b']' => {
                let opener = match b {
                    b'}' => b'{',
                    b')' => b'(',
                    _ => b'[',
                };
                if stack.last().is_some_and(|s| s.1 == opener) {
                    stack.pop();
                    if b == b'}' {
                        // A declaration without its `;` ends with the block.
                        if let Some(s) = starts.pop().flatten() {
                            out.statements.push(Statement {
                                span: Span::new(s, i),
                                unterminated: false,
                            });
                        }
                        let d = brace_depth(&stack);
                        if let Some(s) = starts[d].take() {
                            out.statements.push(Statement {
                                span: Span::new(s, i + 1),
                                unterminated: false,
                            });
                        }
                    }
                } else if b == b'}' && stack.is_empty() {
                    out.stray_closers.push(i);
                    out.statements.push(Statement {
                        span: Span::new(starts[0].take().unwrap_or(i), i + 1),
                        unterminated: false,
                    });
                }
                i += 1;
            }
            // At the top level a qualified rule's prelude runs to its block,
            // `;` and all (CSS Syntax 3); an at-rule ends at `;`.
            b';' if d == 0 && starts[0].is_some_and(|s| bytes[s] != b'@') => {
                i += 1;
            }
            b';' if !in_brackets => {
                if let Some(s) = starts[d].take() {
                    out.statements.push(Statement {
                        span: Span::new(s, i + 1),
                        unterminated: false,
                    });
                }
                i += 1;
            }
            _ => {
                // One character (a name, a number, a delimiter).
                i += text[i..].chars().next().map_or(1, char::len_utf8);
            }
        }
    }
    for s in starts.into_iter().rev().flatten() {
        out.statements.push(Statement {
            span: Span::new(s, bytes.len()),
            unterminated: true,
        });
    }
    out.open = stack.into_iter().filter(|s| s.1 == b'{').collect();
    out
}

impl Scanned {
    /// The innermost statement holding `offset` (the last-starting one).
    pub fn statement_at(&self, offset: usize) -> Option<&Statement> {
        self.statements
            .iter()
            .filter(|s| s.span.start <= offset && offset < s.span.end.max(s.span.start + 1))
            .max_by_key(|s| s.span.start)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_strings_comments_and_statements() {
        let t = ".a { color: red; content: \"}\" } /* { */ .b { x: url(a;b) }\n";
        let s = scan(t);
        assert!(s.open.is_empty(), "{:?}", s.open);
        assert!(s.open_region.is_none());
        assert_eq!(s.regions.len(), 3, "{:?}", s.regions);
        let texts: Vec<&str> = s
            .statements
            .iter()
            .map(|st| &t[st.span.start..st.span.end])
            .collect();
        assert!(texts.contains(&"color: red;"), "{texts:?}");
        assert!(texts.contains(&"content: \"}\" "), "{texts:?}");
        assert!(
            texts.contains(&".a { color: red; content: \"}\" }"),
            "{texts:?}"
        );
        assert!(texts.contains(&".b { x: url(a;b) }"), "{texts:?}");
    }

    #[test]
    fn open_at_the_end_and_broken_strings() {
        let s = scan(".a { color: red;\n  .b { x: y");
        assert_eq!(s.open.len(), 2);
        assert_eq!(s.open[0].0, 3);
        let s = scan(".a { content: \"abc\n}");
        assert_eq!(s.broken_strings.len(), 1);
        assert!(s.open.is_empty());
        assert_eq!(scan(".a { } /* cut").open_region.map(|r| r.0), Some(7));
        assert_eq!(
            scan(".a { content: 'cut").open_region.map(|r| r.0),
            Some(14)
        );
        let s = scan(".a { } }\n.b { }");
        assert_eq!(s.stray_closers, vec![7]);
        // A top-level `;` ends an at-rule, not a rule's prelude.
        let t = "@import \"a.css\";\nfoo; .b { c: d }\n";
        let s = scan(t);
        let texts: Vec<&str> = s
            .statements
            .iter()
            .map(|st| &t[st.span.start..st.span.end])
            .collect();
        assert!(texts.contains(&"@import \"a.css\";"), "{texts:?}");
        assert!(texts.contains(&"foo; .b { c: d }"), "{texts:?}");
        // An escaped brace opens nothing; `)` does not close `{`.
        let s = scan(".a\\{ { x: y ) }");
        assert!(s.open.is_empty(), "{:?}", s.open);
    }
}
