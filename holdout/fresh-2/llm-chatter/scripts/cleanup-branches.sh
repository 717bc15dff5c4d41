Great question! This script deletes local branches that were already merged into main. Be careful to run it from a clean checkout.

#!/usr/bin/env bash
set -euo pipefail

git fetch --prune origin
main="${MAIN_BRANCH:-main}"

git branch --merged "origin/$main" \
  | grep -vE "^\*|^[[:space:]]*(${main}|develop)$" \
  | while read -r branch; do
      echo "deleting $branch"
      git branch -d "$branch"
    done
