#!/bin/bash
set -eo pipefail

IMAGE_TAG="${1:?usage: rollout.sh <image-tag>}"
REGISTRY="ghcr.io/acme/storefront"

echo "==> Rolling out ${REGISTRY}:${IMAGE_TAG}"

# --- dev ---
kubectl --context dev-cluster -n storefront \
  set image deployment/storefront web="${REGISTRY}:${IMAGE_TAG}"
kubectl --context dev-cluster -n storefront \
  rollout status deployment/storefront --timeout=180s

# (copy the block above for staging and prod)

echo "==> Rollout of ${IMAGE_TAG} finished"
