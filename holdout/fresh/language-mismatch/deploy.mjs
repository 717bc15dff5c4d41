#!/usr/bin/env bash
set -euo pipefail

APP_NAME="web"
REGISTRY="ghcr.io/acme"
TAG="$(git rev-parse --short HEAD)"

echo "Building ${APP_NAME}:${TAG}"
docker build -t "${REGISTRY}/${APP_NAME}:${TAG}" .
docker push "${REGISTRY}/${APP_NAME}:${TAG}"

if [[ "${1:-}" == "--prod" ]]; then
  kubectl set image deployment/${APP_NAME} ${APP_NAME}="${REGISTRY}/${APP_NAME}:${TAG}" -n production
  kubectl rollout status deployment/${APP_NAME} -n production
else
  echo "Skipping rollout (pass --prod to deploy)"
fi
