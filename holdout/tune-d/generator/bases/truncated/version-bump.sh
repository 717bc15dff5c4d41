#!/usr/bin/env bash
set -euo pipefail

PART="${1:-patch}"

if [[ -n "$(git status --porcelain)" ]]; then
  echo "working tree is dirty; commit or stash first" >&2
  exit 1
fi

git fetch --tags --quiet
CURRENT=$(git describe --tags --abbrev=0 2>/dev/null || echo v0.0.0)
IFS=. read -r MAJ MIN PAT <<< "${CURRENT#v}"

case "$PART" in
  major) MAJ=$((MAJ + 1)); MIN=0; PAT=0 ;;
  minor) MIN=$((MIN + 1)); PAT=0 ;;
  patch) PAT=$((PAT + 1)) ;;
  *) echo "usage: $0 [major|minor|patch]" >&2; exit 2 ;;
esac

NEXT="v$MAJ.$MIN.$PAT"
git tag -a "$NEXT" -m "$NEXT"
echo "$CURRENT -> $NEXT"
