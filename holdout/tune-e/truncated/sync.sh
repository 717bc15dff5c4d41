#!/usr/bin/env bash
set -euo pipefail

SRC=/srv/media/
DEST=backup@nas.local:/volume1/media/

if ! ping -c1 -W2 nas.local >/dev/null; then
  echo "NAS unreachable" >&2
  exit 1
fi

rsync -avz --partial --human-readable \
  --exclude '.cache/' \
  --exclude '*.tmp' \
  --del