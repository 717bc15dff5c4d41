#!/bin/sh
set -eu

log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*"; }

case "${1:-serve}" in
  serve)
    log "Starting..."
    exec /app/server --addr ":${PORT:-8080}"
    ;;
  migrate)
    log "Running migrations..."
    exec /app/server migrate
    ;;
  shell)
    exec /bin/sh
    ;;
  *)
    exec "$@"
    ;;
esac
