#!/bin/sh
# Install the latest release of `tally` into $PREFIX/bin.
set -eu

REPO="acme/tally"
PREFIX="${PREFIX:-/usr/local}"
VERSION="${VERSION:-latest}"

os="$(uname -s | tr '[:upper:]' '[:lower:]')"
arch="$(uname -m)"

case "$arch" in
  x86_64 | amd64) arch="x86_64" ;;
