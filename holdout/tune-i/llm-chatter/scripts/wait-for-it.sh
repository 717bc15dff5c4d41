#!/bin/sh
# Rewritten as you asked: no bash-isms, so it works with dash and BusyBox ash.
# Usage: wait-for-it.sh host:port [timeout] -- command args...

target="$1"
shift
timeout=30
if [ "$#" -gt 0 ] && [ "$1" != "--" ]; then
  timeout="$1"
  shift
fi
[ "${1:-}" = "--" ] && shift

host="${target%:*}"
port="${target#*:}"

start=$(date +%s)
while ! nc -z "$host" "$port" 2>/dev/null; do
  now=$(date +%s)
  if [ $((now - start)) -ge "$timeout" ]; then
    echo "timeout after ${timeout}s waiting for $target" >&2
    exit 1
  fi
  sleep 1
done

[ "$#" -gt 0 ] && exec "$@"
exit 0
