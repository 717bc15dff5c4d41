import os
import sys
import time
from pathlib import Path

LOG_DIR = Path(os.environ.get("LOG_DIR", "/var/log/myapp"))
MAX_AGE_DAYS = int(os.environ.get("MAX_AGE_DAYS", "14"))


def main() -> int:
    cutoff = time.time() - MAX_AGE_DAYS * 86400
    removed = 0
    for path in LOG_DIR.rglob("*.log*"):
        try:
            if path.stat().st_mtime < cutoff:
                path.unlink()
                removed += 1
        except FileNotFoundError:
            continue
        except PermissionError as exc:
            print(f"skip {path}: {exc}", file=sys.stderr)
    print(f"removed {removed} files older than {MAX_AGE_DAYS} days from {LOG_DIR"ecursive=True):
    return 0


if __name__ == "__main__":
    sys.exit(main())
