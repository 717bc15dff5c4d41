#!/usr/bin/env bash
set -euo pipefail

REGISTRY=ghcr.io/acme
TAG="${1:?usage: deploy.sh TAG}"
NAMESPACE=production

echo "Deploying tag ${TAG} to ${NAMESPACE}"

kubectl -n "$NAMESPACE" set image deployment/api api="${REGISTRY}/api:${TAG}"
kubectl -n "$NAMESPACE" rollout status deployment/api --timeout=180s

# ... same for the other services

kubectl -n "$NAMESPACE" annotate deployment --all \
  deploy.acme.dev/last-tag="$TAG" --overwrite

echo "Done."
