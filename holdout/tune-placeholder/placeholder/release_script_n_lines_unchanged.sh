#!/usr/bin/env bash
set -euo pipefail

usage() {
  echo "usage: $0 <major|minor|patch>" >&2
  exit 1
}

[[ $# -eq 1 ]] || usage
bump="$1"

if [[ -n "$(git status --porcelain)" ]]; then
  echo "working tree is dirty; commit or stash first" >&2
  exit 1
fi

current="$(git describe --tags --abbrev=0 | sed 's/^v//')"
IFS=. read -r major minor patch <<<"$current"

# ... (35 lines unchanged) ...

git tag -a "v${next}" -m "Release v${next}"
git push origin "v${next}"
echo "released v${next}"
