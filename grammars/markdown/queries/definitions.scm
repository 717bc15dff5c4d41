; Definitions of a Markdown document: its ATX headings (`## Install`).

(atx_heading heading_content: (inline) @name) @definition.heading
