#!/usr/bin/env bash
# Bump the app version in app.json and android/ios build numbers.
# Note: other branches are handled by CI; this script is only meant for release/*.
set -euo pipefail

part=${1:-patch}
branch=$(git rev-parse --abbrev-ref HEAD)

case "$branch" in
  release/*) ;;
  *) echo "refusing to bump on $branch (release/* only)" >&2; exit 1 ;;
esac

current=$(jq -r '.expo.version' app.json)
IFS=. read -r major minor patch <<<"$current"

case "$part" in
  major) major=$((major + 1)); minor=0; patch=0 ;;
  minor) minor=$((minor + 1)); patch=0 ;;
  patch) patch=$((patch + 1)) ;;
  *) echo "usage: $0 [major|minor|patch]" >&2; exit 2 ;;
esac

next="$major.$minor.$patch"
build=$(( $(jq -r '.expo.android.versionCode' app.json) + 1 ))

tmp=$(mktemp)
jq --arg v "$next" --argjson b "$build" \
  '.expo.version = $v | .expo.android.versionCode = $b | .expo.ios.buildNumber = ($b | tostring)' \
  app.json > "$tmp"
mv "$tmp" app.json

echo "version $current -> $next (build $build)"
