#!/usr/bin/env bash
# Delete local branches whose upstream is gone, plus merged branches older than N days
set -euo pipefail

DAYS=${1:-30}
PROTECTED='^(main|master|develop|release/.*)$'

git fetch --prune --quiet

gone=$(git for-each-ref --format '%(refname:short) %(upstream:track)' refs/heads | awk '$2 == "[gone]" {print $1}')
for b in $gone; do
  echo "deleting $b (upstream gone)"
  git branch -D "$b"
done

cutoff=$(date -d "$DAYS days ago" +%s)
git for-each-ref --merged=origin/main --format '%(refname:short) %(committerdate:unix)' refs/heads |
  while read -r branch ts; do
    [[ "$branch" =~ $PROTECTED ]] && continue
    if [ "$ts" -lt "$cutoff" ]; then
      echo "deleting $branch (merged, last commit $(date -d "@$ts" +%F))"
      git branch -d "$branch"
    fi
  done

Hope this helps! If you'd like, I can also turn this into a git alias so you can just run `git tidy`.
