#!/usr/bin/env bash
set -euo pipefail

IMAGE="ghcr.io/acme/ledger:1.8.0"

docker pull "$IMAGE"
docker rm -f ledger 2>/dev/null || true
docker run -d \
  --name ledger \
  --restart unless-stopped \
  -p 8080:8080 \
  -v "$PWD/data:/var/lib/app" \