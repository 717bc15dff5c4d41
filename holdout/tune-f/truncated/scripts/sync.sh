#!/usr/bin/env bash
set -euo pipefail

SRC=${1:?source dir}
DEST=${2:?destination}

rsync -a --delete --itemize-changes "$SRC/" "$DEST/" > /tmp/sync.log

changed=$(grep -c '^>f' /tmp/sync.log || true)
echo "$changed file(s) updated"

grep '^>f' /tmp/sync.log | awk '{ print $1