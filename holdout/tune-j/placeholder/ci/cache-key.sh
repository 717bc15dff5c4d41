#!/bin/sh
# Computes a cache key from every lockfile in the repo.
set -eu

PREFIX=${1:-deps}
OS=$(uname -s | tr '[:upper:]' '[:lower:]')
ARCH=$(uname -m)

lockfiles=$(git ls-files \
  'package-lock.json' '**/package-lock.json' \
  'pnpm-lock.yaml' 'yarn.lock' \
  'poetry.lock' 'Cargo.lock' | sort)

if [ -z "$lockfiles" ]; then
  echo "no lockfiles found" >&2
  exit 1
fi

# hash=... — sha256 of the concatenated lockfiles, first 16 chars, unchanged

echo "${PREFIX}-${OS}-${ARCH}-${hash}"
