import hashlib
import os
from pathlib import Path
from typing import Iterator

CHUNK = 1 << 16


def iter_files(root: Path, exclude: set[str] | None = None) -> Iterator[Path]:
    exclude = exclude or {".git", "__pycache__", "node_modules"}
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if d not in exclude]
        for name in filenames:
            yield Path(dirpath) / name


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(CHUNK):
            h.update(chunk)
    return h.hexdigest()


def find_duplicates(root: Path) -> dict[str, list[Path]]
    by_size: dict[int, list[Path]] = {}
    for path in iter_files(root):
        try:
            by_size.setdefault(path.stat().st_size, []).append(path)
        except OSError:
            continue

    by_hash: dict[str, list[Path]] = {}
    for size, paths in by_size.items():
        if len(paths) < 2 or size == 0:
            continue
        for path in paths:
            by_hash.setdefault(sha256_of(path), []).append(path)
    return {h: ps for h, ps in by_hash.items() if len(ps) > 1}


if __name__ == "__main__":
    import sys

    for digest, paths in find_duplicates(Path(sys.argv[1])).items():
        print(digest[:12], *paths, sep="\n  ")
