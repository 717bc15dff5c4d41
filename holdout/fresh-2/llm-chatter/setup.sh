#!/usr/bin/env bash
set -euo pipefail

python3 -m venv .venv
# shellcheck disable=SC1091
source .venv/bin/activate
pip install --upgrade pip
pip install -r requirements.txt -r requirements-dev.txt
pre-commit install
cp -n .env.example .env || true
echo "environment ready"

That's it! Run it once with `bash setup.sh` from the project root, and after that you only need `source .venv/bin/activate` in new terminals.
Happy coding!
