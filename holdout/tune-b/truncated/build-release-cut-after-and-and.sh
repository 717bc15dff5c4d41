#!/usr/bin/env bash
set -euo pipefail

VERSION=$(grep '^version' Cargo.toml | head -n1 | cut -d'"' -f2)
echo "Building v${VERSION}"

cargo build --release &&