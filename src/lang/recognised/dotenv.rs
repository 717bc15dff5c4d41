//! `.env` files (`KEY=value` lines): recognised in content
//! (`language-mismatch`), not checked.

use crate::lang::LineTell;

pub fn tells(_raw: &str, t: &str, out: &mut Vec<LineTell>) {
    // `DATABASE_URL=postgres://...`: an upper-case name glued to `=`.
    let Some((key, value)) = t.split_once('=') else {
        return;
    };
    let key = key.strip_prefix("export ").unwrap_or(key);
    let upper = key.len() >= 2
        && key.starts_with(|c: char| c.is_ascii_uppercase())
        && key
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_');
    if upper && !value.starts_with(['=', ' ']) && !value.contains("$(") && !t.ends_with(';') {
        out.push(("a `.env` `KEY=value` line", 2));
    }
}
