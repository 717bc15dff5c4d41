#!/usr/bin/env bash
set -euo pipefail

BUMP="${1:-patch}"

if [[ ! "$BUMP" =~ ^(major|minor|patch)$ ]]; then
  echo "usage: $0 [major|minor|patch]" >&2
  exit 2
fi

if [[ -n "$(git status --porcelain)" ]]; then
  echo "Working tree is dirty; commit or stash first." >&2
  exit 1
fi

git fetch --tags origin
git checkout main
git pull --ff-only origin main

NEW_VERSION="$(npm version "$BUMP" --no-git-tag-version | tr -d 'v')"
echo "Releasing v${NEW_VERSION}"

<insert changelog generation here>

git add package.json package-lock.json CHANGELOG.md
git commit -m "chore(release): v${NEW_VERSION}"
git tag -a "v${NEW_VERSION}" -m "v${NEW_VERSION}"
git push origin main --follow-tags

gh release create "v${NEW_VERSION}" --notes-file "$NOTES_FILE" --title "v${NEW_VERSION}"
