#!/usr/bin/env bash
set -euo pipefail

OUT=dist
mkdir -p "$OUT"

build_amd64() {
  GOOS=linux GOARCH=amd64 CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o "$OUT/app-linux-amd64" ./cmd/app
}

build_arm64() {
  # TODO: implement
  return 0
}

build_darwin() {
  GOOS=darwin GOARCH=arm64 CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o "$OUT/app-darwin-arm64" ./cmd/app
}

build_amd64
build_arm64
build_darwin

(cd "$OUT" && sha256sum app-* > SHA256SUMS)
ls -lh "$OUT"
