#!/usr/bin/env bash
set -euo pipefail

cd "$(git rev-parse --show-toplevel)"

ESLINT_ARGS=(--max-warnings=0 --cache)
FAILED=()

run() {
  local name=$1
  shift
  echo "::group::$name"
  if "$@"; then
    echo "::endgroup::"
  else
    echo "::endgroup::"
    FAILED+=("$name")
  fi
}

run "format" npx prettier --check .
# [existing checks]
run "unit tests" npm test -- --ci

if ((${#FAILED[@]})); then
  printf 'failed: %s\n' "${FAILED[@]}"
  exit 1
fi
