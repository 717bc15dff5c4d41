#!/usr/bin/env bash
set -euo pipefail

SRC=${1:?source required}
DEST=${2:?destination required}
DRY_RUN=${DRY_RUN:-0}
SSH_PORT=${SSH_PORT:-22}

RSYNC_OPTS=(-az --delete --exclude '.DS_Store' --exclude '*.tmp')
[ "$DRY_RUN" = 1 ] && RSYNC_OPTS+=(--dry-run -v)

if [[ "$DEST" == s3://* ]]; then
  aws s3 sync "$SRC" "$DEST" --delete --exclude '*.tmp'
elif [[ "$DEST" == *:* ]]; then
  # ... same rsync call but over ssh with -e "ssh -p $SSH_PORT" ...
else
  mkdir -p "$DEST"
  rsync "${RSYNC_OPTS[@]}" "$SRC/" "$DEST/"
fi

echo "synced $SRC -> $DEST"
