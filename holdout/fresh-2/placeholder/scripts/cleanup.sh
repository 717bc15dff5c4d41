#!/usr/bin/env bash
set -euo pipefail

target="${1:-all}"

prune_images() {
  docker image prune -af --filter "until=168h"
}

prune_builder() {
  docker builder prune -af --keep-storage 10GB
}

case "$target" in
  images)
    prune_images
    ;;
  builder)
    prune_builder
    ;;
  [volumes, networks and all: unchanged]
esac

df -h /var/lib/docker
