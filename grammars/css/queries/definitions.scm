; Definitions of a stylesheet: what a model drops when it regenerates a
; whole file to change one rule. The class and id names its rules style
; (named by the name alone, so a reformatted selector is the same
; definition; the rule set is the body, so a renamed class is recognised),
; its @keyframes and its custom properties (`--brand: #0b5fff;`).
; A selector's name is matched in the selector itself or up to two levels
; inside it (`.card .title`, `.btn:hover`, `ul > li.active`).

(rule_set (selectors (class_selector (class_name) @name))) @definition.class
(rule_set (selectors (_ (class_selector (class_name) @name)))) @definition.class
(rule_set (selectors (_ (_ (class_selector (class_name) @name))))) @definition.class

(rule_set (selectors (id_selector (id_name) @name))) @definition.id
(rule_set (selectors (_ (id_selector (id_name) @name)))) @definition.id
(rule_set (selectors (_ (_ (id_selector (id_name) @name))))) @definition.id

(keyframes_statement (keyframes_name) @name) @definition.keyframes

((declaration (property_name) @name) @definition.custom-property
  (#match? @name "^--"))
