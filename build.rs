//! Records the versions of the engines gencheck links (from Cargo.lock) for
//! `gencheck --version`.

fn main() {
    println!("cargo:rerun-if-changed=Cargo.lock");
    let lock = std::fs::read_to_string("Cargo.lock").unwrap_or_default();
    let mut versions = Vec::new();
    let mut name: Option<String> = None;
    for line in lock.lines() {
        if line == "[[package]]" {
            name = None;
        } else if let Some(n) = line.strip_prefix("name = ") {
            name = Some(n.trim_matches('"').to_string());
        } else if let (Some(v), Some(n)) = (line.strip_prefix("version = "), name.take()) {
            versions.push((n, v.trim_matches('"').to_string()));
        }
    }
    let version = |crate_name: &str| {
        versions
            .iter()
            .find(|(n, _)| n == crate_name)
            .map_or_else(|| "?".to_string(), |(_, v)| v.clone())
    };
    for (var, crate_name) in [
        ("RUFF", "ruff_python_parser"),
        ("PG_QUERY", "pg_query"),
        ("RUSQLITE", "rusqlite"),
        ("SQLPARSER", "sqlparser"),
        ("OXC", "oxc_parser"),
        ("TOML", "toml"),
        ("SAPHYR", "saphyr-parser"),
        ("LIGHTNINGCSS", "lightningcss"),
        ("SERDE_JSON", "serde_json"),
        ("TREE_SITTER", "tree-sitter"),
        ("TS_PYTHON", "tree-sitter-python"),
        ("TS_SEQUEL", "tree-sitter-sequel"),
        ("TS_JAVASCRIPT", "tree-sitter-javascript"),
        ("TS_TYPESCRIPT", "tree-sitter-typescript"),
        ("TS_JSON", "tree-sitter-json"),
        ("TS_YAML", "tree-sitter-yaml"),
        ("TS_TOML", "tree-sitter-toml-ng"),
        ("TS_BASH", "tree-sitter-bash"),
        ("TS_MD", "tree-sitter-md"),
        ("TS_HTML", "tree-sitter-html"),
        ("TS_CSS", "tree-sitter-css"),
    ] {
        println!("cargo:rustc-env=GENCHECK_V_{var}={}", version(crate_name));
    }
}
