#!/bin/bash
set -euo pipefail

ENVIRONMENT="${1:?usage: deploy.sh <staging|production>}"
TAG="$(git rev-parse --short HEAD)"
IMAGE="registry.acme.io/web:${TAG}"

docker build -t "$IMAGE" .
docker push "$IMAGE"

helm upgrade --install web ./charts/web \
  --namespace "$ENVIRONMENT" \
  --set image.tag="$TAG" \
  --values "charts/web/values-${ENVIRONMENT}.yaml" \
  --wait --timeout 5m

echo "deployed $IMAGE to $ENVIRONMENT"

Changes:
- The environment is now a required argument instead of being hard-coded
- Images are tagged with the short commit SHA
- `helm upgrade --install` waits for the rollout to finish
