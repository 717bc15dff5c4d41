#!/usr/bin/env bash
set -euo pipefail

IMAGE="${IMAGE:-ghcr.io/acme/api:latest}"
NAME=api

docker pull "$IMAGE"
docker rm -f "$NAME" 2>/dev/null || true

docker run -d \
  --name "$NAME" \
  --restart unless-stopped \
  -p 8080:8080 \
  -e DATABASE_URL="$DATABASE_URL" \
  -v /srv/api/data:/data \
  "$IMAGE"

docker logs --tail 20 "$NAME"
