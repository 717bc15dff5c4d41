//! pip requirements files (`django==4.2.11`, `-r base.txt`): recognised
//! in content only (`language-mismatch`: `requirements.txt` saved as
//! `.json` or `.toml`), not checked.

use crate::lang::LineTell;

pub fn tells(_raw: &str, t: &str, out: &mut Vec<LineTell>) {
    // `-r requirements/base.txt`, `--index-url https://...`, `-e .`
    if t.starts_with("-r ")
        || t.starts_with("--requirement ")
        || t.starts_with("--index-url ")
        || t.starts_with("--extra-index-url ")
        || t.starts_with("-c ")
    {
        out.push(("a pip requirements option", 2));
        return;
    }
    // `django==4.2.11`, `psycopg[binary]>=3.1,<4`, `numpy~=1.26`: a
    // distribution name glued to a version clause.
    let Some(at) = t.find(['=', '>', '<', '~', '!']) else {
        return;
    };
    let (name, spec) = t.split_at(at);
    let name_ok = !name.is_empty()
        && name.starts_with(|c: char| c.is_ascii_alphabetic())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | '[' | ']' | ','));
    let op = ["==", ">=", "<=", "~=", "!="]
        .iter()
        .any(|o| spec.starts_with(o));
    let version = spec
        .trim_start_matches(['=', '>', '<', '~', '!'])
        .starts_with(|c: char| c.is_ascii_digit());
    if name_ok && op && version && !t.contains(' ') {
        out.push(("a pinned Python requirement", 2));
    }
}
