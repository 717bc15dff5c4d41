#!/usr/bin/env bash
set -euo pipefail

KEEP=5
REPO=ghcr.io/acme/api

echo "pruning local images for ${REPO}, keeping ${KEEP}"
old_ids=$(docker images "$REPO" --format '{{.CreatedAt}} {{.ID}}' \
  | sort -r \
  | tail -n +$((KEEP + 1)) \
  | awk '{print $NF}')

[ -n "$old_ids" ] && docker rmi $old_ids

dangling=$(docker images -q --filter dangling=true