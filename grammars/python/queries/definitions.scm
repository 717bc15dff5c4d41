; Top-level definitions of a Python module, and methods of top-level classes.
; @name is the defined name; @definition the whole definition.

(module (function_definition name: (identifier) @name) @definition.function)
(module (decorated_definition definition: (function_definition name: (identifier) @name)) @definition.function)
(module (class_definition name: (identifier) @name) @definition.class)
(module (decorated_definition definition: (class_definition name: (identifier) @name)) @definition.class)
