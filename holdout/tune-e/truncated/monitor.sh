#!/usr/bin/env bash
set -euo pipefail

LIMIT=${LIMIT:-90}

for svc in nginx postgresql redis-server; do
  if ! systemctl is-active --quiet "$svc"; then
    echo "$svc is down" | mail -s "[$(hostname)] $svc down" ops@example.com
  fi
done

usage=$(free | awk '/^Mem:/ {printf "%d", $3 / $2 * 100}')
if [[ "$usage" -gt