#!/usr/bin/env bash
set -euo pipefail

BUCKET=${BUCKET:?set BUCKET}
DISTRIBUTION_ID=${DISTRIBUTION_ID:?set DISTRIBUTION_ID}
BUILD_DIR=${BUILD_DIR:-dist}

if [[ ! -d "$BUILD_DIR" ]]; then
  echo "$BUILD_DIR not found; run the build first" >&2
  exit 1
fi

# long-lived cache for fingerprinted assets
aws s3 sync "$BUILD_DIR" "s3://$BUCKET" \
  --delete \
  --exclude 'index.html' \
  --exclude '*.json' \
  --cache-control 'public,max-age=31536000,immutable'

# never cache the entry points
aws s3 sync "$BUILD_DIR" "s3://$BUCKET" \
  --exclude '*' \
  --include 'index.html' \
  --include '*.json' \
  --cache-control 'no-cache'

# ✂ — invalidation unchanged —
