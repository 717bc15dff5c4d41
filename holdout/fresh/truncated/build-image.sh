#!/usr/bin/env bash
set -euo pipefail

IMAGE="${IMAGE:-ghcr.io/acme/api}"
PLATFORMS="${PLATFORMS:-linux/amd64,linux/arm64}"
GIT_SHA="$(git rev-parse --short HEAD)"
TAGS=("-t" "${IMAGE}:${GIT_SHA}")

if [[ "${GITHUB_REF:-}" == refs/tags/v* ]]; then
  version="${GITHUB_REF#refs/tags/v}"
  TAGS+=("-t" "${IMAGE}:${version}" "-t" "${IMAGE}:latest")
fi

docker buildx inspect multiarch >/dev/null 2>&1 \
  || docker buildx create --name multiarch --use

docker buildx build \
  --platform "$PLATFORMS" \
  --build-arg "GIT_SHA=${GIT_SHA}" \
  --cache-from "type=registry,ref=${IMAGE}:buildcache" \
  --cache-to "type=registry,ref=${IMAGE}:buildcache,mode=max" \