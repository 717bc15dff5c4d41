//! GraphQL: recognised in content (`language-mismatch`: a schema saved as
//! `.ts`, a query saved as `.json`), not checked.

use super::{first_word, ident};
use crate::lang::LineTell;

fn capitalised(w: &str) -> bool {
    ident(w) && w.starts_with(|c: char| c.is_ascii_uppercase())
}

pub fn tells(_raw: &str, t: &str, out: &mut Vec<LineTell>) {
    // `type Book implements Node {`, `input NewBook {`, `extend type Query {`
    let decl = t.strip_prefix("extend ").unwrap_or(t);
    for kw in ["type ", "input "] {
        if let Some(rest) = decl.strip_prefix(kw) {
            let name = first_word(rest, &['{', '@']);
            let after = rest[name.len()..].trim();
            if capitalised(name)
                && (after == "{" || (after.starts_with("implements ") && after.ends_with('{')))
            {
                out.push(("a GraphQL `type`/`input` definition", 3));
            }
        }
    }
    if decl.starts_with("extend ") || t.starts_with("extend type ") {
        out.push(("a GraphQL `extend type`", 4));
    }
    // `scalar DateTime`, `union SearchResult = Book | Author`
    if let Some(rest) = t.strip_prefix("scalar ") {
        if capitalised(rest.split_whitespace().next().unwrap_or(""))
            && !rest.contains([';', '=', '('])
        {
            out.push(("a GraphQL `scalar`", 4));
        }
    }
    if t.starts_with("union ") && t.contains(" = ") && t.contains(" | ") && !t.ends_with(';') {
        out.push(("a GraphQL `union`", 4));
    }
    if t == "schema {" || t.starts_with("directive @") {
        out.push(("a GraphQL `schema`/`directive`", 4));
    }
    // `query GetIssues($owner: String!, $first: Int = 10) {`, `mutation {`
    for kw in ["query ", "mutation ", "subscription "] {
        if let Some(rest) = t.strip_prefix(kw) {
            let name = first_word(rest, &['(', '{']);
            if (ident(name) || name.is_empty())
                && t.ends_with('{')
                && (!rest.contains('(') || rest.contains(": ") && rest.contains('$'))
            {
                out.push(("a GraphQL operation", 4));
            }
        }
    }
    if let Some(rest) = t.strip_prefix("fragment ") {
        if rest.contains(" on ") && t.ends_with('{') {
            out.push(("a GraphQL `fragment`", 5));
        }
    }
    // `books(first: Int, after: String): BookConnection!`, `id: ID!`
    if let Some((field, ty)) = t.rsplit_once(": ") {
        let name = first_word(field, &['(']);
        let ty = ty.split(" @").next().unwrap_or(ty).trim();
        let bare = ty.trim_start_matches('[').trim_end_matches(['!', ']']);
        if ident(name)
            && name.starts_with(|c: char| c.is_ascii_lowercase())
            && (field == name || field.starts_with(&format!("{name}(")) && field.ends_with(')'))
            && capitalised(bare)
            && (ty.ends_with('!') || ty.starts_with('[') || field != name)
        {
            out.push(("a GraphQL field and its type (`id: ID!`)", 2));
        }
    }
    // `repository(owner: "acme", name: "x") {`, `issues(first: 5, states:
    // OPEN) {`: a field with arguments opening a selection, an argument's
    // value a literal, a variable or an enum (a TypeScript method's are
    // types: `save(order: Order) {`).
    if let Some((field, args)) = t
        .strip_suffix('{')
        .and_then(|h| h.trim_end().split_once('('))
    {
        if let Some(args) = args.strip_suffix(')') {
            let valued = args.split(',').all(|a| a.contains(": "))
                && args.split(',').any(|a| {
                    let v = a.split_once(": ").map_or("", |(_, v)| v.trim());
                    v.starts_with(['"', '$', '{'])
                        || v.parse::<f64>().is_ok()
                        || (v.len() > 1 && v.bytes().all(|b| b.is_ascii_uppercase() || b == b'_'))
                });
            if ident(field)
                && field.starts_with(|c: char| c.is_ascii_lowercase())
                && valued
                && !args.contains(['=', ';', '\''])
            {
                out.push(("a GraphQL field with arguments", 3));
            }
        }
    }
    // `author {`: a selection (counted only beside stronger tells).
    if let Some(name) = t.strip_suffix(" {") {
        if ident(name)
            && name.starts_with(|c: char| c.is_ascii_lowercase())
            && name.bytes().all(|b| b.is_ascii_alphanumeric())
        {
            out.push(("a GraphQL selection", 1));
        }
    }
    // `...BookFields`, `... on Author {`
    if let Some(rest) = t.strip_prefix("...") {
        if capitalised(rest) || rest.starts_with(" on ") && t.ends_with('{') {
            out.push(("a GraphQL fragment spread", 3));
        }
    }
}
