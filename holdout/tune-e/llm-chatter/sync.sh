#!/usr/bin/env bash
set -euo pipefail

SRC=./public
BUCKET=s3://www.example.com
DISTRIBUTION_ID=E2QWRUHAPOMQZL

aws s3 sync "$SRC" "$BUCKET" \
  --delete \
  --cache-control "public, max-age=300" \
  --exclude "*.map"

aws cloudfront create-invalidation \
  --distribution-id "$DISTRIBUTION_ID" \
  --paths "/*"

**Note:** You'll need to set AWS_PROFILE or the usual AWS_* environment variables before running this.
