#!/bin/sh
# usage: wait-for.sh host:port [-t timeout] [-- command args]
set -e

TIMEOUT=30
HOSTPORT="$1"
shift

while [ $# -gt 0 ]; do
  case "$1" in
    -t)
      TIMEOUT="$2"
      shift 2
      ;;
    --)
      shift
      break
      ;;
    *)
      echo "unknown argument: $1" >&2
      exit 2
      ;;
  esac
done

HOST="${HOSTPORT%:*}"
PORT="${HOSTPORT##*:}"

i=0
while ! nc -z "$HOST" "$PORT" 2>/dev/null; do
  i=$((i + 1))
  if [ "$i" -ge "$TIMEOUT" ]; then
    echo "timed out after ${TIMEOUT}s waiting for $HOST:$PORT" >&2
    exit 1
  fi
  sleep 1
done

[ $# -gt 0 ] && exec "$@"
exit 0

Hope this helps!
