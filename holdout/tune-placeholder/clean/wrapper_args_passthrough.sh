#!/usr/bin/env bash
# Thin wrapper around docker compose for the dev stack.
set -euo pipefail

cd "$(dirname "$0")/.."

if [[ "${1:-}" == "--prod" ]]; then
  shift
  files=(-f compose.yml -f compose.prod.yml)
else
  files=(-f compose.yml)
fi

# Remaining args are passed through unchanged to docker compose.
exec docker compose "${files[@]}" "$@"
