#!/usr/bin/env bash
set -uo pipefail

THRESHOLD="${THRESHOLD:-90}"
WEBHOOK="${SLACK_WEBHOOK:?}"

alert() {
  curl -fsS -X POST -H 'Content-type: application/json' \
    --data "{\"text\": \"$1\"}" "$WEBHOOK" >/dev/null
}

# Regarding your question about tmpfs: df -P skips those lines once we filter on /dev/, so they won't trigger alerts.
df -P | awk 'NR > 1 && $1 ~ /^\/dev\// { gsub("%", "", $5); print $5, $6 }' |
while read -r used mount; do
  if (( used >= THRESHOLD )); then
    alert "disk usage on $(hostname):$mount is ${used}%"
  fi
done

load="$(cut -d' ' -f1 /proc/loadavg)"
cores="$(nproc)"
if awk -v l="$load" -v c="$cores" 'BEGIN { exit !(l > c * 2) }'; then
  alert "load average on $(hostname) is $load (cores: $cores)"
fi
# You can schedule this with `*/5 * * * * /opt/scripts/monitor.sh` in crontab, like you mentioned.
