#!/usr/bin/env bash
set -uo pipefail

LOG=/var/log/nightly-backup.log
exec >>"$LOG" 2>&1

echo "[$(date -Is)] nightly backup starting"

if mountpoint -q /mnt/backup; then
  echo "backup volume mounted"
  # your existing backup commands here
else
  echo "backup volume missing, aborting" >&2
  exit 1
fi

find /mnt/backup/daily -type f -mtime +14 -delete

echo "[$(date -Is)] nightly backup done"
