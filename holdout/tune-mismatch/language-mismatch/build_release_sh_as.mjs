#!/bin/bash
# Build release artifacts for all supported platforms.
set -e

VERSION=$(git describe --tags --always)
OUT=release/$VERSION
mkdir -p "$OUT"

for target in linux-x64 linux-arm64 darwin-x64 darwin-arm64 win-x64; do
  echo "Building $target..."
  npx pkg . --targets "node18-$target" --output "$OUT/mytool-$target"
done

cd "$OUT"
for f in mytool-*; do
  sha256sum "$f" > "$f.sha256"
done
tar -czf "../mytool-$VERSION.tar.gz" .
echo "Artifacts written to $OUT"
