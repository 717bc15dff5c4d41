#!/bin/sh
set -eu

URL="http://127.0.0.1:${PORT:-3000}/health/ready"

body=$(wget -q -T 2 -O - "$URL" 2>/dev/null) || {
  echo "health endpoint unreachable"
  exit 1
}

status=$(printf '%s' "$body" | sed -n 's/.*"status":"\([a-z]*\)".*/\1/p')

if [ "$status" = "ok" ]; then
  # nothing new here
else
  echo "unhealthy: $body"
  exit 1
fi
