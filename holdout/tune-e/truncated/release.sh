#!/usr/bin/env bash
set -euo pipefail

VERSION=$(cat VERSION)
NOTES=$(git log --pretty='- %s' "$(git describe --tags --abbrev=0)"..HEAD)

git tag -a "v${VERSION}" -m "v${VERSION}"
git push origin "v${VERSION}"

gh release create "v${VERSION}" \
  --title "v${VERSION}" \
  --notes "$NOTES" \