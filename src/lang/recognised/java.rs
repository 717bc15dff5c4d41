//! Java: recognised in content (`language-mismatch`), not checked.

use super::dotted;
use crate::lang::LineTell;

pub fn tells(_raw: &str, t: &str, out: &mut Vec<LineTell>) {
    if let Some(name) = t.strip_prefix("package ").and_then(|r| r.strip_suffix(';')) {
        if dotted(name.trim()) {
            out.push(("a Java `package` declaration", 6));
        }
    }
    if let Some(name) = t
        .strip_prefix("import static ")
        .or_else(|| t.strip_prefix("import "))
        .and_then(|r| r.strip_suffix(';'))
    {
        if dotted(name.trim()) {
            out.push(("a Java import", 4));
        }
    }
    let modifiers = ["public ", "private ", "protected "];
    if modifiers.iter().any(|m| t.starts_with(m))
        && (t.contains(" class ") || t.contains(" interface ") || t.contains(" enum "))
        && t.ends_with('{')
    {
        out.push(("a Java class declaration", 3));
    }
    if t.contains("static void main(String") || t.contains("System.out.print") {
        out.push(("Java's `main`/`System.out`", 5));
    }
    if t == "@Override" || t.starts_with("@Autowired") || t.starts_with("@RestController") {
        out.push(("a Java annotation", 3));
    }
}
