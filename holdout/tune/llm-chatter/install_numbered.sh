#!/bin/sh
set -eu

PREFIX="${PREFIX:-/usr/local}"
VERSION="1.4.2"
OS="$(uname -s | tr '[:upper:]' '[:lower:]')"
ARCH="$(uname -m)"

case "$ARCH" in
  x86_64) ARCH=amd64 ;;
  aarch64|arm64) ARCH=arm64 ;;
  *) echo "unsupported architecture: $ARCH" >&2; exit 1 ;;
esac

URL="https://github.com/acme/tally/releases/download/v${VERSION}/tally-${OS}-${ARCH}.tar.gz"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

echo "Downloading $URL"
curl -fsSL "$URL" | tar -xz -C "$TMP"
install -m 0755 "$TMP/tally" "$PREFIX/bin/tally"
echo "Installed tally $VERSION to $PREFIX/bin"

1. Added support for arm64 machines
2. The binary is now installed with install instead of cp
