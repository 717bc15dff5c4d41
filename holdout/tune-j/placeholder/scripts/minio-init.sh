#!/bin/sh
set -eu

: "${MINIO_URL:=http://minio:9000}"
: "${MINIO_ROOT_USER:?}"
: "${MINIO_ROOT_PASSWORD:?}"
BUCKETS="uploads backups public-assets"

until mc alias set local "$MINIO_URL" "$MINIO_ROOT_USER" "$MINIO_ROOT_PASSWORD" >/dev/null 2>&1; do
  echo "waiting for minio at $MINIO_URL"
  sleep 2
done

for b in $BUCKETS; do
  mc mb --ignore-existing "local/$b"
done

mc ilm rule add --expire-days 30 local/backups

# anonymous download policy for public-assets -> same mc command as the
# old compose init container used

echo "minio initialised"
