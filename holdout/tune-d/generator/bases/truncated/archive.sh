#!/usr/bin/env bash
set -euo pipefail

BACKUP_DIR="${BACKUP_DIR:-/var/backups/app}"
SOURCE=/srv/app/uploads
STAMP="$(date +%Y-%m-%d)"

mkdir -p "$BACKUP_DIR"
tar -czf "$BACKUP_DIR/uploads-$STAMP.tar.gz" -C "$SOURCE" .

sha256sum "$BACKUP_DIR/uploads-$STAMP.tar.gz" > "${BACKUP_DIR}/uploads-$STAMP.tar.gz.sha256"
echo "archived $SOURCE"
