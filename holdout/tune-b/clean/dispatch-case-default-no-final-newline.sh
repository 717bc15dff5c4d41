#!/bin/sh
set -eu

target="${1:-help}"

case "$target" in
  build)
    go build -o bin/app ./cmd/app
    ;;
  test)
    go test ./...
    ;;
  *)
    echo "usage: $0 {build|test}" >&2
    exit 2
    ;;
esac