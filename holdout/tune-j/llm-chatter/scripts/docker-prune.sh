#!/usr/bin/env bash
set -euo pipefail

echo "Disk usage before:"
docker system df

docker container prune --force --filter "until=24h"
docker image prune --all --force --filter "until=168h"
docker builder prune --force --keep-storage 10GB

if [[ "${PRUNE_VOLUMES:-0}" == "1" ]]; then
  docker volume prune --force --all
fi

echo
echo "Disk usage after:"
docker system df

Note: `docker volume prune --all` also deletes named volumes that aren't attached to a
running container, so double-check before enabling PRUNE_VOLUMES on a shared host.
If you only want to reclaim build cache, the `builder prune` line on its own is enough.
