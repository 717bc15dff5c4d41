#!/usr/bin/env bash
set -euo pipefail

APP_NAME="web-frontend"
BUILD_DIR="dist"
BUCKET="s3://my-company-static/${APP_NAME}"

echo "==> Installing dependencies"
npm ci --silent

echo "==> Building ${APP_NAME}"
NODE_ENV=production npm run build

if [[ ! -d "$BUILD_DIR" ]]; then
  echo "Build directory $BUILD_DIR not found" >&2
  exit 1
fi

echo "==> Uploading to ${BUCKET}"
aws s3 sync "$BUILD_DIR" "$BUCKET" --delete --cache-control "max-age=31536000,public"
aws s3 cp "$BUILD_DIR/index.html" "$BUCKET/index.html" --cache-control "no-cache"

echo "==> Invalidating CloudFront"
aws cloudfront create-invalidation --distribution-id "$CF_DISTRIBUTION_ID" --paths "/*" >/dev/null
echo "Done."
