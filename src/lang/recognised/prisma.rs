//! Prisma schema (`schema.prisma`): recognised in content only
//! (`language-mismatch`: the schema saved as `.sql` or `.ts`), not checked.

use super::{first_word, ident};
use crate::lang::LineTell;

/// Prisma's scalar types, which a model's fields name.
const SCALARS: &[&str] = &[
    "String", "Int", "BigInt", "Float", "Decimal", "Boolean", "DateTime", "Json", "Bytes",
];

pub fn tells(_raw: &str, t: &str, out: &mut Vec<LineTell>) {
    // `generator client {`, `datasource db {`
    for (kw, what) in [
        ("generator ", "a Prisma `generator` block"),
        ("datasource ", "a Prisma `datasource` block"),
    ] {
        if let Some(rest) = t.strip_prefix(kw) {
            if rest.strip_suffix('{').is_some_and(|n| ident(n.trim())) {
                out.push((what, 5));
            }
        }
    }
    if t.starts_with("provider = \"prisma-client") {
        out.push(("Prisma's client generator", 5));
    }
    // `model User {`
    if let Some(name) = t.strip_prefix("model ").and_then(|r| r.strip_suffix('{')) {
        let name = name.trim();
        if ident(name) && name.starts_with(|c: char| c.is_ascii_uppercase()) {
            out.push(("a Prisma `model` block", 3));
        }
    }
    // `@@index([authorId])`, `@@map("posts")`, `@@unique([a, b])`
    if ["@@index(", "@@unique(", "@@map(", "@@id(", "@@schema("]
        .iter()
        .any(|p| t.starts_with(p))
    {
        out.push(("a Prisma block attribute (`@@index`, `@@map`)", 4));
    }
    // `id Int @id @default(autoincrement())`, `email String? @unique`,
    // `author User @relation(fields: [authorId], references: [id])`
    let name = first_word(t, &[]);
    let rest = t[name.len()..].trim_start();
    let ty = first_word(rest, &[]);
    let attrs = rest[ty.len()..].trim_start();
    let base = ty.trim_end_matches(['?', ']']).trim_end_matches('[');
    let field_attr = [
        "@id",
        "@default(",
        "@unique",
        "@relation(",
        "@updatedAt",
        "@map(",
        "@db.",
    ]
    .iter()
    .any(|a| attrs.starts_with(a));
    if ident(name)
        && ident(base)
        && base.starts_with(|c: char| c.is_ascii_uppercase())
        && (field_attr || (SCALARS.contains(&base) && attrs.is_empty() && ty != base))
    {
        out.push(("a Prisma field (`name Type @attribute`)", 3));
    }
}
