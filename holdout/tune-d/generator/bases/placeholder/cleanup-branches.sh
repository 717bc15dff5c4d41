#!/usr/bin/env bash
# Delete local branches that were merged into the default branch.
set -euo pipefail

DEFAULT="$(git symbolic-ref --short refs/remotes/origin/HEAD | sed 's@^origin/@@')"
DRY_RUN="${DRY_RUN:-1}"

git fetch --prune --quiet

mapfile -t merged < <(git branch --merged "origin/$DEFAULT" --format='%(refname:short)' \
  | grep -vE "^(${DEFAULT}|develop|release/.*)$")

if [[ ${#merged[@]} -eq 0 ]]; then
  echo "nothing to clean up"
  exit 0
fi

for b in "${merged[@]}"; do
  if [[ "$DRY_RUN" == "1" ]]; then
    echo "would delete $b"
  else
    git branch -d "$b"
  fi
done
