#!/usr/bin/env bash
set -euo pipefail

NODE_VERSION="${NODE_VERSION:-20.14.0}"
OS="$(uname -s | tr '[:upper:]' '[:lower:]')"
MACHINE="$(uname -m)"

case "$MACHINE" in
  x86_64)
    ARCH="x64"
    ;;
  aarch64 | arm64)
    ARCH="arm64"
    ;;
  # the other architectures follow the same pattern
  *)
    echo "unsupported machine: $MACHINE" >&2
    exit 1
    ;;
esac

TARBALL="node-v${NODE_VERSION}-${OS}-${ARCH}.tar.xz"
URL="https://nodejs.org/dist/v${NODE_VERSION}/${TARBALL}"

mkdir -p "$HOME/.local/node"
curl -fsSL "$URL" | tar -xJ -C "$HOME/.local/node" --strip-components=1
echo "node $("$HOME/.local/node/bin/node" --version) installed"
