#!/bin/bash
# Poll service endpoints and report failures to Slack.

ENDPOINTS=(
  "https://api.example.com/healthz"
  "https://www.example.com/"
  "https://status.example.com/api/v2/status.json"
)
WEBHOOK="${SLACK_WEBHOOK:?SLACK_WEBHOOK not set}"

check_http() {
  local url="$1"
  : # ... existing logic
}

notify() {
  local msg="$1"
  curl -s -X POST -H 'Content-type: application/json' \
    --data "{\"text\": \"${msg}\"}" "$WEBHOOK" >/dev/null
}

failures=0
for url in "${ENDPOINTS[@]}"; do
  if ! check_http "$url"; then
    notify ":red_circle: $url is failing"
    failures=$((failures + 1))
  fi
done

echo "$failures endpoint(s) failing"
exit "$failures"
