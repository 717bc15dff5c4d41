//! JavaScript, and with `typescript.rs` TypeScript and TSX: checked with
//! oxc's parser (`backend.rs`, one backend for the three grammars).

mod backend;
mod package;

pub use backend::{Ecma, Flavor, JAVASCRIPT, TSX, TYPESCRIPT};

use super::LineTell;

pub fn tells(_raw: &str, t: &str, out: &mut Vec<LineTell>) {
    if t.starts_with("import ")
        && (t.contains(" from '")
            || t.contains(" from \"")
            || t.ends_with("';")
            || t.ends_with("\";"))
    {
        out.push(("a JavaScript import", 3));
    }
    if t.starts_with("export default")
        || t.starts_with("export const ")
        || t.starts_with("export function ")
        || t.starts_with("export async function ")
        || t.starts_with("export class ")
        || t.starts_with("export {")
        || t.starts_with("module.exports")
        || t.starts_with("exports.")
    {
        out.push(("a JavaScript export", 3));
    }
    if (t.starts_with("const ") || t.starts_with("let ") || t.starts_with("var "))
        && t.contains(" = ")
    {
        out.push(("a JavaScript declaration", 2));
    }
    if t.contains("function ") && t.contains('(') && t.ends_with('{') {
        out.push(("a JavaScript function", 2));
    }
    if t.contains("console.log(") || t.contains("require('") || t.contains("require(\"") {
        out.push(("`console.log`/`require`", 2));
    }
    if t.contains(") => {") || t.contains(") => ") && t.ends_with(';') {
        out.push(("an arrow function", 1));
    }
    if t.contains("await ") && t.ends_with(';') || t.contains(" === ") || t.contains(" !== ") {
        out.push(("`await`/`===`", 1));
    }
}
