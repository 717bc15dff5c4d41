; Definitions of a Python module: top-level functions and classes, and the
; methods of top-level classes. @name is the defined name, @class the class a
; method belongs to, @definition.<kind> the whole definition.

(module (function_definition name: (identifier) @name) @definition.function)
(module (decorated_definition definition: (function_definition name: (identifier) @name)) @definition.function)
(module (class_definition name: (identifier) @name) @definition.class)
(module (decorated_definition definition: (class_definition name: (identifier) @name)) @definition.class)

(module (class_definition
  name: (identifier) @class
  body: (block (function_definition name: (identifier) @name) @definition.method)))
(module (class_definition
  name: (identifier) @class
  body: (block (decorated_definition definition: (function_definition name: (identifier) @name)) @definition.method)))
(module (decorated_definition definition: (class_definition
  name: (identifier) @class
  body: (block (function_definition name: (identifier) @name) @definition.method))))
(module (decorated_definition definition: (class_definition
  name: (identifier) @class
  body: (block (decorated_definition definition: (function_definition name: (identifier) @name)) @definition.method))))
