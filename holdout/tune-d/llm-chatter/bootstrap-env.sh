#!/usr/bin/env bash
set -euo pipefail

python3 -m venv .venv
# shellcheck disable=SC1091
source .venv/bin/activate
pip install --upgrade pip wheel
pip install -r requirements.txt -r requirements-dev.txt

if [[ ! -f .env ]]; then
  cp .env.example .env
  echo "created .env from .env.example"
fi

pre-commit install
echo "environment ready"

That's it! Run the script and your environment will be ready.