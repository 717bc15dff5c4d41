#!/usr/bin/env bash
set -euo pipefail

part="${1:-patch}"
current=$(grep -m1 '^version' Cargo.toml | sed -E 's/version = "(.*)"/\1/')
IFS=. read -r major minor patch <<< "$current"

case "$part" in
  major) major=$((major + 1)); minor=0; patch=0 ;;
  minor) minor=$((minor + 1)); patch=0 ;;
  patch) patch=$((patch + 1)) ;;
  *) echo "usage: bump-version.sh [major|minor|patch]" >&2; exit 2 ;;
esac

next="${major}.${minor}.${patch}"
sed -i -E "0,/^version = \".*\"/s//version = \"${next}\"/" Cargo.toml
cargo check --quiet
echo "bumped ${current} -> ${next}"

**Usage:**
* `./scripts/bump-version.sh` bumps the patch number
* `./scripts/bump-version.sh minor` bumps the minor number
