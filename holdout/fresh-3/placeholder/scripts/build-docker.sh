#!/usr/bin/env bash
set -euo pipefail

IMAGE="${IMAGE:-ghcr.io/acme/api}"
VERSION="${VERSION:-$(git describe --tags --always --dirty)}"
PLATFORMS="linux/amd64,linux/arm64"
PUSH="${PUSH:-false}"

if ! docker buildx inspect multiarch >/dev/null 2>&1; then
  docker buildx create --name multiarch --use
fi

build_args=(
  --platform "$PLATFORMS"
  --build-arg "VERSION=${VERSION}"
  --build-arg "GIT_SHA=$(git rev-parse HEAD)"
  --label "org.opencontainers.image.revision=$(git rev-parse HEAD)"
  --tag "${IMAGE}:${VERSION}"
  --tag "${IMAGE}:latest"
)

# Cache flags:
#   the --cache-from/--cache-to registry cache lines go here, same as
#   before. I removed the per-arch duplicates from the old script, since
#   buildx handles both platforms in one invocation now.

if [[ "$PUSH" == "true" ]]; then
  build_args+=(--push)
else
  build_args+=(--load)
fi

docker buildx build "${build_args[@]}" .
echo "Built ${IMAGE}:${VERSION} for ${PLATFORMS}"
