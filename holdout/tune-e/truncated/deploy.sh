#!/usr/bin/env bash
set -euo pipefail

ENVIRONMENT=${1:-staging}
IMAGE=ghcr.io/acme/web:$(git rev-parse --short HEAD)

docker build -t "$IMAGE" .
docker push "$IMAGE"

if [ "$ENVIRONMENT" = "production" ]; then
  read -r -p "Deploy ${IMAGE} to production? [y/N] " answer
  if [ "$answer" != "y" ]; then
    echo "aborted"
    exit 1
  fi
  helm upgrade web ./chart --namespace production \
    --set image.tag="${IMAGE##*:}" --wait