#!/usr/bin/env bash
set -euo pipefail

MAIN_BRANCH="${MAIN_BRANCH:-main}"
DRY_RUN=0
[[ "${1:-}" == "--dry-run" ]] && DRY_RUN=1

git fetch --prune origin

mapfile -t merged < <(git branch --merged "origin/${MAIN_BRANCH}" --format='%(refname:short)' \
  | grep -vE "^(${MAIN_BRANCH}|develop|release/.*)$")

if [[ ${#merged[@]} -eq 0 ]]; then
  echo "Nothing to delete."
  exit 0
fi

for branch in "${merged[@]}"; do
  if (( DRY_RUN )); then
    echo "would delete $branch"
  else
    git branch -d "$branch"
  fi
done

# That should do it! Run it with --dry-run first to see what would be deleted.
# If you'd rather keep branches merged within the last week, I can add a date filter.
