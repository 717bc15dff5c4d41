//! C and C++: recognised in content (`language-mismatch`), not checked.

use crate::lang::LineTell;

pub fn tells(_raw: &str, t: &str, out: &mut Vec<LineTell>) {
    if t.starts_with("#include <") || t.starts_with("#include \"") {
        out.push(("a C `#include`", 6));
    }
    if t.starts_with("#define ") || t.starts_with("#ifndef ") || t.starts_with("#pragma once") {
        out.push(("a C preprocessor directive", 4));
    }
    if t.starts_with("int main(")
        || t.contains("std::")
        || t.starts_with("template <")
        || t.starts_with("template<")
    {
        out.push(("C's `main`/C++'s `std::`", 3));
    }
    if t.contains("printf(") || t.contains("malloc(") || t.contains("sizeof(") {
        out.push(("a C library call", 2));
    }
}
