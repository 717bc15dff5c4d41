#!/usr/bin/env bash
set -euo pipefail

VERSION="$1"

if [[ ! "$VERSION" =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]]; then
  echo "version must look like 1.2.3" >&2
  exit 1
fi

npm version "$VERSION" --no-git-tag-version

# TODO: same as before

git add package.json package-lock.json CHANGELOG.md
git commit -m "chore(release): v${VERSION}"
git tag "v${VERSION}"
