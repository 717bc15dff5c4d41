; Definitions of a JavaScript module: top-level functions and classes (exported
; or not), the methods of top-level classes, and top-level bindings whose value
; is a function or class (`const f = () => ...`) or that are exported. @name is
; the defined name, @class the class a method belongs to, @definition.<kind>
; the whole definition.

(program (function_declaration name: (identifier) @name) @definition.function)
(program (generator_function_declaration name: (identifier) @name) @definition.function)
(program (class_declaration name: (identifier) @name) @definition.class)
(program (export_statement declaration: (function_declaration name: (identifier) @name) @definition.function))
(program (export_statement declaration: (generator_function_declaration name: (identifier) @name) @definition.function))
(program (export_statement declaration: (class_declaration name: (identifier) @name) @definition.class))

(program (lexical_declaration (variable_declarator
  name: (identifier) @name
  value: [(arrow_function) (function_expression) (class)])) @definition.function)
(program (variable_declaration (variable_declarator
  name: (identifier) @name
  value: [(arrow_function) (function_expression) (class)])) @definition.function)
(program (export_statement declaration: (lexical_declaration (variable_declarator
  name: (identifier) @name)) @definition.export))
(program (export_statement declaration: (variable_declaration (variable_declarator
  name: (identifier) @name)) @definition.export))

(program (class_declaration
  name: (identifier) @class
  body: (class_body (method_definition name: (_) @name) @definition.method)))
(program (export_statement declaration: (class_declaration
  name: (identifier) @class
  body: (class_body (method_definition name: (_) @name) @definition.method))))
