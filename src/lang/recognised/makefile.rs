//! Makefiles: recognised in content (`language-mismatch`), not checked.

use crate::lang::LineTell;

pub fn tells(raw: &str, t: &str, out: &mut Vec<LineTell>) {
    if t.starts_with(".PHONY:") {
        out.push(("a Makefile `.PHONY`", 6));
    }
    // `build: deps`: a target, at the start of the line.
    if !raw.starts_with([' ', '\t']) {
        if let Some((target, deps)) = t.split_once(':') {
            let target_ok = !target.is_empty()
                && target
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "_-./%$()".contains(c));
            if target_ok
                && !deps.starts_with([':', '='])
                && (deps.is_empty() || deps.starts_with(' '))
                && !deps.contains(": ")
            {
                out.push(("a Makefile target", 1));
            }
        }
    }
    // (`@name=value,`, `@name = N'x'`: a T-SQL procedure's named argument.)
    let named_argument = t.starts_with('@')
        && t[1..]
            .trim_start_matches(|c: char| c.is_ascii_alphanumeric() || c == '_')
            .trim_start()
            .starts_with('=');
    if raw.starts_with('\t') && !named_argument && (t.starts_with('@') || t.contains("$(")) {
        out.push(("a Makefile recipe line", 2));
    }
    if t.contains(" ?= ") || t.contains(" := $(") {
        out.push(("a Makefile variable", 3));
    }
}
