; Definitions of a TypeScript module: top-level functions, classes, interfaces,
; type aliases, enums and namespaces (exported or not, declared or not), the
; methods of top-level classes, and top-level bindings whose value is a
; function or class or that are exported. @name is the defined name, @class the
; class a method belongs to, @definition.<kind> the whole definition.
; TSX uses this same file, compiled against tree-sitter's TSX grammar.

(program (function_declaration name: (identifier) @name) @definition.function)
(program (export_statement declaration: (function_declaration name: (identifier) @name) @definition.function))
(program (generator_function_declaration name: (identifier) @name) @definition.function)
(program (export_statement declaration: (generator_function_declaration name: (identifier) @name) @definition.function))
(program (function_signature name: (identifier) @name) @definition.function)
(program (export_statement declaration: (function_signature name: (identifier) @name) @definition.function))
(program (class_declaration name: (type_identifier) @name) @definition.class)
(program (export_statement declaration: (class_declaration name: (type_identifier) @name) @definition.class))
(program (abstract_class_declaration name: (type_identifier) @name) @definition.class)
(program (export_statement declaration: (abstract_class_declaration name: (type_identifier) @name) @definition.class))
(program (interface_declaration name: (type_identifier) @name) @definition.interface)
(program (export_statement declaration: (interface_declaration name: (type_identifier) @name) @definition.interface))
(program (type_alias_declaration name: (type_identifier) @name) @definition.type)
(program (export_statement declaration: (type_alias_declaration name: (type_identifier) @name) @definition.type))
(program (enum_declaration name: (identifier) @name) @definition.enum)
(program (export_statement declaration: (enum_declaration name: (identifier) @name) @definition.enum))
(program (internal_module name: (identifier) @name) @definition.namespace)
(program (export_statement declaration: (internal_module name: (identifier) @name) @definition.namespace))
(program (expression_statement (internal_module name: (identifier) @name)) @definition.namespace)
(program (ambient_declaration (function_signature name: (identifier) @name)) @definition.function)
(program (ambient_declaration (module name: (string) @name)) @definition.module)

(program (lexical_declaration (variable_declarator
  name: (identifier) @name
  value: [(arrow_function) (function_expression) (class)])) @definition.function)
(program (export_statement declaration: (lexical_declaration (variable_declarator
  name: (identifier) @name)) @definition.export))

(program (class_declaration
  name: (type_identifier) @class
  body: (class_body (method_definition name: (_) @name) @definition.method)))
(program (export_statement declaration: (class_declaration
  name: (type_identifier) @class
  body: (class_body (method_definition name: (_) @name) @definition.method))))
(program (class_declaration
  name: (type_identifier) @class
  body: (class_body (abstract_method_signature name: (_) @name) @definition.method)))
(program (export_statement declaration: (class_declaration
  name: (type_identifier) @class
  body: (class_body (abstract_method_signature name: (_) @name) @definition.method))))
(program (abstract_class_declaration
  name: (type_identifier) @class
  body: (class_body (method_definition name: (_) @name) @definition.method)))
(program (export_statement declaration: (abstract_class_declaration
  name: (type_identifier) @class
  body: (class_body (method_definition name: (_) @name) @definition.method))))
(program (abstract_class_declaration
  name: (type_identifier) @class
  body: (class_body (abstract_method_signature name: (_) @name) @definition.method)))
(program (export_statement declaration: (abstract_class_declaration
  name: (type_identifier) @class
  body: (class_body (abstract_method_signature name: (_) @name) @definition.method))))
