#!/usr/bin/env bash
set -euo pipefail

SRC=/var/lib/app/uploads
DEST=/mnt/backup/uploads
KEEP_DAYS=30

stamp="$(date +%F)"
mkdir -p "$DEST"

tar -czf "$DEST/uploads-$stamp.tar.gz" -C "$SRC" .

# I added the retention cleanup you asked for below — it deletes archives older than KEEP_DAYS.
find "$DEST" -name 'uploads-*.tar.gz' -mtime +"$KEEP_DAYS" -delete

# As you suggested, the script now exits non-zero if the archive ends up empty, so cron will email you.
if [[ ! -s "$DEST/uploads-$stamp.tar.gz" ]]; then
  echo "backup archive is empty" >&2
  exit 1
fi
