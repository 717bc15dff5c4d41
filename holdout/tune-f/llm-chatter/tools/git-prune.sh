#!/usr/bin/env bash
# Delete local branches that have been merged into main.
set -euo pipefail

main=${1:-main}
git fetch --prune --quiet
git checkout --quiet "$main"

# I've replaced the for loop with xargs so it's faster for you.
git branch --merged "$main" \
  | grep -vE "^\*|^\s*(main|master|develop)$" \
  | xargs -r git branch -d

echo "remaining branches:"
git branch --format='  %(refname:short)'
