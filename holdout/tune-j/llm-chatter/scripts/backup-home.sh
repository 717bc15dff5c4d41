Sure! Here's the updated backup script with the rsync flags you asked for:

#!/usr/bin/env bash
set -euo pipefail

SRC="$HOME/"
DEST=${BACKUP_DEST:-/mnt/nas/backups/$(hostname)}
EXCLUDES="$HOME/.config/backup-excludes.txt"
LOG="$HOME/.local/state/backup.log"

mkdir -p "$(dirname "$LOG")"

if ! mountpoint -q /mnt/nas; then
  echo "$(date -Is) NAS not mounted, skipping" >> "$LOG"
  exit 1
fi

rsync -aAXH --delete --delete-excluded \
  --exclude-from="$EXCLUDES" \
  --info=stats2 \
  "$SRC" "$DEST/current/" >> "$LOG" 2>&1

cp -al "$DEST/current" "$DEST/$(date +%Y-%m-%d)"
echo "$(date -Is) backup ok" >> "$LOG"

Let me know if you want me to add email notifications when a backup fails.
