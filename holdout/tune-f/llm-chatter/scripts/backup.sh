#!/bin/sh
set -eu

SRC=${1:-/var/lib/app}
DEST=${2:-/mnt/backup}
STAMP=$(date +%F)

mkdir -p "$DEST"
tar -czf "$DEST/app-$STAMP.tar.gz" -C "$SRC" .

# keep two weeks of archives
find "$DEST" -name 'app-*.tar.gz' -mtime +14 -delete

echo "backup written to $DEST/app-$STAMP.tar.gz"

### How it works

1. It archives everything under `$SRC` into a dated tarball.
2. Archives older than 14 days are deleted.
3. Both paths can be passed as arguments.
