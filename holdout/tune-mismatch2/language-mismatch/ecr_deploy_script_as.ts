#!/usr/bin/env bash
set -euo pipefail

APP_NAME="billing-api"
REGION="${AWS_REGION:-eu-west-1}"
IMAGE_TAG="$(git rev-parse --short HEAD)"

echo "==> Building ${APP_NAME}:${IMAGE_TAG}"
docker build -t "${APP_NAME}:${IMAGE_TAG}" .

ACCOUNT_ID=$(aws sts get-caller-identity --query Account --output text)
REPO="${ACCOUNT_ID}.dkr.ecr.${REGION}.amazonaws.com/${APP_NAME}"

aws ecr get-login-password --region "$REGION" | docker login --username AWS --password-stdin "$REPO"
docker tag "${APP_NAME}:${IMAGE_TAG}" "${REPO}:${IMAGE_TAG}"
docker push "${REPO}:${IMAGE_TAG}"

if [[ "${1:-}" == "--deploy" ]]; then
  aws ecs update-service --cluster prod --service "$APP_NAME" --force-new-deployment >/dev/null
  echo "==> Deployment triggered"
fi
