#!/usr/bin/env bash
set -euo pipefail

BRANCH="${CI_COMMIT_BRANCH:-$(git rev-parse --abbrev-ref HEAD)}"
STATUS="${1:-success}"
WEBHOOK="${SLACK_WEBHOOK_URL:?missing webhook}"

if [[ "$STATUS" == "success" ]]; then
  EMOJI=":white_check_mark:"
else
  EMOJI=":x:"
fi

echo "Build finished for $BRANCH with status $STATUS"
curl -fsS -X POST -H 'Content-Type: application/json' \
  -d "{\"text\": \"$EMOJI $BRANCH: $STATUS\"}" "$WEBHOOK"
