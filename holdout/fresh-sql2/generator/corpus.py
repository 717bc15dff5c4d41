"""Entry type shared by the per-dialect body modules.

Every body is a Python string literal; E() removes exactly one leading
newline (so bodies can start on the line after the opening quotes) and
keeps everything else byte-for-byte, including whether the last line
ends in a newline.
"""

RULES = ("truncated", "placeholder", "syntax-error", "llm-chatter", "clean")


class E:
    def __init__(self, rule, name, body, note, at=None, marker=None,
                 sqlglot_gap=None, engine_gap=None, outside=None):
        assert rule in RULES, rule
        if body.startswith("\n"):
            body = body[1:]
        self.rule = rule
        self.name = name
        self.body = body
        self.note = note
        self.at = at                  # substring locating the defect line
        self.marker = marker          # placeholder: the elision text (must be unique)
        self.sqlglot_gap = sqlglot_gap  # clean: known sqlglot limitation (recorded)
        self.engine_gap = engine_gap    # clean: statement kinds a proxy engine lacks
        self.outside = outside        # llm-chatter: prose outside comments?
        self.dialect = None

    def defect_line(self):
        lines = self.body.split("\n")
        if self.rule == "clean":
            return None
        if self.at is None:
            # last non-empty line
            for i in range(len(lines) - 1, -1, -1):
                if lines[i].strip():
                    return i + 1
        hits = [i + 1 for i, l in enumerate(lines) if self.at in l]
        assert len(hits) >= 1, (self.name, self.at)
        return hits[0]
