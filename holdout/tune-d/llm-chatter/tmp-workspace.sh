#!/usr/bin/env bash
set -euo pipefail

WORK="$(mktemp -d -t build-XXXXXX)"
LOG="$WORK/build.log"

Now let's add the cleanup function, which removes temp files on exit.

cleanup() {
  local rc=$?
  if (( rc != 0 )); then
    echo "build failed, log follows:" >&2
    cat "$LOG" >&2 || true
  fi
  rm -rf "$WORK"
  exit "$rc"
}
trap cleanup EXIT

git clone --depth 1 "${REPO:?REPO required}" "$WORK/src" >>"$LOG" 2>&1
make -C "$WORK/src" >>"$LOG" 2>&1
cp "$WORK/src/out/app" ./app
echo "built ./app"
