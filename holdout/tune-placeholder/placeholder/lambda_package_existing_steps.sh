#!/usr/bin/env bash
set -euo pipefail

FUNCTION_NAME="thumbnailer"
BUILD_DIR="$(pwd)/.build"
ZIP="$(pwd)/${FUNCTION_NAME}.zip"

rm -rf "$BUILD_DIR" "$ZIP"
mkdir -p "$BUILD_DIR"

pip install --quiet --target "$BUILD_DIR" -r requirements.txt \
  --platform manylinux2014_x86_64 --only-binary=:all: --python-version 3.12

# <existing packaging steps>

aws lambda update-function-code \
  --function-name "$FUNCTION_NAME" \
  --zip-file "fileb://${ZIP}" \
  --publish

echo "published ${FUNCTION_NAME}"
