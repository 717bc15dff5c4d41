#!/usr/bin/env bash
set -euo pipefail

LOCKFILE=/tmp/ci-runner.lock
WORKDIR=$(mktemp -d)

cleanup() {
  # ... existing cleanup logic ...
  rm -rf "$WORKDIR"
  rm -f "$LOCKFILE"
}
trap cleanup EXIT

touch "$LOCKFILE"
cd "$WORKDIR"
git clone --depth 1 "$REPO_URL" src
make -C src test
