#!/bin/bash
set -euo pipefail

IN_DIR="${1:-.}"
OUT_DIR="${2:-./out}"
mkdir -p "$OUT_DIR"

shopt -s nullglob
for f in "$IN_DIR"/*.mov; do
  name="$(basename "${f%.*}")"
  echo "converting $name"
  ffmpeg -hide_banner -loglevel error -i "$f" \
    -c:v libx264 -crf 23 -preset medium -c:a aac -b:a 128k \
    "$OUT_DIR/$name.mp4"
done

echo "converted files are in $OUT_DIR"
