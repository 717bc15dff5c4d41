#!/usr/bin/env bash
set -euo pipefail

BRANCH="chore/deps-$(date +%Y-%m-%d)"
SCOPE=${1:-minor}

command -v gh >/dev/null || { echo "gh CLI required" >&2; exit 1; }

git switch main
git pull --ff-only

case "$SCOPE" in
  patch) target=patch ;;
  minor) target=minor ;;
  major) target=latest ;;
  *) echo "scope must be patch|minor|major" >&2; exit 2 ;;
esac

npx --yes npm-check-updates --target "$target" --upgrade --workspaces --root
npm install
npm test

if git diff --quiet -- package.json package-lock.json; then
  echo "nothing to update"
  exit 0
fi

# from here on it's the usual: branch, commit, push and open the PR with
# the ncu output as the body
