#!/usr/bin/env bash
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

echo "==> lint"
ruff check .
ruff format --check .

echo "==> type check"
mypy src

...

echo "==> unit tests"
pytest -q --maxfail=1 --junitxml=reports/junit.xml

echo "==> coverage"
coverage report --fail-under=85
