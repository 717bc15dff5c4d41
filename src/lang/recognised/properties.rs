//! Java `.properties` files (`spring.datasource.url=jdbc:...`): recognised
//! in content only (`language-mismatch`: Spring's `application.properties`
//! saved as `application.yml`), not checked.

use crate::lang::LineTell;

pub fn tells(_raw: &str, t: &str, out: &mut Vec<LineTell>) {
    // A dotted lower-case key glued to `=` and a bare value (TOML writes
    // `a.b = "x"`, with blanks and quotes).
    let Some((key, value)) = t.split_once('=') else {
        return;
    };
    // (Blanks around `=` are allowed too: `appender.file.type =
    // RollingFile`, a bare word TOML would quote.)
    let spaced = key.ends_with(' ') && value.starts_with(' ');
    let (key, value) = if spaced {
        let v = value.trim_start();
        let bare = v.starts_with(|c: char| c.is_alphabetic() || c == '%' || c == '$')
            && !matches!(v, "true" | "false")
            && !v.ends_with([';', ',', '{', '(']);
        if !bare {
            return;
        }
        (key.trim_end(), v)
    } else {
        (key, value)
    };
    let dotted = key.contains('.')
        && !key.starts_with('.')
        && !key.ends_with('.')
        && key.starts_with(|c: char| c.is_ascii_lowercase())
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_' | '[' | ']'));
    if !dotted || value.starts_with(['=', ' ', '"', '\'']) || value.is_empty() {
        return;
    }
    out.push(("a `.properties` `dotted.key=value` line", 2));
    if [
        "spring.",
        "server.",
        "logging.",
        "management.",
        "quarkus.",
        "micronaut.",
    ]
    .iter()
    .any(|p| key.starts_with(p))
    {
        out.push(("a Spring/Quarkus setting", 3));
    }
}
