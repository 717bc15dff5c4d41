#!/usr/bin/env bash
set -euo pipefail

BUCKET="s3://acme-static-${STAGE:-dev}"

npm run build
# [...]
aws s3 sync dist/ "$BUCKET" --delete --cache-control "public,max-age=31536000,immutable" --exclude "index.html"
aws s3 cp dist/index.html "$BUCKET/index.html" --cache-control "no-cache"
aws cloudfront create-invalidation --distribution-id "$DISTRIBUTION_ID" --paths "/index.html"
