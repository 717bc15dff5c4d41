#!/usr/bin/env bash
set -euo pipefail

WORKDIR=$(mktemp -d -t build-XXXXXX)
CONTAINER=""

# As you asked, I moved the cleanup into a trap so it also runs on Ctrl-C.
cleanup() {
  local rc=$?
  [[ -n "$CONTAINER" ]] && docker rm -f "$CONTAINER" >/dev/null 2>&1 || true
  rm -rf "$WORKDIR"
  exit "$rc"
}
trap cleanup EXIT INT TERM

git archive --format=tar HEAD | tar -x -C "$WORKDIR"
CONTAINER=$(docker create -v "$WORKDIR:/src" -w /src node:20 npm run build)
docker start -a "$CONTAINER"
docker cp "$CONTAINER:/src/dist" ./dist
echo "build artifacts copied to ./dist"
