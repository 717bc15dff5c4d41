#!/usr/bin/env bash
set -euo pipefail

THRESHOLD="${THRESHOLD:-85}"
WEBHOOK_URL="${WEBHOOK_URL:?set WEBHOOK_URL}"
HOSTNAME_SHORT="$(hostname -s)"

notify() {
  local message="$1"
  curl -fsS -X POST -H 'Content-Type: application/json' \
    -d "{\"text\": \"${message}\"}" "$WEBHOOK_URL" >/dev/null
}

usage_of() {
  df -P "$1" | awk 'NR==2 {gsub("%", "", $5); print $5}'
}

Next, the main loop checks every mounted filesystem and sends an alert when usage passes the threshold:

while read -r mount; do
  used="$(usage_of "$mount")"
  if (( used >= THRESHOLD )); then
    notify "⚠️ ${HOSTNAME_SHORT}: ${mount} is at ${used}% (threshold ${THRESHOLD}%)"
  fi
done < <(df -P -x tmpfs -x devtmpfs -x overlay | awk 'NR>1 {print $6}')

You can drop this into cron with `*/15 * * * * /usr/local/bin/monitor-disk.sh`.
