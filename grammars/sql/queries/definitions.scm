; Definitions created by a SQL script: tables, views, functions, indexes, ...
; @name is the defined object's name; @definition the whole statement.

(create_table (object_reference) @name) @definition.table
(create_view (object_reference) @name) @definition.view
(create_materialized_view (object_reference) @name) @definition.view
(create_function (object_reference) @name) @definition.function
(create_index (identifier) @name) @definition.index
(create_trigger (identifier) @name) @definition.trigger
(create_type (object_reference) @name) @definition.type
