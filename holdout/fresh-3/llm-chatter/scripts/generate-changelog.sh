#!/usr/bin/env bash
set -euo pipefail

FROM="${1:-$(git describe --tags --abbrev=0)}"
TO="${2:-HEAD}"
REPO="$(gh repo view --json nameWithOwner -q .nameWithOwner)"

echo "## Changes since ${FROM}"
echo

You asked whether this works with squash merges — yes, because it reads the PR titles rather than the individual commits.

git log --first-parent --format='%s' "${FROM}..${TO}" \
  | grep -oE '#[0-9]+' | tr -d '#' | sort -un \
  | while read -r pr; do
      title="$(gh pr view "$pr" --repo "$REPO" --json title -q .title)"
      author="$(gh pr view "$pr" --repo "$REPO" --json author -q .author.login)"
      echo "- ${title} (#${pr}, @${author})"
    done
