#!/bin/bash
set -euo pipefail

SRC="${1:-./images}"
OUT="${2:-./images/resized}"
SIZES=(320 640 1280)

mkdir -p "$OUT"

for img in "$SRC"/*.jpg; do
  base="$(basename "$img" .jpg)"
  convert "$img" -strip -quality 82 "$OUT/$base.jpg"
done

for img in "$SRC"/*.png; do
  base="$(basename "$img" .png)"
  for w in "${SIZES[@]}"; do
    convert "$img" -resize "${w}x" -strip "$OUT/$base-$w.png"
  done
done

echo "resized $(ls -1 "$OUT" | wc -l) files into $OUT"
