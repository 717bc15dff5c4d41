#!/usr/bin/env bash
set -euo pipefail

V=${1:?version required}

npm version "$V" --no-git-tag-version
npm run build
git add package.json package-lock.json CHANGELOG.md
git commit -m "chore: release v$V"
git tag "v$V" &&
