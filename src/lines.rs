//! Line iteration with byte spans, shared by the line-based rules.

use crate::diagnostic::Span;

/// A line of text: its span without the line break.
#[derive(Debug, Clone, Copy)]
pub struct Line<'a> {
    pub number: usize,
    pub span: Span,
    pub text: &'a str,
}

/// Every line of `text` (`\n`, `\r\n` or a lone `\r` end a line).
pub fn lines(text: &str) -> impl Iterator<Item = Line<'_>> + '_ {
    let bytes = text.as_bytes();
    let mut start = 0;
    let mut number = 0;
    std::iter::from_fn(move || {
        if start > bytes.len() || (start == bytes.len() && start > 0 && number > 0) {
            return None;
        }
        let rest = &bytes[start..];
        let (end, next) = match memchr::memchr2(b'\n', b'\r', rest) {
            Some(p) => {
                let at = start + p;
                if bytes[at] == b'\r' && bytes.get(at + 1) == Some(&b'\n') {
                    (at, at + 2)
                } else {
                    (at, at + 1)
                }
            }
            None => (bytes.len(), bytes.len() + 1),
        };
        let line = Line {
            number,
            span: Span::new(start, end),
            text: &text[start..end],
        };
        number += 1;
        start = next;
        Some(line)
    })
}

/// The line containing `offset`, as a span without its line break.
pub fn line_around(text: &str, offset: usize) -> Span {
    let offset = offset.min(text.len());
    let bytes = text.as_bytes();
    // (memchr: a minified file's one line is megabytes long.)
    let start = memchr::memrchr2(b'\n', b'\r', &bytes[..offset]).map_or(0, |p| p + 1);
    let end = memchr::memchr2(b'\n', b'\r', &bytes[offset..]).map_or(text.len(), |p| offset + p);
    Span::new(start, end)
}

/// Overwrite the given spans with spaces (line breaks kept), so that a
/// parser sees the same lines and offsets without that text.
pub fn mask(text: &str, spans: &[Span]) -> String {
    let mut bytes = text.as_bytes().to_vec();
    for s in spans {
        for b in &mut bytes[s.start..s.end] {
            if *b != b'\n' && *b != b'\r' {
                *b = b' ';
            }
        }
    }
    // Masking whole lines of a valid string with ASCII spaces keeps UTF-8
    // valid as long as spans sit on char boundaries, which line spans do.
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_have_spans_without_breaks() {
        let t = "a\r\nbb\rc\n";
        let got: Vec<_> = lines(t).map(|l| l.text).collect();
        assert_eq!(got, vec!["a", "bb", "c"]);
        let t = "x";
        assert_eq!(lines(t).count(), 1);
        assert_eq!(lines("").count(), 1);
    }
}
