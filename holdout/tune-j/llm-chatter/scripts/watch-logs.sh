#!/usr/bin/env bash
set -euo pipefail

UNIT=${1:-myapp.service}
PATTERN=${2:-'ERROR|CRITICAL|Traceback'}
WEBHOOK=${SLACK_WEBHOOK:?set SLACK_WEBHOOK}

journalctl -u "$UNIT" -f -n 0 -o cat | while IFS= read -r line; do
  if [[ "$line" =~ $PATTERN ]]; then
    payload=$(jq -nc --arg t "[$UNIT] $line" '{text: $t}')
    curl -fsS -X POST -H 'Content-Type: application/json' -d "$payload" "$WEBHOOK" >/dev/null || true
  fi
done

I hope this helps! If you run into permission errors with journalctl, you may need to add
your user to the systemd-journal group (or run the script via a systemd unit instead).
