//! Strings and comments, from ruff's token stream.

use ruff_python_ast::token::TokenKind;
use ruff_text_size::Ranged;

use crate::analysis::{Region, RegionKind};
use crate::diagnostic::Span;

/// Strings and comments, from the token stream.
pub(crate) fn regions(text: &str, tokens: &[ruff_python_ast::token::Token]) -> Vec<Region> {
    let mut out: Vec<Region> = Vec::new();
    let mut interp_start: Option<usize> = None;
    let mut depth = 0usize;
    for tok in tokens {
        let r = tok.range();
        let span = Span::new(r.start().to_usize(), r.end().to_usize());
        match tok.kind() {
            TokenKind::Comment => out.push(Region {
                span,
                kind: RegionKind::Comment,
            }),
            TokenKind::String => out.push(Region {
                span,
                kind: RegionKind::String,
            }),
            TokenKind::FStringStart | TokenKind::TStringStart => {
                if depth == 0 {
                    interp_start = Some(span.start);
                }
                depth += 1;
            }
            TokenKind::FStringEnd | TokenKind::TStringEnd => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    if let Some(start) = interp_start.take() {
                        out.push(Region {
                            span: Span::new(start, span.end),
                            kind: RegionKind::String,
                        });
                    }
                }
            }
            TokenKind::Unknown => {
                // An unterminated string is lexed as an unknown token.
                let t = &text[span.start..span.end];
                let body = t.trim_start_matches(|c: char| c.is_ascii_alphabetic());
                if body.starts_with(['"', '\'']) {
                    out.push(Region {
                        span,
                        kind: RegionKind::String,
                    });
                }
            }
            _ => {}
        }
    }
    out.sort_by_key(|r| r.span.start);
    out
}
