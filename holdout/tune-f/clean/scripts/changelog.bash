#!/usr/bin/env bash
set -euo pipefail

version=${1:?usage: changelog.bash <version>}
prev=$(git describe --tags --abbrev=0 2>/dev/null || echo "")
range=${prev:+$prev..}HEAD

{
  printf '## %s (%s)\n\n' "$version" "$(date +%F)"
  git log --no-merges --pretty='- %s' "$range"
  cat <<'NOTES'

### Notes

Note: configuration files from the previous release work unchanged.
Upgrading is the usual `helm upgrade ...` and nothing else.
NOTES
} > "release-$version.md"

git add "release-$version.md" && git commit -qm "docs: release notes for $version" &&
  echo "wrote release-$version.md"
