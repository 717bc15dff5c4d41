"""Shared entry model for the tune-sql4 generator.

Every SQL body is a Python string literal in one of the sql_<dialect>.py
modules.  A single leading newline (the one right after the opening triple
quote) is dropped, nothing else is touched, so whether a file ends with a
newline is decided exactly by the literal.
"""

RULES = ["syntax-error", "placeholder", "truncated", "clean"]
DIALECTS = ["mysql", "mssql", "snowflake", "bigquery", "redshift", "clickhouse",
            "databricks", "duckdb", "oracle", "postgres", "sqlite"]
COUNTS = {"syntax-error": 8, "placeholder": 3, "truncated": 3, "clean": 5}

# syntax-error kinds (tag -> human name); used for the per-dialect cap of two
SE_KINDS = {
    "A": "stray English words inside a condition",
    "B": "stray words in GROUP BY / ORDER BY",
    "C": "sentence fragment spliced into a statement",
    "D": "repeated fragment from a restart",
    "E": "unbalanced parentheses",
    "F": "missing comma between two function calls / CASE expressions",
    "G": "unterminated string or quoted identifier",
    "H": "missing operand",
    "I": "JOIN ... ON with nothing after ON",
    "J": "dangling AS before a comma",
    "K": "two consecutive commas",
    "L": "keyword cut in half and resumed",
    "M": "trailing comma before FROM / WHERE / )",
    "N": "CASE with no END before the alias",
    "O": "INSERT VALUES row split mid-row",
    "P": "procedure / trigger body missing END before the next CREATE",
}
PH_KINDS = {"comment": "comment-only elision", "marker": "syntax-breaking marker"}
TR_KINDS = {
    "mid-token": "cut mid-token / mid-string, no final newline",
    "open-construct": "stops at a line end inside an open construct",
    "incomplete-stmt": "last statement visibly incomplete, no semicolon",
}


def _strip(body):
    return body[1:] if body.startswith("\n") else body


class Entry:
    def __init__(self, rule, name, kind, desc, body, fix=None, loc=None):
        self.rule = rule
        self.name = name
        self.kind = kind
        self.desc_t = desc
        self.body = _strip(body)
        self.fix = fix
        self.loc = loc
        self.dialect = None  # set by the module loader

    # ---- derived -------------------------------------------------------
    @property
    def path(self):
        return f"{self.rule}/{self.dialect}/{self.name}.sql"

    @property
    def nlines(self):
        b = self.body
        return b.count("\n") + (0 if b.endswith("\n") else 1)

    @property
    def final_newline(self):
        return "yes" if self.body.endswith("\n") else "no"

    def line_of(self, s):
        i = self.body.find(s)
        if i < 0:
            raise ValueError(f"{self.path}: locate string not found: {s!r}")
        return self.body.count("\n", 0, i) + 1

    @property
    def line(self):
        if self.loc is not None:
            return self.line_of(self.loc)
        if self.rule == "syntax-error":
            return self.line_of(self.fix[0])
        if self.rule == "truncated":
            return self.nlines
        return None

    @property
    def description(self):
        d = self.desc_t
        if "{line}" in d:
            d = d.replace("{line}", str(self.line))
        return d

    def repaired(self):
        old, new = self.fix
        assert self.body.count(old) == 1, (self.path, old)
        return self.body.replace(old, new)


def SE(name, kind, desc, fix, body, loc=None):
    return Entry("syntax-error", name, kind, desc, body, fix=fix, loc=loc)


def PH(name, kind, desc, loc, body):
    return Entry("placeholder", name, kind, desc, body, loc=loc)


def TR(name, kind, desc, body):
    return Entry("truncated", name, kind, desc, body)


def CL(name, desc, body):
    return Entry("clean", name, "clean", desc, body)


def load_all():
    import importlib
    out = []
    for d in DIALECTS:
        try:
            mod = importlib.import_module("sql_" + d)
        except ModuleNotFoundError as exc:
            if exc.name != "sql_" + d:
                raise
            continue
        for e in mod.ENTRIES:
            e.dialect = d
            out.append(e)
    return out


def self_check(entries):
    """Structural checks that need no parser. Returns a list of problems."""
    problems = []
    seen = set()
    for e in entries:
        if e.path in seen:
            problems.append(f"duplicate path {e.path}")
        seen.add(e.path)
        if not (10 <= e.nlines <= 70):
            problems.append(f"{e.path}: {e.nlines} lines (want 10-70)")
        if e.rule != "clean" and "(line " not in e.description:
            problems.append(f"{e.path}: description lacks (line N)")
        if e.rule == "syntax-error":
            ln = e.line
            if ln == 1 or ln > e.nlines - 3:
                problems.append(f"{e.path}: defect on line {ln} of {e.nlines}")
            if e.body.count(e.fix[0]) != 1:
                problems.append(f"{e.path}: fix string occurs {e.body.count(e.fix[0])}x")
        if e.rule == "truncated":
            if e.kind == "mid-token" and e.final_newline != "no":
                problems.append(f"{e.path}: mid-token cut must lack final newline")
            if e.kind == "open-construct" and e.final_newline != "yes":
                problems.append(f"{e.path}: open-construct cut must end with newline")
    for d in DIALECTS:
        for r in RULES:
            cell = [e for e in entries if e.dialect == d and e.rule == r]
            if len(cell) != COUNTS[r]:
                problems.append(f"{r}/{d}: {len(cell)} files (want {COUNTS[r]})")
            if r == "syntax-error":
                for k in set(e.kind for e in cell):
                    n = sum(1 for e in cell if e.kind == k)
                    if n > 2:
                        problems.append(f"{r}/{d}: kind {k} used {n}x")
            if r == "truncated":
                ks = sorted(e.kind for e in cell)
                if ks != sorted(TR_KINDS):
                    problems.append(f"truncated/{d}: kinds {ks}")
            if r == "clean":
                nonl = sum(1 for e in cell if e.final_newline == "no")
                if nonl != 2:
                    problems.append(f"clean/{d}: {nonl} files without final newline (want 2)")
    locs = [e.loc for e in entries if e.rule == "placeholder"]
    for l in set(locs):
        if locs.count(l) > 1:
            problems.append(f"placeholder phrase repeated: {l!r}")
    return problems
