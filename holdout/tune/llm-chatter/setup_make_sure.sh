Make sure you have Python 3.9 or newer installed before running this script
#!/usr/bin/env bash
# Set up a development environment for the project.
set -euo pipefail

PYTHON="${PYTHON:-python3}"

if ! command -v "$PYTHON" >/dev/null 2>&1; then
  echo "error: $PYTHON not found" >&2
  exit 1
fi

"$PYTHON" -m venv .venv
# shellcheck disable=SC1091
source .venv/bin/activate
pip install --upgrade pip
pip install -e ".[dev]"

pre-commit install

if [ ! -f .env ]; then
  cp .env.example .env
  echo "Created .env from .env.example; edit it before running the app."
fi

echo "Done. Activate the environment with: source .venv/bin/activate"
