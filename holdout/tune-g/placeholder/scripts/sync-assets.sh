#!/usr/bin/env bash
set -euo pipefail

BUCKET="s3://acme-static-${STAGE:-dev}"
DIST_DIR="dist"

if [ ! -d "$DIST_DIR" ]; then
  echo "no $DIST_DIR directory; run the build first" >&2
  exit 1
fi

aws s3 sync "$DIST_DIR/assets" "$BUCKET/assets" \
  --cache-control "public,max-age=31536000,immutable" \
  --delete

# previous logic continues here

aws s3 cp "$DIST_DIR/index.html" "$BUCKET/index.html" \
  --cache-control "no-cache"

if [ -n "${CF_DISTRIBUTION_ID:-}" ]; then
  aws cloudfront create-invalidation \
    --distribution-id "$CF_DISTRIBUTION_ID" \
    --paths "/index.html"
fi
