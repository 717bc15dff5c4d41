#!/usr/bin/env bash
# Show the top client IPs from an nginx access log.
set -euo pipefail

LOG="${1:-/var/log/nginx/access.log}"
N="${2:-10}"

if [[ ! -r "$LOG" ]]; then
  echo "cannot read $LOG" >&2
  exit 1
fi

awk '{print $1}' "$LOG" |
  sort |
  uniq -c |