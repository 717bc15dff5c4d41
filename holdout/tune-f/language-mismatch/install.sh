#!/usr/bin/env python3
"""Install the CLI into ~/.local/bin."""
import os
import shutil
import subprocess
import sys
from pathlib import Path

PREFIX = Path(os.environ.get("PREFIX", Path.home() / ".local"))


def check_python() -> None:
    if sys.version_info < (3, 10):
        sys.exit(f"Python 3.10+ required, found {sys.version.split()[0]}")


def install() -> None:
    venv = PREFIX / "share" / "acme" / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    subprocess.run([str(venv / "bin" / "pip"), "install", "acme-cli"], check=True)
    target = PREFIX / "bin" / "acme"
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.exists():
        target.unlink()
    target.symlink_to(venv / "bin" / "acme")
    print(f"installed to {target}")


if __name__ == "__main__":
    check_python()
    install()
    shutil.which("acme") or print("add ~/.local/bin to your PATH", file=sys.std