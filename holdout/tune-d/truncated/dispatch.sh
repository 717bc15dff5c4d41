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
  build|tes