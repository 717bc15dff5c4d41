"""Shared helpers for the tune-i generator.

Every file body is a Python string literal.  Convention: a body literal may
start with a single newline right after the opening quotes, purely for
readability; F() strips exactly that one leading newline and nothing else.
Whether the file ends with a newline is decided by where the closing quotes
sit: on their own line -> final newline; right after the last character ->
no final newline.
"""

LANGS = {"JavaScript", "TypeScript", "shell", "YAML", "TOML", "JSON"}
LABELS = {"placeholder", "llm-chatter", "language-mismatch", "truncated", "clean"}


class Entry:
    def __init__(self, label, path, language, body, defect, mark=None, line=None, kind=None, **meta):
        assert label in LABELS, label
        assert language in LANGS, language
        if body.startswith("\n"):
            body = body[1:]
        self.label = label
        self.path = path
        self.language = language
        self.body = body
        self.defect = defect
        self.kind = kind
        self.meta = meta
        lines = body.splitlines()
        self.nlines = len(lines)
        self.final_newline = body.endswith("\n")
        if line is None:
            if mark is None:
                line = self.nlines  # default: last line (truncation point)
            else:
                hits = [i + 1 for i, l in enumerate(lines) if mark in l]
                if not hits:
                    raise ValueError(f"{label}/{path}: mark {mark!r} not found")
                line = hits[0]
        self.line = line
        self.also_lines = []
        for m in meta.pop("also", []):
            hits = [i + 1 for i, l in enumerate(lines) if m in l]
            if not hits:
                raise ValueError(f"{label}/{path}: also-mark {m!r} not found")
            self.also_lines.append(hits[0])
        self.marker_text = lines[line - 1].strip() if 0 < line <= self.nlines else ""

    @property
    def note(self):
        nl = "ends with a newline" if self.final_newline else "no final newline"
        also = "".join(f"; also (line {n})" for n in self.also_lines)
        return f"{self.defect} (line {self.line}){also}; {self.nlines} lines; {nl}"


def F(label, path, language, body, defect, **kw):
    return Entry(label, path, language, body, defect, **kw)
