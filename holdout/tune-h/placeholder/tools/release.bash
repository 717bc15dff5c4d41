#!/usr/bin/env bash
# Cut a release: bump version, changelog, tag, push
set -euo pipefail

BUMP=${1:-patch}
MAIN_BRANCH=main

die() { echo "release: $*" >&2; exit 1; }

check_clean() {
  [ -z "$(git status --porcelain)" ] || die "working tree is dirty"
  [ "$(git rev-parse --abbrev-ref HEAD)" = "$MAIN_BRANCH" ] || die "not on $MAIN_BRANCH"
  git fetch --quiet origin
  [ "$(git rev-parse HEAD)" = "$(git rev-parse "origin/$MAIN_BRANCH")" ] || die "branch not up to date"
}

bump_version() {
  local current major minor patch
  current=$(jq -r .version package.json)
  IFS=. read -r major minor patch <<<"$current"
  case "$BUMP" in
    major) major=$((major + 1)); minor=0; patch=0 ;;
    minor) minor=$((minor + 1)); patch=0 ;;
    patch) patch=$((patch + 1)) ;;
    *) die "unknown bump: $BUMP" ;;
  esac
  NEW_VERSION="$major.$minor.$patch"
  jq --arg v "$NEW_VERSION" '.version = $v' package.json > package.json.tmp
  mv package.json.tmp package.json
}

main() {
  check_clean
  bump_version
  generate_changelog "$NEW_VERSION"
  tag_and_push "$NEW_VERSION"
  echo "released v$NEW_VERSION"
}

# generate_changelog() and tag_and_push() work like the ones in the old Makefile — not repeated here

main "$@"
