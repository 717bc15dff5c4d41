//! CSV: recognised in content (`language-mismatch`: an export saved as
//! `.json` or `.toml`), not checked.

use crate::lang::LineTell;

/// The fields of a line split at commas outside `"..."`, or `None` when
/// the line has code's punctuation (brackets, `=`, `;`, `key: value`) or
/// ends with a comma (a list continued on the next line).
fn fields(t: &str) -> Option<Vec<&str>> {
    if t.ends_with(',') || t.starts_with(['#', '-', '/']) {
        return None;
    }
    let mut out = Vec::new();
    let mut quoted = false;
    let mut start = 0;
    for (i, c) in t.char_indices() {
        match c {
            '"' => quoted = !quoted,
            ',' if !quoted => {
                out.push(t[start..i].trim());
                start = i + 1;
            }
            '(' | ')' | '{' | '}' | '[' | ']' | '=' | ';' | '<' | '>' | '|' if !quoted => {
                return None
            }
            _ => {}
        }
    }
    out.push(t[start..].trim());
    (out.len() >= 3 && !quoted && !t.contains(": ")).then_some(out)
}

pub fn tells(_raw: &str, t: &str, out: &mut Vec<LineTell>) {
    let Some(fields) = fields(t) else {
        return;
    };
    // `order_id,customer_email,order_date,status,total`
    let header = fields.iter().all(|f| {
        !f.is_empty()
            && f.starts_with(|c: char| c.is_ascii_alphabetic())
            && f.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == ' ')
    }) && !t.contains(", ");
    if header {
        out.push(("a CSV header row", 3));
        return;
    }
    // `10231,ana@example.com,2024-05-02,shipped,84.50`: a row with a number.
    // (`+43`: a calling code.)
    let number = |f: &str| {
        let f = f.strip_prefix('+').unwrap_or(f);
        !f.is_empty()
            && f.chars()
                .all(|c| c.is_ascii_digit() || c == '.' || c == '-')
            && f.chars().any(|c| c.is_ascii_digit())
    };
    if fields.iter().any(|f| number(f))
        && fields.iter().filter(|f| f.is_empty()).count() < fields.len() - 1
    {
        out.push(("a comma-separated row", 2));
    }
}
