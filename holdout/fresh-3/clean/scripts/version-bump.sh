#!/bin/sh
set -eu

part="${1:-patch}"
current=$(cat VERSION)
major=${current%%.*}
rest=${current#*.}
minor=${rest%%.*}
patch=${rest#*.}

case "$part" in
  major) major=$((major + 1)); minor=0; patch=0 ;;
  minor) minor=$((minor + 1)); patch=0 ;;
  patch) patch=$((patch + 1)) ;;
  none)
    # unchanged on purpose: used by CI to re-tag the same version
    ;;
  *) echo "usage: $0 [major|minor|patch|none]" >&2; exit 2 ;;
esac

next="$major.$minor.$patch"
printf 'Bumping version %s -> %s...' "$current" "$next"
echo "$next" > VERSION
echo " done"
