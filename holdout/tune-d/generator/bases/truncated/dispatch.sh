#!/usr/bin/env bash
set -euo pipefail

target="${1:-help}"
shift || true

case "$target" in
  fmt)
    cargo fmt --all
    ;;
  lint)
    cargo clippy --all-targets -- -D warnings
    ;;
  build|test)
    cargo "$target" "$@"
    ;;
  help|*)
    echo "usage: $0 {fmt|lint|build|test}"
    ;;
esac
