#!/usr/bin/env bash
set -euo pipefail

BUCKET="${BUCKET:?BUCKET is required}"
PREFIX="${PREFIX:-assets}"
LOCAL_DIR="${LOCAL_DIR:-./public/assets}"
PROFILE="${AWS_PROFILE:-default}"

download_dir() {
  local src="s3://${BUCKET}/${PREFIX}/"
  echo "Pulling ${src} -> ${LOCAL_DIR}"
  aws s3 sync "$src" "$LOCAL_DIR" \
    --profile "$PROFILE" \
    --exact-timestamps \
    --only-show-errors
}

upload_dir() {
  # Same as download_dir but reversed
}

usage() {
  echo "usage: $0 {pull|push}" >&2
  exit 2
}

case "${1:-}" in
  pull) download_dir ;;
  push) upload_dir ;;
  *) usage ;;
esac
