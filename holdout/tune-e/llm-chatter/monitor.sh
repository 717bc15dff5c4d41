#!/usr/bin/env bash
set -euo pipefail

THRESHOLD=${THRESHOLD:-85}
WEBHOOK=${SLACK_WEBHOOK:?SLACK_WEBHOOK is required}

df -P -x tmpfs -x devtmpfs | awk 'NR > 1 {print $5, $6}' | while read -r pct mount; do
  used=${pct%\%}
  if [ "$used" -ge "$THRESHOLD" ]; then
    curl -fsS -X POST -H 'Content-Type: application/json' \
      -d "{\"text\": \"$(hostname): ${mount} is at ${used}%\"}" \
      "$WEBHOOK" >/dev/null
  fi
done

# Explanation:
# - I've used `df -P` so the output format is stable across distros.
# - tmpfs and devtmpfs are excluded because they are not real disks.
# Let me know if you'd like it to post to a different channel.
