; Definitions of a JSON document (JSONC too): the keys of a top-level object,
; and the entries of the sections a package manifest lists by name
; (package.json's dependencies and scripts, composer.json's require). @name
; is the key, @class the section an entry belongs to.

(document (object (pair key: (string (string_content) @name)) @definition.key))

(document (object (pair
  key: (string (string_content) @class)
  value: (object (pair key: (string (string_content) @name)) @definition.entry))
  (#any-of? @class
    "dependencies" "devDependencies" "peerDependencies" "optionalDependencies"
    "scripts" "require" "require-dev")))
