//! TypeScript and TSX: checked by the JavaScript backend's TypeScript
//! flavours (`javascript/backend.rs`). Its tells only add to JavaScript's
//! (see `classify`).

use super::LineTell;

pub fn tells(_raw: &str, t: &str, out: &mut Vec<LineTell>) {
    let decl = ["export ", "declare ", "default "]
        .iter()
        .fold(t, |s, p| s.strip_prefix(p).unwrap_or(s));
    if (decl.starts_with("interface ")
        || (decl.starts_with("type ") && t.contains(" = "))
        || decl.starts_with("enum ")
        || decl.starts_with("abstract class ")
        || t.starts_with("import type ")
        || t.starts_with("export type {"))
        && !t.ends_with(':')
    {
        out.push(("a TypeScript interface/type", 4));
    }
    if [
        ": string",
        ": number",
        ": boolean",
        ": Promise<",
        ": void",
        ": any",
        ": unknown",
        ": Record<",
        ": Partial<",
        ": Array<",
        ": string[]",
        ": number[]",
        "): Promise<",
    ]
    .iter()
    .any(|k| t.contains(k))
    {
        out.push(("a TypeScript type annotation", 2));
    }
    // `const config: Config = {`, `let user: User | null = null;`
    if let Some(rest) = ["const ", "let ", "export const "]
        .iter()
        .find_map(|p| t.strip_prefix(p))
    {
        if let Some((name, ty)) = rest.split_once(": ") {
            let name_ok = !name.is_empty()
                && name
                    .chars()
                    .all(|c| c.is_alphanumeric() || c == '_' || c == '$');
            if name_ok && ty.starts_with(|c: char| c.is_ascii_uppercase()) && ty.contains(" = ") {
                out.push(("a typed declaration", 2));
            }
        }
    }
    if t.contains(" satisfies ")
        || t.ends_with(" as const;")
        || t.contains(" implements ")
        || t.starts_with("private readonly ")
        || t.starts_with("private ") && t.contains(": ")
        || t.starts_with("public ") && t.contains("): ")
        || t.starts_with("readonly ")
    {
        out.push(("a TypeScript modifier", 2));
    }
}

/// TSX is never what other content is detected as: TypeScript is (its
/// tells, and its claim on text JavaScript rejects).
pub fn tsx_tells(_raw: &str, _t: &str, _out: &mut Vec<LineTell>) {}
