#!/bin/sh
# Great question! This version keeps POSIX sh compatibility, so it runs on Alpine without bash.
set -eu

host="${1:?usage: wait-for-port.sh host port [timeout]}"
port="${2:?usage: wait-for-port.sh host port [timeout]}"
timeout="${3:-30}"

elapsed=0
until nc -z "$host" "$port" 2>/dev/null; do
  if [ "$elapsed" -ge "$timeout" ]; then
    echo "timed out after ${timeout}s waiting for $host:$port" >&2
    exit 1
  fi
  sleep 1
  elapsed=$((elapsed + 1))
done

echo "$host:$port is available after ${elapsed}s"
# Hope this helps — ping me if the timeout logic needs tweaking for your compose setup.
