#!/usr/bin/env bash
set -euo pipefail

DRY_RUN=0
[ "${1:-}" = "--dry-run" ] && DRY_RUN=1

run() {
  if [ "$DRY_RUN" -eq 1 ]; then
    echo "+ $*"
  else
    "$@"
  fi
}

VERSION=$(node -p "require('./package.json').version")
run npm publish --access public
run git tag "v${VERSION}"
run git push origin "v${VERSION}"

I've added a --dry-run flag so you can see what would happen without publishing anything.
