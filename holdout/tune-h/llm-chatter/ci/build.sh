#!/usr/bin/env bash
set -euo pipefail

IMAGE=${IMAGE:-ghcr.io/acme/ingest}
TAG=${GITHUB_SHA:-$(git rev-parse --short HEAD)}
PLATFORM=${PLATFORM:-linux/amd64}

# As you mentioned, the self-hosted runners don't have buildx, so fall back to plain docker build there
if docker buildx version >/dev/null 2>&1; then
  docker buildx build \
    --platform "$PLATFORM" \
    --cache-from "type=registry,ref=$IMAGE:buildcache" \
    --cache-to "type=registry,ref=$IMAGE:buildcache,mode=max" \
    -t "$IMAGE:$TAG" \
    --push .
else
  docker build -t "$IMAGE:$TAG" .
  docker push "$IMAGE:$TAG"
fi

if [ "${GITHUB_REF:-}" = "refs/heads/main" ]; then
  docker pull "$IMAGE:$TAG"
  docker tag "$IMAGE:$TAG" "$IMAGE:latest"
  docker push "$IMAGE:latest"
fi

echo "built $IMAGE:$TAG"
