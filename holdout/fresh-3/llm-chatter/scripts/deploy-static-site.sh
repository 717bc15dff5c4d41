Here's the updated deploy script:

```bash
#!/usr/bin/env bash
set -euo pipefail

BUCKET="${BUCKET:?BUCKET is required}"
DISTRIBUTION_ID="${DISTRIBUTION_ID:?DISTRIBUTION_ID is required}"

npm ci
npm run build

aws s3 sync dist/ "s3://${BUCKET}/" --delete \
  --cache-control "public,max-age=31536000,immutable" \
  --exclude "index.html"
aws s3 cp dist/index.html "s3://${BUCKET}/index.html" \
  --cache-control "no-cache"

aws cloudfront create-invalidation \
  --distribution-id "$DISTRIBUTION_ID" \
  --paths "/index.html" "/"
```

This version invalidates only `index.html` after the upload, since the hashed assets never change. Let me know if you need anything else!
