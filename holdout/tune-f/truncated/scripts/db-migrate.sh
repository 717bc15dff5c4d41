#!/usr/bin/env bash
set -euo pipefail

MIGRATIONS=${MIGRATIONS:-./migrations}

if [[ ! -d $MIGRATIONS ]]; then
  echo "no migrations directory at $MIGRATIONS" >&2
  exit 1
fi

[[ -z ${DATABASE_URL:-} ]] && {
  echo "DATABASE_URL is not se