#!/usr/bin/env bash
set -euo pipefail

echo "disk usage before:"
df -h / | tail -n1

docker container prune -f
docker volume prune -f
docker network prune -f
docker builder prune -af
docker image prune -a --filt