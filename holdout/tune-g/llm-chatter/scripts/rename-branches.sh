#!/usr/bin/env bash
set -euo pipefail

OLD="${1:-master}"
NEW="${2:-main}"

git fetch --prune origin
git branch -m "$OLD" "$NEW"
git push -u origin "$NEW"
git symbolic-ref refs/remotes/origin/HEAD "refs/remotes/origin/$NEW"
git push origin --delete "$OLD"

### Explanation

This renames the local branch, pushes the new one and sets it as upstream,
then deletes the old branch from the remote. You'll still need to change
the default branch in the repository settings on GitHub.
