#!/usr/bin/env bash
set -euo pipefail

APP_NAME="storefront-api"
REGION="${AWS_REGION:-eu-west-1}"
IMAGE_TAG="$(git rev-parse --short HEAD)"
REGISTRY="123456789012.dkr.ecr.${REGION}.amazonaws.com"

echo "Building ${APP_NAME}:${IMAGE_TAG}"
npm ci
npm run build

aws ecr get-login-password --region "$REGION" | docker login --username AWS --password-stdin "$REGISTRY"
docker build -t "${REGISTRY}/${APP_NAME}:${IMAGE_TAG}" .
docker push "${REGISTRY}/${APP_NAME}:${IMAGE_TAG}"

aws ecs update-service \
  --cluster production \
  --service "$APP_NAME" \
  --force-new-deployment \
  --region "$REGION" > /dev/null

echo "Deployed ${APP_NAME}:${IMAGE_TAG} to ${REGION}"
