#!/usr/bin/env python3
"""Rotate the log files in /var/log/app."""
import gzip
import shutil
from pathlib import Path

LOG_DIR = Path("/var/log/app")


def rotate(path: Path) -> None:
    with path.open("rb") as src, gzip.open(f"{path}.gz", "wb") as dst:
        shutil.copyfileobj(src, dst)
    path.write_text("")


for log in LOG_DIR.glob("*.log"):
    rotate(log)
