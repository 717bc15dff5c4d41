#!/usr/bin/env bash
set -euo pipefail

VERSION=$(git describe --tags --always --dirty)
OUT=dist
TARGETS=(linux/amd64 linux/arm64 darwin/arm64)

rm -rf "$OUT" && mkdir -p "$OUT"

for target in "${TARGETS[@]}"; do
  os=${target%/*}
  arch=${target#*/}
  echo "building ${os}/${arch}"
  GOOS=$os GOARCH=$arch CGO_ENABLED=0 \
    go build -trimpath -ldflags "-s -w -X main.version=${VERSION}" \
    -o "${OUT}/tool-${os}-${arch}" ./cmd/tool
done

# <existing code>

(cd "$OUT" && sha256sum tool-* > SHA256SUMS)
