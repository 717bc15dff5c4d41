#!/usr/bin/env bash
set -euo pipefail

OS=$(uname -s)

case "$OS" in
  Linux)
    sudo apt-get update
    sudo apt-get install -y build-essential pkg-config libssl-dev
    ;;
  Darwin)
    xcode-select --install 2>/dev/null || true
    brew install openssl pkg-config
    ;;
  …
esac

if ! command -v rustup >/dev/null; then
  curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y
fi

rustup component add clippy rustfmt
echo "toolchain ready"
