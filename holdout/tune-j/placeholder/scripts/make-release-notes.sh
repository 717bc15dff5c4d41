#!/usr/bin/env bash
set -euo pipefail

PREV=$(git describe --tags --abbrev=0 HEAD^)
CUR=$(git describe --tags --abbrev=0)
REPO_URL=$(git remote get-url origin | sed -E 's#git@github.com:#https://github.com/#; s#\.git$##')

prs=$(git log --merges --format='%s' "$PREV..$CUR" \
  | sed -nE 's/^Merge pull request #([0-9]+) from .*/\1/p')

{
  echo "# $CUR"
  echo
  echo "## Merged pull requests"
  for pr in $prs; do
    title=$(gh pr view "$pr" --json title -q .title)
    echo "- $title ([#$pr]($REPO_URL/pull/$pr))"
  done
  echo
  # contributors=... (the git shortlog -sne pipeline, unchanged)
  echo "Thanks to $contributors for this release."
  echo
  echo "**Full diff**: $REPO_URL/compare/$PREV...$CUR"
} > RELEASE_NOTES.md

echo "RELEASE_NOTES.md written for $CUR"
