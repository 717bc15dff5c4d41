#!/bin/sh
# Container HEALTHCHECK. Keep it tiny: no bash in the runtime image.
# TODO: also check the queue consumer once it exposes /healthz.

PORT="${PORT:-8080}"

if ! wget -q -T 3 -O /dev/null "http://127.0.0.1:${PORT}/healthz"; then
  echo "health: http check failed"
  exit 1
fi

# disk space check: same threshold as before (95%)
used=$(df -P /data | awk 'NR == 2 { sub("%", "", $5); print $5 }')
if [ "${used:-0}" -ge 95 ]; then
  echo "health: /data is ${used}% full"
  exit 1
fi

exit 0