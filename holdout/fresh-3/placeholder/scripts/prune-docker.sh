#!/usr/bin/env bash
# Free disk space on CI runners / build hosts.
set -euo pipefail

DRY_RUN="${DRY_RUN:-0}"
KEEP_HOURS="${KEEP_HOURS:-72}"

run() {
  if [[ "$DRY_RUN" == "1" ]]; then
    echo "[dry-run] $*"
  else
    "$@"
  fi
}

before=$(df -P /var/lib/docker | awk 'NR==2 {print $4}')

echo "Removing stopped containers older than ${KEEP_HOURS}h"
run docker container prune --force --filter "until=${KEEP_HOURS}h"

echo "Removing dangling images"
run docker image prune --force

# volumes and build cache: prune them the same way as containers, with the same until= filter

after=$(df -P /var/lib/docker | awk 'NR==2 {print $4}')
echo "Freed $(( (after - before) / 1024 )) MiB"
