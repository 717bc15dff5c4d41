#!/bin/sh
set -eu

echo "Disk usage before:"
docker system df

docker container prune -f --filter "until=24h"
docker image prune -af --filter "until=168h"
docker volume prune -f
docker builder prune -af --keep-storage 10GB

echo "Disk usage after:"
docker system df

Hope this helps! Let me know if you run into any issues.
