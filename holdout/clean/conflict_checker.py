"""Pre-commit hook that refuses files containing unresolved merge conflicts."""

import re
import sys
from pathlib import Path

CONFLICT_START = "<<<<<<< "
CONFLICT_SEP = "======="
CONFLICT_END = ">>>>>>> "

_MARKER_RE = re.compile(r"^(<{7} |={7}$|>{7} |\|{7} )", re.MULTILINE)

SAMPLE = """\
def f():
<<<<<<< HEAD
    return 1
=======
    return 2
>>>>>>> other
"""


def find_conflicts(text: str) -> list[int]:
    """Return 1-based line numbers of conflict markers in ``text``."""
    return [text.count("\n", 0, m.start()) + 1 for m in _MARKER_RE.finditer(text)]


def main(argv: list[str]) -> int:
    status = 0
    for name in argv[1:]:
        try:
            text = Path(name).read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue
        for lineno in find_conflicts(text):
            print(f"{name}:{lineno}: merge conflict marker")
            status = 1
    return status


if __name__ == "__main__":
    assert find_conflicts(SAMPLE) == [2, 4, 6]
    sys.exit(main(sys.argv))
