### setup.sh

#!/usr/bin/env bash
set -euo pipefail

PYTHON="${PYTHON:-python3}"

if ! command -v "$PYTHON" >/dev/null; then
  echo "python3 is required" >&2
  exit 1
fi

"$PYTHON" -m venv .venv
# shellcheck disable=SC1091
source .venv/bin/activate
pip install --upgrade pip
pip install -r requirements-dev.txt
pre-commit install

echo "done — activate with: source .venv/bin/activate"

**Usage:** run `./scripts/setup.sh` from the repo root. Set `PYTHON=python3.12` if you have several versions installed.
