#!/bin/sh
# Installs the CLI tools our CI images need.
set -eu

TOOLS_DIR="${TOOLS_DIR:-/usr/local/bin}"
ARCH="$(uname -m)"

case "$ARCH" in
  x86_64) ARCH=amd64 ;;
  aarch64|arm64) ARCH=arm64 ;;
  *) echo "unsupported arch: $ARCH" >&2; exit 1 ;;
esac

install_bin() {
  name="$1"
  url="$2"
  echo "installing $name"
  curl -fsSL "$url" -o "$TOOLS_DIR/$name"
  chmod +x "$TOOLS_DIR/$name"
}

install_bin yq "https://github.com/mikefarah/yq/releases/download/v4.44.1/yq_linux_${ARCH}"
install_bin hadolint "https://github.com/hadolint/hadolint/releases/download/v2.12.0/hadolint-Linux-x86_64"
# etc.
