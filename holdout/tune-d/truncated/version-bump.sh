#!/usr/bin/env bash
set -euo pipefail

PART="${1:-patch}"

if [[ -n "$(git status --porcelain)" ]]; then
  echo "working tree is dirty; commit or stash first" >&2
  exit 1
fi

git fetch --tags --quiet
CURRENT=$(git describe --tags --abbrev=0 2>/dev/null