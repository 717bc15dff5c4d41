#!/bin/sh
# Container health check: exit 0 when healthy, 1 otherwise.

PORT=${PORT:-8080}
TIMEOUT=${HEALTH_TIMEOUT:-3}

if ! pgrep -x node >/dev/null 2>&1; then
  echo "node process not running"
  exit 1
fi

...

status=$(wget -q -T "$TIMEOUT" -O /dev/null -S "http://127.0.0.1:$PORT/health" 2>&1 | awk '/HTTP\// {print $2}' | tail -n1)

if [ "$status" = "200" ]; then
  exit 0
fi

echo "unexpected status: ${status:-none}"
exit 1
