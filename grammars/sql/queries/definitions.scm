; Objects a SQL script creates. @name is the object's name, @definition.<kind>
; the statement. Each statement is parsed on its own (tree-sitter's SQL
; grammar rejects much real SQL; an error in one statement must not hide the
; definitions of the others), and statements the grammar cannot read fall
; back to a lexical reading of `CREATE ... name` in src/diff.rs.

(create_table (object_reference) @name) @definition.table
(create_view (object_reference) @name) @definition.view
(create_materialized_view (object_reference) @name) @definition.view
(create_function (object_reference) @name) @definition.function
(create_index (identifier) @name) @definition.index
(create_trigger (identifier) @name) @definition.trigger
(create_type (object_reference) @name) @definition.type
(create_sequence (object_reference) @name) @definition.sequence
(create_schema (identifier) @name) @definition.schema
