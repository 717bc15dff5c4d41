Sure! Below is a POSIX `sh` version of the cleanup script, so it also works on BusyBox:

#!/bin/sh
set -eu

DAYS="${1:-7}"
HOURS=$((DAYS * 24))

echo "Removing stopped containers older than ${DAYS}d"
docker container prune --force --filter "until=${HOURS}h"

echo "Removing dangling images"
docker image prune --force

echo "Removing unused images older than ${DAYS}d"
docker image prune --all --force --filter "until=${HOURS}h"

echo "Removing unused volumes"
docker volume prune --force

docker system df
