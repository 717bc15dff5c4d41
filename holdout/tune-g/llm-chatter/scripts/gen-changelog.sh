#!/usr/bin/env bash
# Prints release notes in markdown for the commits since the last tag.
set -euo pipefail

if ! git rev-parse --git-dir >/dev/null 2>&1; then
  echo "not inside a git repository" >&2
  exit 1
fi

FROM_TAG="$(git describe --tags --abbrev=0 2>/dev/null || git rev-list --max-parents=0 HEAD)"
TO_REF="${1:-HEAD}"

echo "## Changes since ${FROM_TAG}"
echo
git log --no-merges --pretty=format:'- %s (%h)' "${FROM_TAG}..${TO_REF}" \
  | grep -Ev '^- (chore|ci|docs)(\(.*\))?:' || true
echo

**Note:** make sure `jq` is installed, and run this from the repository root.
