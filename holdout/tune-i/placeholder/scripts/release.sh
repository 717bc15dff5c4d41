#!/usr/bin/env bash
set -euo pipefail

BUMP="${1:?usage: release.sh major|minor|patch}"

if [[ -n "$(git status --porcelain)" ]]; then
  echo "working tree is dirty; commit or stash first" >&2
  exit 1
fi

CURRENT="$(node -p "require('./package.json').version")"
echo "current version: $CURRENT"

# Version bump: keep the sed/semver logic from your existing release.sh here.
# It reads $BUMP, computes NEW_VERSION and rewrites package.json and
# src/version.ts in place; nothing about it needs to change for the tagging
# fix below.

git add package.json src/version.ts
git commit -m "chore(release): v${NEW_VERSION}"
git tag -a "v${NEW_VERSION}" -m "v${NEW_VERSION}"
git push --follow-tags origin HEAD
