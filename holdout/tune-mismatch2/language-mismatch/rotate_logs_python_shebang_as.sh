#!/usr/bin/env python3
"""Rotate old log files into a dated archive directory."""
import argparse
import gzip
import shutil
from datetime import datetime, timedelta
from pathlib import Path


def rotate(log_dir: Path, days: int) -> int:
    cutoff = datetime.now() - timedelta(days=days)
    archive = log_dir / "archive" / datetime.now().strftime("%Y-%m-%d")
    archive.mkdir(parents=True, exist_ok=True)
    moved = 0
    for path in log_dir.glob("*.log"):
        if datetime.fromtimestamp(path.stat().st_mtime) < cutoff:
            with path.open("rb") as src, gzip.open(archive / (path.name + ".gz"), "wb") as dst:
                shutil.copyfileobj(src, dst)
            path.unlink()
            moved += 1
    return moved


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("log_dir", type=Path)
    parser.add_argument("--days", type=int, default=7)
    args = parser.parse_args()
    print(f"archived {rotate(args.log_dir, args.days)} files")
