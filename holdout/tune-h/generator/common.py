"""Shared registry for the tune-h corpus generator.

Each cell module calls add(...) once per file. build.py writes the files,
runs the parsers and produces manifest.tsv / verification.tsv / README.md.
"""

FILES = []

LANG_BY_EXT = {
    ".js": "JavaScript", ".jsx": "JavaScript", ".mjs": "JavaScript", ".cjs": "JavaScript",
    ".ts": "TypeScript", ".tsx": "TypeScript",
    ".sh": "shell", ".bash": "shell",
    ".yml": "YAML", ".yaml": "YAML",
    ".toml": "TOML",
}


def ext_of(path):
    name = path.rsplit("/", 1)[-1]
    return "." + name.rsplit(".", 1)[-1] if "." in name else ""


def add(label, path, text, defect, needle=None, kind=None, nonl=False,
        cut=False, contains=None):
    """Register one corpus file.

    label    -- placeholder | llm-chatter | language-mismatch | clean
    path     -- path inside the label folder
    text     -- file content; a single leading newline is dropped
    defect   -- human description used in the manifest note
    needle   -- substring (or list of substrings) locating the defect line(s)
    kind     -- for placeholders: 'comment-only' or 'syntax-breaking'
    nonl     -- strip the final newline
    cut      -- language-mismatch file cut off mid-line (implies no final newline)
    contains -- for language-mismatch: the language actually inside
    """
    if text.startswith("\n"):
        text = text[1:]
    if nonl or cut:
        text = text.rstrip("\n")
    if isinstance(needle, str):
        needle = [needle]
    FILES.append(dict(label=label, path=path, text=text, defect=defect,
                      needles=needle or [], kind=kind, cut=cut,
                      contains=contains))


def line_of(text, needle):
    for i, line in enumerate(text.split("\n"), 1):
        if needle in line:
            return i
    raise ValueError("needle not found: %r" % needle)


def line_count(text):
    if text == "":
        return 0
    return text.count("\n") + (0 if text.endswith("\n") else 1)
