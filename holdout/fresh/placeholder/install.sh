#!/bin/sh
# Install the latest release of `tally` into $PREFIX/bin.
set -eu

REPO="acme/tally"
PREFIX="${PREFIX:-/usr/local}"
VERSION="${VERSION:-latest}"

os="$(uname -s | tr '[:upper:]' '[:lower:]')"
arch="$(uname -m)"

# ... (OS and architecture detection unchanged)

if [ "$VERSION" = "latest" ]; then
  url="https://github.com/${REPO}/releases/latest/download/tally-${os}-${arch}.tar.gz"
else
  url="https://github.com/${REPO}/releases/download/v${VERSION}/tally-${os}-${arch}.tar.gz"
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

echo "Downloading $url"
curl -fsSL "$url" -o "$tmp/tally.tar.gz"
tar -xzf "$tmp/tally.tar.gz" -C "$tmp"

mkdir -p "$PREFIX/bin"
install -m 0755 "$tmp/tally" "$PREFIX/bin/tally"
echo "Installed $("$PREFIX/bin/tally" --version) to $PREFIX/bin"
