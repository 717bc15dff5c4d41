#!/usr/bin/env bash
set -euo pipefail

python3 -m venv .venv
# shellcheck disable=SC1091
source .venv/bin/activate
pip install --upgrade pip
pip install -r requirements.txt -r requirements-dev.txt
pre-commit install
cp -n .env.example .env || true
echo "setup complete; activate with: source .venv/bin/activate"

Steps:
1. Make it executable: chmod +x setup.sh
2. Run it from the project root: ./setup.sh
3. Edit .env with your local settings
