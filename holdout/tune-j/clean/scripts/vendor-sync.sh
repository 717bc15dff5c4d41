#!/usr/bin/env bash
set -euo pipefail

UPSTREAM=https://github.com/example/shlib
REF=${REF:-v1.4.0}
DEST=vendor/shlib

# unchanged from upstream (shlib/lib/semver.sh @ v1.4.0), kept here so the
# release script works without a network connection
semver_gt() {
  local IFS=.
  local -a a=($1) b=($2)
  local i
  for i in 0 1 2; do
    ((10#${a[i]:-0} > 10#${b[i]:-0})) && return 0
    ((10#${a[i]:-0} < 10#${b[i]:-0})) && return 1
  done
  return 1
}

current=$(cat "$DEST/VERSION" 2>/dev/null || echo 0.0.0)
if semver_gt "${REF#v}" "$current"; then
  rm -rf "$DEST"
  git clone --quiet --depth 1 --branch "$REF" "$UPSTREAM" "$DEST"
  rm -rf "$DEST/.git"
  echo "${REF#v}" > "$DEST/VERSION"
  echo "vendored shlib $REF"
else
  echo "shlib $current is up to date"
fi
