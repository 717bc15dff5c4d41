#!/usr/bin/env bash
set -euo pipefail

VERSION="${1:?usage: build-image.sh <version>}"
IMAGE="ghcr.io/acme/api"
PLATFORMS="linux/amd64,linux/arm64"

docker buildx create --use --name acme-builder >/dev/null 2>&1 || docker buildx use acme-builder

docker buildx build \
  --platform "$PLATFORMS" \
  --build-arg VERSION="$VERSION" \
  --label org.opencontainers.image.version="$VERSION" \
  --label org.opencontainers.image.revision="$(git rev-parse HEAD)" \
  --tag "$IMAGE:$VERSION" \
  --tag "$IMAGE:latest" \
  --push \
  .

echo "pushed $IMAGE:$VERSION"

That's it! Run it with `./ci/build-image.sh v1.2.3` and both tags will be pushed.