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
    // `await db.SaveChangesAsync();`, `app.UseSwagger();`: .NET's
    // PascalCase methods (JavaScript's and Java's are camelCase), the
    // statement ended with `;`.
    if t.ends_with(';') && pascal_call(t) {
        out.push(("a .NET PascalCase method call", 1));
    }
    // `private static readonly TimeSpan Max = ...;`, `public sealed class
    // X`, `public record Point(int X, int Y);`: C#'s modifiers (Java writes
    // `final`, and no `record` after `sealed`).
    let modifiers = ["public ", "private ", "internal ", "protected "];
    if modifiers.iter().any(|m| t.starts_with(m))
        && (t.contains(" readonly ")
            || t.contains(" sealed class ")
            || t.contains(" sealed record ")
            || t.contains(" record struct ")
            || t.contains(" internal ")
            || t.contains(" override async ")
            || t.contains(" partial class "))
    {
        out.push(("a C# modifier", 3));
    }
    if t.starts_with("[ApiController]") || t.starts_with("[Route(\"") {
        out.push(("an ASP.NET attribute", 4));
    }
}

/// Whether `t` calls a method with a PascalCase name on a lower-case
/// receiver (`app.UseSwagger(`, `builder.Services.AddDbContext<`).
fn pascal_call(t: &str) -> bool {
    t.match_indices('.').any(|(i, _)| {
        let before = t[..i].chars().next_back();
        let name: String = t[i + 1..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        let after = t[i + 1 + name.len()..].chars().next();
        before.is_some_and(|c| c.is_ascii_alphanumeric() || c == ')')
            && name.len() > 2
            && name.starts_with(|c: char| c.is_ascii_uppercase())
            && name.chars().any(|c| c.is_ascii_lowercase())
            && matches!(after, Some('(' | '<'))
            && {
                // The receiver starts lower case: `app.`, `db.Todos.`.
                let recv = t[..i]
                    .rsplit(|c: char| !(c.is_ascii_alphanumeric() || c == '.' || c == '_'))
                    .next()
                    .unwrap_or("");
                recv.starts_with(|c: char| c.is_ascii_lowercase())
            }
    })
}
