#!/usr/bin/env bash
set -euo pipefail

LOG_ROOT="${LOG_ROOT:-/var/log/myapp}"
MAX_AGE_DAYS="${MAX_AGE_DAYS:-7}"
DRY_RUN="${DRY_RUN:-0}"

compress_old() {
  find "$LOG_ROOT" -name '*.log' -mtime +1 ! -name '*.gz' -print0 |
    xargs -0 -r gzip -9
}

delete_expired() {
  local cmd=(find "$LOG_ROOT" -name '*.log.gz' -mtime "+$MAX_AGE_DAYS")
  if [[ "$DRY_RUN" == 1 ]]; then
    "${cmd[@]}" -print
  else
    "${cmd[@]}" -delete
  fi
}

main() {
  [[ -d "$LOG_ROOT" ]] || { echo "no such dir: $LOG_ROOT" >&2; exit 1; }
  compress_old
  delete_expired
}

# rest unchanged