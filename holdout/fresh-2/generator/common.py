"""Shared registry for the fresh-2 held-out corpus generator.

Every file body is a Python (raw) string literal so the final newline (or its
absence) is exact.  `expect` is the parse requirement used by verify.py:
  'accept'  - every applicable parser must accept the file
  'reject'  - every applicable parser must reject the file
  None      - no requirement; results are only recorded
"""

FILES = []


def add(label, path, language, note, body, expect=None):
    assert label in {"placeholder", "llm-chatter", "language-mismatch", "clean"}, label
    assert "\t" not in note and "\n" not in note
    for f in FILES:
        assert not (f["label"] == label and f["path"] == path), (label, path)
    FILES.append(dict(label=label, path=path, language=language, note=note,
                      body=body, expect=expect))
