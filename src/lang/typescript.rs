//! TypeScript and TSX: checked by the JavaScript backend's TypeScript
//! flavours (`javascript/backend.rs`). Its tells only add to JavaScript's
//! (see `classify`).

use super::LineTell;

pub fn tells(_raw: &str, t: &str, out: &mut Vec<LineTell>) {
    if (t.starts_with("interface ")
        || t.starts_with("export interface ")
        || (t.starts_with("type ") && t.contains(" = ")))
        && !t.ends_with(':')
    {
        out.push(("a TypeScript interface/type", 4));
    }
    if [": string", ": number", ": boolean", ": Promise<"]
        .iter()
        .any(|k| t.contains(k))
    {
        out.push(("a TypeScript type annotation", 2));
    }
}

/// TSX is never what other content is detected as: TypeScript is (its
/// tells, and its claim on text JavaScript rejects).
pub fn tsx_tells(_raw: &str, _t: &str, _out: &mut Vec<LineTell>) {}
