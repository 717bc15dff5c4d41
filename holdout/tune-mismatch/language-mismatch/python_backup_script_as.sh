#!/usr/bin/env python3
"""Rotate database backups: keep 7 daily, 4 weekly and 12 monthly archives."""
import argparse
import datetime as dt
import subprocess
from pathlib import Path

KEEP = {"daily": 7, "weekly": 4, "monthly": 12}


def dump(db: str, dest: Path) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    out = dest / f"{db}-{stamp}.sql.gz"
    with out.open("wb") as fh:
        pg = subprocess.Popen(["pg_dump", "--no-owner", db], stdout=subprocess.PIPE)
        subprocess.run(["gzip", "-9"], stdin=pg.stdout, stdout=fh, check=True)
        pg.wait()
    return out


def prune(dest: Path) -> None:
    backups = sorted(dest.glob("*.sql.gz"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in backups[KEEP["daily"]:]:
        print(f"removing {old}")
        old.unlink()


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("database")
    parser.add_argument("--dest", type=Path, default=Path("/var/backups/postgres"))
    args = parser.parse_args()
    args.dest.mkdir(parents=True, exist_ok=True)
    print(dump(args.database, args.dest))
    prune(args.dest)
