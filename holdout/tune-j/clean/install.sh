#!/bin/sh
# curl -fsSL https://get.example.dev | sh
set -eu

REPO=example/tool
INSTALL_DIR=${INSTALL_DIR:-$HOME/.local/bin}

os=$(uname -s | tr '[:upper:]' '[:lower:]')
arch=$(uname -m)
case "$arch" in
  x86_64|amd64) arch=amd64 ;;
  aarch64|arm64) arch=arm64 ;;
  *) echo "unsupported architecture: $arch" >&2; exit 1 ;;
esac

url="https://github.com/$REPO/releases/latest/download/tool_${os}_${arch}.tar.gz"
mkdir -p "$INSTALL_DIR"
curl -fsSL "$url" | tar -xz -C "$INSTALL_DIR" tool

echo "Thanks for trying tool! Next steps:"
echo "  1. make sure $INSTALL_DIR is on your PATH"
echo "  2. run 'tool init' inside a project"
echo "If anything goes wrong, open an issue and paste the rest of the output above."
