#!/bin/sh
# Usage: wait-for.sh host:port [-t timeout] -- command [args...]
set -eu

target="$1"
shift
timeout=30

while [ $# -gt 0 ]; do
  case "$1" in
    -t) timeout="$2"; shift 2 ;;
    --) shift; break ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done

host="${target%:*}"
port="${target#*:}"

i=0
until nc -z "$host" "$port" >/dev/null 2>&1; do
  i=$((i + 1))
  if [ "$i" -ge "$timeout" ]; then
    echo "timed out waiting for $target" >&2
    exit 1
  fi
  sleep 1
done

# The rest of the arguments are the command to run once the port is open.
exec "$@"
