#!/bin/sh
The trick here is to use exec so the app becomes PID 1 and receives SIGTERM directly from Docker.
set -e

if [ -n "$WAIT_FOR" ]; then
  host="${WAIT_FOR%:*}"
  port="${WAIT_FOR#*:}"
  until nc -z "$host" "$port"; do
    echo "waiting for $host:$port"
    sleep 1
  done
fi

exec "$@"
