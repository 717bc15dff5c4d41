//! The reply as lines with byte spans, and its fenced code blocks.

use crate::diagnostic::Span;

/// One line of the reply, without its line break (`\n` or `\r\n`).
#[derive(Debug, Clone, Copy)]
pub struct RLine<'a> {
    /// 0-based.
    pub index: usize,
    pub text: &'a str,
    /// Where the line starts.
    pub start: usize,
    /// Where the next line starts (after the line break).
    pub next: usize,
}

pub fn lines(text: &str) -> Vec<RLine<'_>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (index, raw) in text.split_inclusive('\n').enumerate() {
        let next = start + raw.len();
        let body = raw.strip_suffix('\n').unwrap_or(raw);
        let body = body.strip_suffix('\r').unwrap_or(body);
        out.push(RLine {
            index,
            text: body,
            start,
            next,
        });
        start = next;
    }
    out
}

/// A fenced code block: ```` ```lang ```` or `~~~`, closed by a fence of the
/// same character at least as long, with no info string.
#[derive(Debug, Clone)]
pub struct Fence {
    /// The opening line (0-based).
    pub open: usize,
    /// The closing line; `None` when the reply ends inside the block.
    pub close: Option<usize>,
    /// The info string, trimmed (`python src/a.py`).
    pub info: String,
    pub marker: char,
    pub len: usize,
    /// Spaces before the opening fence (a block in a list item): removed
    /// from the content's lines, as CommonMark does.
    pub indent: usize,
}

impl Fence {
    /// The content's lines: after the opener, before the closer (or the end).
    pub fn body(&self, total: usize) -> std::ops::Range<usize> {
        self.open + 1..self.close.unwrap_or(total)
    }

    /// The lines the block covers, fences included.
    pub fn lines(&self, total: usize) -> std::ops::Range<usize> {
        self.open..self.close.map_or(total, |c| c + 1)
    }

    /// The first word of the info string: the language, when it is one.
    pub fn lang(&self) -> &str {
        self.info
            .split(|c: char| c.is_whitespace() || c == '{' || c == ',')
            .next()
            .unwrap_or("")
    }
}

/// A fence opener on `line`: its marker, length and info string.
pub fn fence_open(line: &str) -> Option<(char, usize, &str)> {
    let t = line.trim_start();
    if line.len() - t.len() > 3 && !line.starts_with(' ') {
        return None;
    }
    let marker = t.chars().next()?;
    if marker != '`' && marker != '~' {
        return None;
    }
    let len = t.chars().take_while(|c| *c == marker).count();
    if len < 3 {
        return None;
    }
    let info = t[len..].trim();
    if marker == '`' && info.contains('`') {
        return None;
    }
    Some((marker, len, info))
}

/// Whether `line` closes a fence of `marker` and at least `len`.
fn closes(line: &str, marker: char, len: usize) -> bool {
    let t = line.trim();
    let run = t.chars().take_while(|c| *c == marker).count();
    run >= len && t[run * marker.len_utf8()..].trim().is_empty()
}

/// Every fenced block, outermost only. Inside a block, a fence of the same
/// length with an info string opens a nested block (a README written in a
/// ```` ``` ```` fence that shows ```` ```bash ```` blocks), closed by the
/// next bare fence, so that the inner closer does not end the outer block.
pub fn fences(lines: &[RLine<'_>]) -> Vec<Fence> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let Some((marker, len, info)) = fence_open(lines[i].text) else {
            i += 1;
            continue;
        };
        let mut depth = 0usize;
        let mut close = None;
        let mut j = i + 1;
        while j < lines.len() {
            let l = lines[j].text;
            if closes(l, marker, len) {
                if depth == 0 {
                    close = Some(j);
                    break;
                }
                depth -= 1;
            } else if let Some((m, n, inner)) = fence_open(l) {
                if m == marker && n == len && !inner.is_empty() {
                    depth += 1;
                }
            }
            j += 1;
        }
        // An unclosed block with nested openers: read it the CommonMark way
        // (the first bare fence closes) when that closes it.
        if close.is_none() && depth > 0 {
            close = (i + 1..lines.len()).find(|&k| closes(lines[k].text, marker, len));
        }
        let indent = lines[i].text.len() - lines[i].text.trim_start_matches(' ').len();
        out.push(Fence {
            open: i,
            close,
            info: info.to_string(),
            marker,
            len,
            indent,
        });
        i = close.map_or(lines.len(), |c| c + 1);
    }
    out
}

/// The text of lines `range` (line breaks kept; the last line gets one).
pub fn join(text: &str, lines: &[RLine<'_>], range: std::ops::Range<usize>) -> String {
    if range.is_empty() {
        return String::new();
    }
    let start = lines[range.start].start;
    let end = lines[range.end - 1].next;
    let mut s = text[start..end].to_string();
    if !s.ends_with('\n') {
        s.push('\n');
    }
    s
}

/// The text of lines `range` with up to `indent` leading spaces removed
/// from each line.
pub fn join_dedented(
    text: &str,
    lines: &[RLine<'_>],
    range: std::ops::Range<usize>,
    indent: usize,
) -> String {
    if indent == 0 {
        return join(text, lines, range);
    }
    let mut s = String::new();
    for l in &lines[range] {
        let raw = &text[l.start..l.next];
        let spaces = raw.len() - raw.trim_start_matches(' ').len();
        s.push_str(&raw[spaces.min(indent)..]);
    }
    if !s.is_empty() && !s.ends_with('\n') {
        s.push('\n');
    }
    s
}

/// The span of lines `range` (without the last line break).
pub fn span(lines: &[RLine<'_>], range: std::ops::Range<usize>) -> Span {
    let end = range.end.min(lines.len());
    let range = range.start.min(end)..end;
    if range.is_empty() {
        let at = lines.get(range.start).map_or_else(
            || lines.last().map_or(0, |l| l.start + l.text.len()),
            |l| l.start,
        );
        return Span::empty(at);
    }
    let last = &lines[range.end - 1];
    Span::new(lines[range.start].start, last.start + last.text.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_longer_fence_holds_shorter_ones_and_nested_openers_pair() {
        let t = "````markdown\n# T\n```bash\nls\n```\n````\nafter\n```python\nx = 1\n```\n";
        let ls = lines(t);
        let f = fences(&ls);
        assert_eq!(f.len(), 2);
        assert_eq!((f[0].open, f[0].close), (0, Some(5)));
        assert_eq!((f[1].open, f[1].close), (7, Some(9)));
        let t = "```markdown\n# T\n```bash\nls\n```\nmore\n```\n";
        let f = fences(&lines(t));
        assert_eq!((f[0].open, f[0].close), (0, Some(6)));
    }

    #[test]
    fn a_block_in_a_list_item_loses_its_indentation() {
        let t = "1. Add it:\n   ```python\n   def f():\n       return 1\n   ```\n";
        let ls = lines(t);
        let f = &fences(&ls)[0];
        assert_eq!(f.indent, 3);
        assert_eq!(
            join_dedented(t, &ls, f.body(ls.len()), f.indent),
            "def f():\n    return 1\n"
        );
    }

    #[test]
    fn spans_of_lines_past_the_end_are_clamped() {
        assert_eq!(span(&lines(""), 0..1), Span::empty(0));
        let t = "a\nb\n";
        assert_eq!(span(&lines(t), 1..5), Span::new(2, 3));
        assert_eq!(span(&lines(t), 7..9), Span::empty(3));
    }

    #[test]
    fn an_unclosed_block_runs_to_the_end() {
        let t = "text\n```python\ndef f():\n";
        let f = fences(&lines(t));
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].close, None);
        assert_eq!(f[0].lang(), "python");
    }
}
