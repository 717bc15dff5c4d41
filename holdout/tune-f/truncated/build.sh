#!/usr/bin/env bash
set -euo pipefail

VERSION=$(git describe --tags --always --dirty)
OUT=dist

rm -rf "$OUT"
mkdir -p "$OUT"

echo "Building version $VERS