#!/bin/sh
# As requested, I switched this from bash to plain sh so it runs on the
# Alpine image without installing bash.
set -e

if [ -n "$WAIT_FOR" ]; then
  host="${WAIT_FOR%:*}"
  port="${WAIT_FOR#*:}"
  echo "waiting for $host:$port"
  i=0
  until nc -z "$host" "$port"; do
    i=$((i + 1))
    if [ "$i" -ge 60 ]; then
      echo "timed out waiting for $host:$port" >&2
      exit 1
    fi
    sleep 1
  done
fi

if [ "$1" = "serve" ]; then
  exec node dist/server.js
fi

exec "$@"
