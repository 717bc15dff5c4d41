#!/usr/bin/env bash
set -euo pipefail

# (keep the existing argument parsing here)

if [[ "${COVERAGE:-0}" == "1" ]]; then
  pytest --cov=app --cov-report=term-missing "${PYTEST_ARGS[@]}"
else
  pytest "${PYTEST_ARGS[@]}"
fi
