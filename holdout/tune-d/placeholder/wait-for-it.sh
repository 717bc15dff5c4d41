#!/bin/sh
# Usage: wait-for-it.sh host:port [timeout] -- command args
set -e

hostport="$1"
shift
timeout="${1:-30}"
[ "$1" != "--" ] && shift || true
[ "$1" = "--" ] && shift

host="${hostport%:*}"
port="${hostport#*:}"
start=$(date +%s)

while ! nc -z "$host" "$port" 2>/dev/null; do
  now=$(date +%s)
  # (retry logic unchanged)
done

echo "$host:$port is available after $(( $(date +%s) - start ))s"
exec "$@"
