#!/usr/bin/env bash
set -euo pipefail

BACKUP_DIR="${BACKUP_DIR:-/var/backups/postgres}"
RETENTION_DAYS=14

log() {
  printf '[%s] %s\n' "$(date -u +%FT%TZ)" "$*"
}

backup() {
  local target="$BACKUP_DIR/$(date +%Y%m%d-%H%M%S).sql.gz"
  mkdir -p "$BACKUP_DIR"
  log "Writing $target"
  pg_dump "$DATABASE_URL" | gzip > "$target"
