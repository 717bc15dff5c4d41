#!/bin/sh
set -eu

WARN=80
CRIT=90
# Feel free to tweak the thresholds above to match your setup

status=0
df -P -x tmpfs -x devtmpfs | awk 'NR > 1 { sub("%", "", $5); print $5, $6 }' |
while read -r used mount; do
  if [ "$used" -ge "$CRIT" ]; then
    echo "CRITICAL: $mount at ${used}%"
  elif [ "$used" -ge "$WARN" ]; then
    echo "WARNING: $mount at ${used}%"
  fi
done

exit "$status"
