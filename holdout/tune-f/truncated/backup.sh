#!/usr/bin/env bash
set -euo pipefail

DEST=/var/backups/db
mkdir -p "$DEST"

log() {
  echo "[$(date +%T)] $*"
}

backup_db() {
  local db=$1
  local out="$DEST/$db-$(date +%F).dump"
  log "dumping $db to $out"
  pg_dump --format=cus