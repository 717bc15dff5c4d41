//! Protocol Buffers: recognised in content (`language-mismatch`: a `.proto`
//! schema saved as `.ts`), not checked.

use super::{dotted, first_word, ident};
use crate::lang::LineTell;

const SCALARS: &[&str] = &[
    "double", "float", "int32", "int64", "uint32", "uint64", "sint32", "sint64", "fixed32",
    "fixed64", "sfixed32", "sfixed64", "bool", "string", "bytes",
];

pub fn tells(_raw: &str, t: &str, out: &mut Vec<LineTell>) {
    if t.starts_with("syntax = \"proto") || t.starts_with("edition = \"20") {
        out.push(("a Protocol Buffers `syntax` line", 6));
    }
    if t.starts_with("import \"") && t.ends_with(".proto\";") {
        out.push(("a `.proto` import", 5));
    }
    for kw in ["message ", "service "] {
        if let Some(rest) = t.strip_prefix(kw) {
            let name = first_word(rest, &['{']);
            if ident(name) && rest[name.len()..].trim() == "{" {
                out.push(("a Protocol Buffers `message`/`service`", 3));
            }
        }
    }
    // `rpc GetUser (GetUserRequest) returns (User);`
    if t.starts_with("rpc ") && t.contains(" returns ") {
        out.push(("a Protocol Buffers `rpc`", 5));
    }
    if t.starts_with("option ") && t.contains(" = ") && t.ends_with(';') {
        out.push(("a Protocol Buffers `option`", 2));
    }
    // `repeated string tags = 3;`, `map<string, int64> counts = 4;`,
    // `google.protobuf.Timestamp created_at = 5 [deprecated = true];`
    let field = ["repeated ", "optional ", "required "]
        .iter()
        .fold(t, |s, p| s.strip_prefix(p).unwrap_or(s));
    if let Some((decl, number)) = field.split_once(" = ") {
        let number = number.trim_end_matches(';');
        let number = number.split(" [").next().unwrap_or(number);
        let mut words = decl.split_whitespace();
        let (ty, name) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
        let typed = SCALARS.contains(&ty)
            || ty.starts_with("map<")
            || (ident(ty) || dotted(ty)) && ty.starts_with(|c: char| c.is_ascii_uppercase())
            || dotted(ty)
                && ty
                    .rsplit('.')
                    .next()
                    .is_some_and(|l| l.starts_with(char::is_uppercase));
        if typed
            && ident(name)
            && words.next().is_none()
            && t.ends_with(';')
            && !number.is_empty()
            && number.chars().all(|c| c.is_ascii_digit())
        {
            out.push(("a Protocol Buffers field (`string name = 1;`)", 2));
        }
    }
}
