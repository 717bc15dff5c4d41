"""Shared registry for the tune-g corpus generator.

Every content module calls add(...) once per file.  build.py imports the
content modules, writes the files below holdout/tune-g/<label>/<path> and
writes manifest.tsv.  Line numbers in the notes are computed from the text,
never typed by hand.
"""

import re

ENTRIES = []

LABELS = ("placeholder", "llm-chatter", "language-mismatch", "truncated", "clean")


def _text(body, nl):
    # bodies are written as '''\ ... ''' so they start on the first real line
    if body.startswith("\n"):
        body = body[1:]
    body = body.rstrip("\n")
    return body + "\n" if nl else body


def add(label, path, lang, body, defect, marks=(), nl=True, cell=None, kind=None):
    """Register one file.

    label  -- one of LABELS
    path   -- path below the label folder
    lang   -- manifest language column
    body   -- file text (final newline handled by nl)
    defect -- note text; '{0}', '{1}' ... are replaced by the line numbers of
              marks[0], marks[1] ...; '{last}' by the last line number
    marks  -- substrings; each is located on the first line that contains it
    nl     -- True: file ends with exactly one newline; False: no final newline
    cell   -- README cell name (defaults to label + language)
    kind   -- sub-kind used by verify.py (e.g. 'comment', 'marker', 'prose')
    """
    assert label in LABELS, label
    text = _text(body, nl)
    lines = text.split("\n")
    if text.endswith("\n"):
        lines = lines[:-1]
    nums = []
    if isinstance(marks, str):
        marks = [marks]
    for m in marks:
        for i, line in enumerate(lines, 1):
            if m in line:
                nums.append(i)
                break
        else:
            raise SystemExit(f"mark {m!r} not found in {label}/{path}")
    note = re.sub(r"\{(\d+|last)\}",
                  lambda mo: str(len(lines) if mo.group(1) == "last" else nums[int(mo.group(1))]),
                  defect)
    note += f"; {len(lines)} lines; final newline: {'yes' if nl else 'no'}"
    ENTRIES.append(
        dict(
            label=label,
            path=path,
            lang=lang,
            text=text,
            note=note,
            nlines=len(lines),
            nl=nl,
            cell=cell or f"{label} / {lang.split(' (')[0]}",
            kind=kind,
            marklines=nums,
        )
    )
