; Definitions of a shell script: its functions (`f() { ...; }`,
; `function f { ...; }`).

(function_definition name: (word) @name) @definition.function
