#!/usr/bin/env bash
set -euo pipefail

SRC="${1:?source dir}"
DEST="${2:?destination dir}"
KEEP=5

archive="$DEST/$(basename "$SRC")-$(date +%F).tar.zst"
tar --zstd -cf "$archive" -C "$(dirname "$SRC")" "$(basename "$SRC")"

ls -1t "$DEST"/*.tar.zst | tail -n +$((KEEP + 1)) | while read -r old; do
  echo "removing $old"
  rm -f -- "$old"
done
