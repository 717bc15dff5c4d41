#!/bin/sh
# Install the latest release of `tally` into $PREFIX/bin.
set -eu

<<<<<<< HEAD
REPO="acme/tally"
PREFIX="${PREFIX:-/usr/local}"
=======
REPO="tally-dev/tally"
PREFIX="${PREFIX:-$HOME/.local}"
>>>>>>> user-install
VERSION="${VERSION:-latest}"

os="$(uname -s | tr '[:upper:]' '[:lower:]')"
arch="$(uname -m)"

case "$arch" in
  x86_64 | amd64) arch="x86_64" ;;
  aarch64 | arm64) arch="aarch64" ;;
  *)
    echo "unsupported architecture: $arch" >&2
    exit 1
    ;;
esac

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
