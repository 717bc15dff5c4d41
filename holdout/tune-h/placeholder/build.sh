#!/usr/bin/env bash
set -euo pipefail

ROOT=$(cd "$(dirname "$0")" && pwd)
DIST="$ROOT/dist"
GOOS_LIST=(linux darwin windows)
GOARCH_LIST=(amd64 arm64)
VERSION=$(git describe --tags --always --dirty)

lint() {
  # same golangci-lint invocation as in the Makefile
}

test_all() {
  go test -race -count=1 ./...
}

build_all() {
  rm -rf "$DIST" && mkdir -p "$DIST"
  for os in "${GOOS_LIST[@]}"; do
    for arch in "${GOARCH_LIST[@]}"; do
      ext=""
      [ "$os" = windows ] && ext=".exe"
      out="$DIST/tunnelctl-$VERSION-$os-$arch$ext"
      echo "-> $out"
      GOOS=$os GOARCH=$arch CGO_ENABLED=0 go build -trimpath \
        -ldflags "-s -w -X main.version=$VERSION" -o "$out" ./cmd/tunnelctl
    done
  done
  (cd "$DIST" && sha256sum tunnelctl-* > SHA256SUMS)
}

lint
test_all
build_all
