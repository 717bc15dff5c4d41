#!/usr/bin/env bash
set -euo pipefail

BUCKET=acme-ci-artifacts
PREFIX=builds/

# As you requested, I've changed the retention to 14 days. Here's the rest of the script:
RETENTION_DAYS=14
CUTOFF=$(date -d "-${RETENTION_DAYS} days" +%Y-%m-%d)

aws s3api list-objects-v2 --bucket "$BUCKET" --prefix "$PREFIX" \
  --query "Contents[?LastModified<'${CUTOFF}'].Key" --output text |
  tr '\t' '\n' |
  grep -v '^None$' |
  while read -r key; do
    aws s3 rm "s3://${BUCKET}/${key}"
  done

echo "removed artifacts older than ${CUTOFF}"
