#!/usr/bin/env bash
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/lib/log.sh"
# (the other `source` lines for env + aws helpers go here)

DIST="${DIST:-$here/../dist}"

log_info "uploading hashed assets"
aws s3 sync "$DIST/assets" "s3://${BUCKET}/assets" \
  --cache-control "public, max-age=31536000, immutable" \
  --delete

log_info "uploading html"
aws s3 sync "$DIST" "s3://${BUCKET}" \
  --exclude "assets/*" \
  --cache-control "no-cache"

log_info "invalidating CloudFront"
aws cloudfront create-invalidation --distribution-id "$CDN_ID" --paths "/*" >/dev/null
log_info "done"
