//! C#: recognised in content (`language-mismatch`), not checked.

use crate::lang::LineTell;

pub fn tells(_raw: &str, t: &str, out: &mut Vec<LineTell>) {
    if t.starts_with("using ") && t.ends_with(';') && !t.contains('(') && !t.contains(" = ") {
        out.push(("a C# `using` directive", 4));
    }
    if let Some(name) = t.strip_prefix("namespace ") {
        let name = name.trim_end_matches([';', '{', ' ']);
        if name.contains('.') && !name.contains(' ') {
            out.push(("a C# namespace", 4));
        }
    }
    if t.contains("{ get; set; }") || t.contains("{ get; init; }") || t.contains("{ get; }") {
        out.push(("a C# property", 5));
    }
    if t.contains(" async Task") || t.starts_with("[HttpGet") || t.starts_with("[HttpPost") {
        out.push(("C#'s `Task`/attributes", 4));
    }
    if t.starts_with("[ApiController]") || t.starts_with("[Route(\"") {
        out.push(("an ASP.NET attribute", 4));
    }
}
