#!/usr/bin/env bash
set -euo pipefail

REGISTRY="ghcr.io/acme"
SERVICE="billing-api"
NAMESPACE="${1:-staging}"

log() { printf '[deploy] %s\n' "$*"; }

log "Deploying ${SERVICE} to ${NAMESPACE}"

# ... build + push steps as before (they set IMAGE_TAG)

log "Updating deployment image"
kubectl -n "$NAMESPACE" set image "deployment/${SERVICE}" \
  "${SERVICE}=${REGISTRY}/${SERVICE}:${IMAGE_TAG}"

log "Waiting for rollout"
kubectl -n "$NAMESPACE" rollout status "deployment/${SERVICE}" --timeout=180s

log "Done: ${SERVICE}@${IMAGE_TAG} is live in ${NAMESPACE}"
