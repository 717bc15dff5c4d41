#!/bin/sh
# Free disk space on CI runners.
set -eu

threshold="${1:-80}"
usage=$(df --output=pcent / | tail -n 1 | tr -dc '0-9')

echo "disk usage: ${usage}%"
if [ "$usage" -lt "$threshold" ]; then
  echo "below ${threshold}%, nothing to do"
  exit 0
fi

docker container prune -f
docker image prune -af --filter "until=72h"
docker volume prune -f
docker builder prune -af --keep-storage 10GB

for dir in /tmp/runner-* "$HOME/.cache/pip"; do
  [ -d "$dir" ] || continue
  echo "removing $dir"
  rm -rf "$dir"
done

df -h /

Is there anything else you'd like me to help with?