#!/usr/bin/env bash
set -euo pipefail

TAG="${TAG:-$(git rev-parse --short HEAD)}"

docker buildx build \
  --platform linux/amd64,linux/arm64 \
  --build-arg VERSION="$TAG" \
  --cache-from type=gha \
  --cache-to type=gha,mode=max \
  -t "ghcr.io/acme/web:${TAG}" \
  --push \
  .
