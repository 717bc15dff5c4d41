#!/bin/sh
# Usage: wait-for.sh HOST:PORT [-t TIMEOUT] -- COMMAND ARGS...
set -eu

target=$1
shift
timeout=30
if [ "${1:-}" = "-t" ]; then
  timeout=$2
  shift 2
fi
[ "${1:-}" = "--" ] && shift

host=${target%:*}
port=${target#*:}

i=0
until nc -z "$host" "$port" 2>/dev/null; do
  i=$((i + 1))
  if [ "$i" -ge "$timeout" ]; then
    echo "Timed out waiting for $target" >&2
    exit 1
  fi
  echo "Waiting for $target..."
  sleep 1
done

exec "$@"
