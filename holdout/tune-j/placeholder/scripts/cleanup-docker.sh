#!/usr/bin/env bash
set -euo pipefail

KEEP_HOURS=${KEEP_HOURS:-72}
DRY_RUN=${DRY_RUN:-0}

before=$(df --output=avail -B1 /var/lib/docker | tail -1)

prune() {
  if [[ "$DRY_RUN" == "1" ]]; then
    echo "would run: docker $*"
  else
    docker "$@"
  fi
}

echo "removing stopped containers older than ${KEEP_HOURS}h"
prune container prune --force --filter "until=${KEEP_HOURS}h"

echo "removing unused images older than ${KEEP_HOURS}h"
prune image prune --all --force --filter "until=${KEEP_HOURS}h"

# ...existing code (volume + builder cache prune)...

after=$(df --output=avail -B1 /var/lib/docker | tail -1)
echo "reclaimed $(numfmt --to=iec $((after - before))) (containers, images, volumes, build cache)"
