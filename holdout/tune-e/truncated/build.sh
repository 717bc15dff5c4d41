#!/usr/bin/env bash
set -euo pipefail

IMAGE=ghcr.io/acme/worker
TAG=${TAG:-$(git rev-parse --short HEAD)}

docker buildx build \
  --platform linux/amd64,linux/arm64 \
  --build-arg VERSION="$TAG" \
  --cache-from "type=registry,ref=${IMAGE}:buildcache" \
  --cache-to "type=registry,ref=${IMAGE}:buildcache,mode=max" \
