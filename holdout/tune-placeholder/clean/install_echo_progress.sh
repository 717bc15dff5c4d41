#!/usr/bin/env bash
set -euo pipefail

PREFIX="${PREFIX:-/usr/local}"
VERSION="1.4.2"

echo "Installing mytool ${VERSION} into ${PREFIX}..."
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

echo "Downloading..."
curl -fsSL -o "$tmp/mytool.tar.gz" "https://downloads.example.com/mytool/${VERSION}/mytool-linux-amd64.tar.gz"

echo "Extracting…"
tar -xzf "$tmp/mytool.tar.gz" -C "$tmp"
install -m 0755 "$tmp/mytool" "$PREFIX/bin/mytool"

echo "Done. Run 'mytool --help' to get started."
