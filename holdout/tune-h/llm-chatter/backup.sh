#!/bin/bash
set -euo pipefail

SRC_DIRS=(/etc /home /var/www)
DEST=/mnt/backup
KEEP=7
NAME="$(hostname -s)-$(date +%F)"

mkdir -p "$DEST"
tar --exclude='*.cache' -czf "$DEST/$NAME.tar.gz" "${SRC_DIRS[@]}" 2>/dev/null
sha256sum "$DEST/$NAME.tar.gz" > "$DEST/$NAME.tar.gz.sha256"

ls -1t "$DEST"/*.tar.gz | tail -n +$((KEEP + 1)) | while read -r old; do
  rm -f "$old" "$old.sha256"
done

echo "backup written to $DEST/$NAME.tar.gz"

This keeps the last 7 archives and writes a checksum next to each one. To run it every night at 3am, add this to root's crontab (`sudo crontab -e`):

0 3 * * * /usr/local/bin/backup.sh >> /var/log/backup.log 2>&1

Feel free to tweak `KEEP` or add more directories to `SRC_DIRS`.
