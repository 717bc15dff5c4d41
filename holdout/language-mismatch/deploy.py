#!/usr/bin/env bash
set -euo pipefail

APP_NAME="order-service"
IMAGE="registry.example.com/${APP_NAME}"
VERSION="${1:-$(git rev-parse --short HEAD)}"
ENVIRONMENT="${2:-staging}"

echo "Building ${IMAGE}:${VERSION}..."
docker build -t "${IMAGE}:${VERSION}" .
docker push "${IMAGE}:${VERSION}"

if [[ "${ENVIRONMENT}" == "production" ]]; then
    read -r -p "Deploy ${VERSION} to PRODUCTION? [y/N] " confirm
    if [[ "${confirm}" != "y" ]]; then
        echo "Aborted."
        exit 1
    fi
fi

kubectl --context "${ENVIRONMENT}" set image "deployment/${APP_NAME}" \
    "${APP_NAME}=${IMAGE}:${VERSION}"
kubectl --context "${ENVIRONMENT}" rollout status "deployment/${APP_NAME}" --timeout=300s

echo "Deployed ${APP_NAME} ${VERSION} to ${ENVIRONMENT}"
