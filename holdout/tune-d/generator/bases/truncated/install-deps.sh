#!/usr/bin/env bash
set -euo pipefail

if [[ "$(uname -s)" == "Darwin" ]]; then
  PKG="brew install"
else
  PKG="sudo apt-get install -y"
fi

echo "installing build dependencies"
$PKG cmake pkg-config

if ! command -v protoc >/dev/null 2>&1; then
  echo "protoc not found, installing"
  $PKG protobuf-compiler
fi

cmake -S . -B build
cmake --build build
