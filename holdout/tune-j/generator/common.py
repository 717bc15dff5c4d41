"""Shared helpers for the tune-j corpus generator.

File bodies are Python string literals.  A line whose FIRST character is the
section sign U+00A7 is a *marked* line: the sign is stripped before the file is
written and the 1-based line number is recorded.  Marked lines are

  * placeholder: the elision line(s) (consecutive marked lines = one elision),
  * llm-chatter: the conversational prose lines,
  * clean:       the lines that look suspicious to a naive checker (optional).

Bodies are written as r'''...''' literals; the single newline right after
the opening quotes is dropped, nothing else is changed (final newlines are
exactly what the literal ends with).

Notes may contain {L} (all marked line groups) or {L1}, {L2}, ... (the n-th
group), which are replaced with "line N" / "lines N-M", and {@text}, replaced
with "line N" for the first line containing text.
"""
import re

MARK = "\u00a7"

LANG_BY_EXT = {
    ".js": "JavaScript", ".jsx": "JavaScript", ".mjs": "JavaScript", ".cjs": "JavaScript",
    ".ts": "TypeScript", ".tsx": "TypeScript",
    ".sh": "shell", ".yml": "YAML", ".yaml": "YAML", ".toml": "TOML",
}


class Entry:
    def __init__(self, label, path, lang, note, body, breaks=False, comment_only=None, esm=None):
        self.label = label
        self.path = path
        self.lang = lang
        self.breaks = breaks
        self.comment_only = comment_only
        if body.startswith("\n"):  # r'''<newline> opener: drop exactly that one newline
            body = body[1:]
        lines = body.split("\n")
        out, marks = [], []
        for i, line in enumerate(lines, 1):
            if line.startswith(MARK):
                marks.append(i)
                line = line[1:]
            out.append(line)
        self.text = "\n".join(out)
        self.marks = marks
        self.groups = group_marks(marks)
        self.note = fill_note(note, self.groups, self.text)
        if esm is None and path.endswith(".js"):
            esm = bool(re.search(r"^\s*(import|export)\b", self.text, re.M))
        self.esm = esm

    @property
    def marked_lines(self):
        ls = self.text.split("\n")
        return [ls[i - 1] for i in self.marks]

    @property
    def group_texts(self):
        ls = self.text.split("\n")
        return [[ls[i - 1] for i in range(a, b + 1)] for a, b in self.groups]

    @property
    def n_lines(self):
        t = self.text
        return t.count("\n") + (0 if t.endswith("\n") or t == "" else 1)


def group_marks(marks):
    groups = []
    for m in marks:
        if groups and groups[-1][1] == m - 1:
            groups[-1][1] = m
        else:
            groups.append([m, m])
    return [tuple(g) for g in groups]


def span(g):
    a, b = g
    return f"line {a}" if a == b else f"lines {a}-{b}"


def fill_note(note, groups, text=""):
    lines = text.split("\n")

    def at(m):
        needle = m.group(1)
        hits = [i for i, l in enumerate(lines, 1) if needle in l]
        if not hits:
            raise ValueError(f"note refers to {needle!r}, not found in file")
        return f"line {hits[0]}"

    note = re.sub(r"\{@([^}]+)\}", at, note)

    def rep(m):
        idx = m.group(1)
        if idx == "":
            return ", ".join(span(g) for g in groups) if groups else "(no marked line)"
        k = int(idx) - 1
        if k >= len(groups):
            raise ValueError(f"note refers to group {idx} but only {len(groups)} groups: {note!r}")
        return span(groups[k])
    return re.sub(r"\{L(\d*)\}", rep, note)


def lang_of(path, text):
    for ext, lang in LANG_BY_EXT.items():
        if path.endswith(ext):
            return lang
    first = text.split("\n", 1)[0]
    if re.match(r"#!\s*/(usr/)?bin/(env\s+)?(ba)?sh\b", first):
        return "shell"
    raise ValueError(f"cannot infer language for {path}")


def P(path, note, body, breaks=False, esm=None):
    """placeholder entry"""
    e = Entry("placeholder", path, None, note, body, breaks=breaks, esm=esm)
    e.lang = lang_of(path, e.text)
    return e


def C(path, note, body, comment_only, esm=None):
    """llm-chatter entry"""
    e = Entry("llm-chatter", path, None, note, body, comment_only=comment_only, esm=esm)
    e.lang = lang_of(path, e.text)
    return e


def K(path, note, body, esm=None):
    """clean entry"""
    e = Entry("clean", path, None, note, body, esm=esm)
    e.lang = lang_of(path, e.text)
    return e
