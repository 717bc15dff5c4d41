#!/usr/bin/env python3
"""Write the tune-shell-yaml corpus.

usage: python3 holdout/tune-shell-yaml/generator/make.py holdout/tune-shell-yaml

Writes four folders under the target directory, one per rule (the file
extension gives the language):
  llm-chatter/     model prose left in .sh/.bash scripts
  markdown-fence/  Markdown code fences left in .sh/.bash scripts
  truncated/       YAML output cut off before the end
  clean/           valid look-alikes that must be accepted
Existing files in those four folders are removed first.
"""

import os
import sys

sys.dont_write_bytecode = True

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from cases_shell import chatter_cases, fence_cases  # noqa: E402
from cases_yaml import truncated_cases  # noqa: E402
from cases_clean import clean_cases  # noqa: E402

FOLDERS = {
    "llm-chatter": chatter_cases,
    "markdown-fence": fence_cases,
    "truncated": truncated_cases,
    "clean": clean_cases,
}


def main(argv):
    if len(argv) != 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    root = argv[1]
    total = 0
    for folder, producer in FOLDERS.items():
        d = os.path.join(root, folder)
        os.makedirs(d, exist_ok=True)
        for old in os.listdir(d):
            p = os.path.join(d, old)
            if os.path.isfile(p):
                os.remove(p)
        cases = producer()
        names = [n for n, _ in cases]
        dupes = {n for n in names if names.count(n) > 1}
        assert not dupes, dupes
        for name, text in cases:
            assert name.endswith((".sh", ".bash", ".yml", ".yaml")), name
            with open(os.path.join(d, name), "w", encoding="utf-8", newline="") as fh:
                fh.write(text)
        print(f"{folder}: {len(cases)} files")
        total += len(cases)
    print(f"total: {total} files")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
