#!/usr/bin/env bash
set -euo pipefail

log() {
  printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2
}

retry() {
  local attempts="$1"; shift
  local n=1
  until "$@"; do
    if (( n >= attempts )); then
      log "command failed after $n attempts: $*"
      return 1
    fi
    log "attempt $n failed, retrying"
    sleep $(( n * 2 ))