#!/usr/bin/env bash
set -euo pipefail

PYTHON_VERSION="${PYTHON_VERSION:-3.12}"
VENV_DIR="${VENV_DIR:-.venv}"

# As we discussed above, pyenv is optional here, so this block only runs when it's installed.
if command -v pyenv >/dev/null 2>&1; then
  pyenv install --skip-existing "$PYTHON_VERSION"
  pyenv local "$PYTHON_VERSION"
fi

if [[ ! -d "$VENV_DIR" ]]; then
  python3 -m venv "$VENV_DIR"
fi
# shellcheck disable=SC1091
source "$VENV_DIR/bin/activate"

python -m pip install --upgrade pip pip-tools
# I swapped `pip install -r` for pip-sync since you mentioned you already use pip-tools.
pip-sync requirements.txt requirements-dev.txt

pre-commit install
echo "Environment ready: $(python --version)"
