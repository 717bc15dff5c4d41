Sure! Save this as publish.sh:

```sh
#!/usr/bin/env bash
set -euo pipefail

BUCKET="s3://acme-static-assets"
DIST_DIR="dist"
CF_DISTRIBUTION_ID="${CF_DISTRIBUTION_ID:-E2EXAMPLE123}"

npm ci
npm run build

aws s3 sync "$DIST_DIR" "$BUCKET" --delete \
    --cache-control "public, max-age=31536000, immutable" \
    --exclude "index.html"
aws s3 cp "$DIST_DIR/index.html" "$BUCKET/index.html" \
    --cache-control "no-cache"

aws cloudfront create-invalidation \
    --distribution-id "$CF_DISTRIBUTION_ID" \
    --paths "/index.html"
```

Run it from the repository root.
