   ```bash
   #!/usr/bin/env bash
   set -euo pipefail

   BUCKET="${BUCKET:?set BUCKET}"
   DIST_ID="${CLOUDFRONT_DISTRIBUTION_ID:-}"
   SRC="${1:-public}"

   if [[ ! -d "$SRC" ]]; then
     echo "no such directory: $SRC" >&2
     exit 1
   fi

   # Long cache for fingerprinted assets, no cache for HTML.
   aws s3 sync "$SRC" "s3://${BUCKET}" \
     --delete \
     --exclude "*.html" \
     --cache-control "public,max-age=31536000,immutable"

   aws s3 sync "$SRC" "s3://${BUCKET}" \
     --exclude "*" --include "*.html" \
     --cache-control "no-cache" \
     --content-type "text/html; charset=utf-8"

   if [[ -n "$DIST_ID" ]]; then
     aws cloudfront create-invalidation --distribution-id "$DIST_ID" --paths "/*" \
       | jq -r '.Invalidation.Id'
   fi
   ```
