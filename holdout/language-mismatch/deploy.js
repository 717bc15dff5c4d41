#!/usr/bin/env bash
set -euo pipefail

APP_NAME="acme-web"
REGISTRY="ghcr.io/acme"
TAG="${1:-$(git rev-parse --short HEAD)}"

echo "Building ${APP_NAME}:${TAG}..."
npm ci
npm run build

docker build -t "${REGISTRY}/${APP_NAME}:${TAG}" .
docker push "${REGISTRY}/${APP_NAME}:${TAG}"

if [[ "${DEPLOY_ENV:-staging}" == "production" ]]; then
  read -r -p "Deploy ${TAG} to production? [y/N] " answer
  [[ "$answer" =~ ^[Yy]$ ]] || { echo "aborted"; exit 1; }
fi

kubectl set image "deployment/${APP_NAME}" web="${REGISTRY}/${APP_NAME}:${TAG}" \
  --namespace "${DEPLOY_ENV:-staging}"
kubectl rollout status "deployment/${APP_NAME}" --namespace "${DEPLOY_ENV:-staging}" --timeout=120s

echo "Deployed ${APP_NAME}:${TAG}"
