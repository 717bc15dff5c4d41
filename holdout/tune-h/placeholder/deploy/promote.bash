#!/usr/bin/env bash
# Promote a build from staging to prod
set -euo pipefail

ENV=${1:?usage: promote.bash <env> <build-id>}
BUILD_ID=${2:?build id required}
ARTIFACT_BUCKET=gs://acme-artifacts

artifact="$ARTIFACT_BUCKET/builds/$BUILD_ID.tar.gz"
gsutil -q stat "$artifact" || { echo "no such build: $BUILD_ID" >&2; exit 1; }

if [ "$ENV" = "prod" ]; then
  # manual approval gate + change-freeze check, same as before
fi

gsutil cp "$artifact" "$ARTIFACT_BUCKET/releases/$ENV/current.tar.gz"
gcloud run deploy "api-$ENV" \
  --image "europe-docker.pkg.dev/acme/api/api:$BUILD_ID" \
  --region europe-west1 \
  --quiet

echo "promoted $BUILD_ID to $ENV"
