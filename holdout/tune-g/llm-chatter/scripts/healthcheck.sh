#!/usr/bin/env bash
set -uo pipefail

URLS=(
  "https://example.com/healthz"
  "https://api.example.com/healthz"
  "https://status.example.com"
)

failed=0
for url in "${URLS[@]}"; do
  code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$url")
  if [ "$code" != "200" ]; then
    echo "DOWN $url ($code)"
    failed=1
  else
    echo "UP   $url"
  fi
done
exit "$failed"

Key points:
- Uses `set -uo pipefail` but not `-e`, so one failing URL does not stop the loop
- Each request has a 10 second timeout
- Exit code is 1 if any endpoint is down
