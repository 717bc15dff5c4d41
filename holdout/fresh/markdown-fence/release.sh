#!/usr/bin/env bash
set -euo pipefail

usage() {
  echo "usage: $0 <major|minor|patch>" >&2
  exit 2
}

[[ $# -eq 1 ]] || usage
part="$1"

if [[ -n "$(git status --porcelain)" ]]; then
  echo "working tree is dirty" >&2
  exit 1
fi

current="$(grep -m1 '^version = ' Cargo.toml | cut -d'"' -f2)"
IFS=. read -r major minor patch <<< "$current"

case "$part" in
  major) major=$((major + 1)); minor=0; patch=0 ;;
  minor) minor=$((minor + 1)); patch=0 ;;
  patch) patch=$((patch + 1)) ;;
  *) usage ;;
esac

next="${major}.${minor}.${patch}"
echo "Bumping $current -> $next"

sed -i.bak "s/^version = \"${current}\"/version = \"${next}\"/" Cargo.toml && rm Cargo.toml.bak
cargo check --quiet
git commit -am "chore(release): v${next}"
git tag -a "v${next}" -m "v${next}"
echo "Now run: git push --follow-tags"
```
