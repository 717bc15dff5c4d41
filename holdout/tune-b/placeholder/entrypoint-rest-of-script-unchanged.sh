#!/bin/sh
set -e

if [ -n "$WAIT_FOR_HOST" ]; then
  echo "waiting for $WAIT_FOR_HOST:$WAIT_FOR_PORT"
  while ! nc -z "$WAIT_FOR_HOST" "$WAIT_FOR_PORT"; do
    sleep 1
  done
fi

# rest of the script unchanged
