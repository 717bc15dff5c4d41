//! Brackets open at a given offset, from the token stream.

use ruff_python_ast::token::TokenKind;
use ruff_text_size::Ranged;

use super::errors::closer_for;
use crate::diagnostic::Span;

/// Brackets that are open at a given offset, from the token stream.
pub(crate) struct BracketScan {
    /// Openers with no matching closer, in source order (span, char).
    pub(crate) unclosed: Vec<(Span, char, usize)>,
}

impl BracketScan {
    pub(crate) fn new(text: &str, tokens: &[ruff_python_ast::token::Token]) -> Self {
        // (span, char, index of the token after which it was closed or usize::MAX)
        let mut stack: Vec<(Span, char)> = Vec::new();
        let mut unclosed = Vec::new();
        for tok in tokens {
            let kind = tok.kind();
            let r = tok.range();
            let span = Span::new(r.start().to_usize(), r.end().to_usize());
            match kind {
                TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => {
                    let c = text[span.start..].chars().next().unwrap_or('(');
                    stack.push((span, c));
                }
                TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => {
                    let c = text[span.start..].chars().next().unwrap_or(')');
                    if let Some(pos) = stack.iter().rposition(|(_, o)| closer_for(*o) == c) {
                        // Everything opened after the match was never closed.
                        for (s, o) in stack.drain(pos..).skip(1) {
                            unclosed.push((s, o, span.start));
                        }
                    }
                }
                // A logical newline while brackets are open means the parser
                // recovered and the lexer reset its nesting: they end here.
                TokenKind::Newline if !stack.is_empty() => {
                    for (s, o) in stack.drain(..) {
                        unclosed.push((s, o, span.start));
                    }
                }
                _ => {}
            }
        }
        for (s, o) in stack {
            unclosed.push((s, o, usize::MAX));
        }
        unclosed.sort_by_key(|(s, _, _)| s.start);
        BracketScan { unclosed }
    }

    /// The innermost never-closed bracket opened before `offset` and still
    /// open there.
    pub(crate) fn open_at(&self, offset: usize) -> Option<(Span, char)> {
        self.unclosed
            .iter()
            .rev()
            .find(|(s, _, until)| s.start < offset && offset <= *until)
            .map(|(s, c, _)| (*s, *c))
    }
}
