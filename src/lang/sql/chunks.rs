//! The fast path's pieces: a script parsed in chunks of whole statements.

use super::splitter::{only_trivia, Script, Statement};
use super::Dialect;

/// The fast path parses a script in pieces of about this many bytes, cut
/// at statement boundaries: a parse tree costs tens of times its text, and a
/// million-statement file parsed whole took 650 MB.
pub(crate) const CHUNK_BYTES: usize = 1 << 18;

/// Whether PostgreSQL's statement `ends` (offsets in the chunk `range`, as
/// [`postgres_statement_ends`] gives them) are the `;`s that end the
/// splitter's statements in that chunk, one for one.
pub(crate) fn same_statements(
    script: &Script,
    range: std::ops::Range<usize>,
    ends: &[usize],
) -> bool {
    let ours: Vec<&Statement> = script
        .statements
        .iter()
        .filter(|s| s.span.start >= range.start && s.span.end <= range.end)
        .filter(|s| {
            !only_trivia(
                &script.masked.as_bytes()[s.span.start..s.span.end],
                Dialect::Generic,
            )
        })
        .collect();
    ours.len() == ends.len() + 1
        && ours.iter().zip(ends).all(|(s, end)| {
            let at = range.start + end;
            s.span.start <= at && at < s.span.end && script.masked.as_bytes().get(at) == Some(&b';')
        })
}

/// Byte ranges of `script.masked` that together cover it, each made of
/// whole statements and about [`CHUNK_BYTES`] long.
pub(crate) fn chunks(script: &Script) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
    let len = script.masked.len();
    let mut start = 0;
    let mut cuts = script
        .statements
        .iter()
        .map(|s| s.span.end)
        .filter(move |end| {
            if end - start >= CHUNK_BYTES {
                start = *end;
                true
            } else {
                false
            }
        })
        .filter(move |end| *end < len)
        .peekable();
    let mut from = 0;
    let mut done = false;
    std::iter::from_fn(move || {
        if done {
            return None;
        }
        match cuts.next() {
            Some(end) => {
                let r = from..end;
                from = end;
                Some(r)
            }
            None => {
                done = true;
                Some(from..len)
            }
        }
    })
}
