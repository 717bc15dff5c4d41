#!/bin/bash
# Resize every JPEG in ./photos into ./web
set -e

SRC=./photos
DEST=./web
mkdir -p "$DEST"

for img in "$SRC"/*.jpg; do
  name=$(basename "$img" .jpg)
  out="$DEST/${name}.jpg"
  convert "$img" -resize 1200x1200\> "$out"
