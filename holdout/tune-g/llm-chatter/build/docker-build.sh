#!/usr/bin/env bash
# Let me know if you want this to also handle ARM builds
set -euo pipefail

IMAGE="${IMAGE:-ghcr.io/acme/gateway}"
TAG="${TAG:-$(git rev-parse --short HEAD)}"

docker build \
  --pull \
  --build-arg "GIT_SHA=$(git rev-parse HEAD)" \
  --build-arg "BUILD_DATE=$(date -u +%Y-%m-%dT%H:%M:%SZ)" \
  -t "${IMAGE}:${TAG}" \
  -t "${IMAGE}:latest" \
  .

if [ "${PUSH:-0}" = "1" ]; then
  docker push "${IMAGE}:${TAG}"
  docker push "${IMAGE}:latest"
fi
