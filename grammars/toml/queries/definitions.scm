; Definitions of a TOML document: its tables (`[package]`, `[tool.ruff]`),
; the keys before the first table, and the entries of every dependency table
; (`[dependencies]`, `[dev-dependencies]`, `[workspace.dependencies]`,
; `[tool.poetry.dependencies]`, `[target.'cfg(unix)'.dependencies]`).
; @name is the key as written; @class the table an entry belongs to.

(table [(bare_key) (dotted_key) (quoted_key)] @name) @definition.table

(document (pair [(bare_key) (dotted_key) (quoted_key)] @name) @definition.key)

(table
  [(bare_key) (dotted_key) (quoted_key)] @class
  (pair [(bare_key) (dotted_key) (quoted_key)] @name) @definition.dependency
  (#match? @class "(^|[.])([a-z]+-)?dependencies$"))
