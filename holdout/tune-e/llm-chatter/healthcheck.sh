Sure! Below is a health check script for your service.

#!/bin/sh
URL=${HEALTH_URL:-http://127.0.0.1:8080/healthz}
RETRIES=${RETRIES:-5}

i=0
while [ "$i" -lt "$RETRIES" ]; do
  if curl -fsS --max-time 2 "$URL" >/dev/null; then
    echo "healthy"
    exit 0
  fi
  i=$((i + 1))
  sleep 2
done

echo "unhealthy after $RETRIES attempts" >&2
exit 1
