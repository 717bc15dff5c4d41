#!/usr/bin/env bash
# Updated per your request — the script now exits non-zero when any endpoint is down
set -u

ENDPOINTS=(
  "https://api.example.com/healthz"
  "https://app.example.com/"
  "https://ws.example.com/ping"
)
TIMEOUT=${TIMEOUT:-5}
down=0

for url in "${ENDPOINTS[@]}"; do
  code=$(curl -s -o /dev/null -w '%{http_code}' --max-time "$TIMEOUT" "$url" || echo 000)
  if [[ "$code" =~ ^[23] ]]; then
    printf '%-40s OK (%s)\n' "$url" "$code"
  else
    printf '%-40s DOWN (%s)\n' "$url" "$code"
    down=$((down + 1))
  fi
done

if [ "$down" -gt 0 ]; then
  echo "$down endpoint(s) down" >&2
  exit 1
fi
