//! Kotlin: recognised in content (`language-mismatch`), not checked.

use super::{dotted, first_word, ident};
use crate::lang::LineTell;

pub fn tells(_raw: &str, t: &str, out: &mut Vec<LineTell>) {
    let decl = ["private ", "override ", "suspend ", "internal ", "public "]
        .iter()
        .fold(t, |s, p| s.strip_prefix(p).unwrap_or(s));
    if let Some(rest) = decl.strip_prefix("fun ") {
        if ident(first_word(rest.trim_start_matches('<'), &['(', '<', '.'])) || rest.contains('(') {
            out.push(("a Kotlin `fun`", 4));
        }
    }
    if decl.starts_with("data class ") || decl.starts_with("object ") && t.ends_with('{') {
        out.push(("a Kotlin `data class`/`object`", 5));
    }
    if let Some(name) = t.strip_prefix("package ") {
        if dotted(name.trim()) {
            out.push(("a Kotlin `package`", 3));
        }
    }
    // `import io.ktor.server.routing.*`: Java ends its imports with `;`,
    // Python has no `.*`.
    if let Some(name) = t.strip_prefix("import ") {
        if name.ends_with(".*") && dotted(name) {
            out.push(("a Kotlin wildcard import", 3));
        }
    }
    // Gradle's Kotlin DSL (`build.gradle.kts`):
    // `implementation("io.ktor:ktor-server-core:2.3.9")`, `mavenCentral()`.
    for call in [
        "implementation(\"",
        "testImplementation(\"",
        "api(\"",
        "runtimeOnly(\"",
        "compileOnly(\"",
        "kotlin(\"",
        "id(\"",
    ] {
        if t.starts_with(call) && t.ends_with(')')
            || t.starts_with(call) && t.contains("\") version \"")
        {
            out.push(("a Gradle Kotlin DSL dependency or plugin", 3));
        }
    }
    if t == "mavenCentral()" || t == "google()" || t == "gradlePluginPortal()" {
        out.push(("a Gradle repository (`mavenCentral()`)", 3));
    }
    if decl.starts_with("val ") && (t.contains(" = ") || t.contains(": ")) {
        out.push(("a Kotlin `val`", 2));
    }
}
