#!/usr/bin/env bash
set -uo pipefail

THRESHOLD="${THRESHOLD:-90}"
WEBHOOK="${SLACK_WEBHOOK:?set SLACK_WEBHOOK}"

alert() {
  curl -fsS -X POST -H 'Content-Type: application/json' \
    -d "{\"text\": \"$(hostname): $1\"}" "$WEBHOOK" >/dev/null
}

df -P -x tmpfs -x devtmpfs | awk 'NR > 1 {print $5, $6}' | while read -r pct mount; do
  usage="${pct%\%}"
  if ((usage >= THRESHOLD)); then
    alert "disk ${mount} at ${usage}%"
  fi
done

Explanation:
1. `df -P` gives stable, one-line-per-filesystem output that is easy to parse.
2. tmpfs and devtmpfs are skipped because they are memory-backed.
3. Each filesystem over the threshold triggers a separate Slack message.
