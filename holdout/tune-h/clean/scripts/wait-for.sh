#!/bin/sh
# wait-for.sh host:port [-t timeout] [-- command args...]
# Waits until a TCP port accepts connections, then runs the rest of the command line.
# You can pass -t 0 to wait forever.
set -eu

target=$1
shift
timeout=30

while [ $# -gt 0 ]; do
  case "$1" in
    -t) timeout=$2; shift 2 ;;
    --) shift; break ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done

host=${target%:*}
port=${target#*:}
start=$(date +%s)

until nc -z "$host" "$port" 2>/dev/null; do
  if [ "$timeout" -gt 0 ] && [ $(( $(date +%s) - start )) -ge "$timeout" ]; then
    echo "timed out after ${timeout}s waiting for $target" >&2
    exit 1
  fi
  sleep 1
done

echo "$target is up"
[ $# -gt 0 ] && exec "$@"
exit 0