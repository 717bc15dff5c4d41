; Definitions of a YAML stream: the keys of each document's top-level
; mapping (`on`, `jobs`, `services`, `spec`), and the entries of the
; sections that list things by name: a GitHub Actions workflow's `jobs`, a
; compose file's `services`, `volumes` and `networks`. @class is the section.

(document (block_node (block_mapping
  (block_mapping_pair key: (flow_node) @name) @definition.key)))

(document (block_node (block_mapping (block_mapping_pair
  key: (flow_node) @class
  value: (block_node (block_mapping
    (block_mapping_pair key: (flow_node) @name) @definition.entry)))
  (#any-of? @class "jobs" "services" "volumes" "networks"))))
