#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/../android"

: "${KEYSTORE_BASE64:?}"
: "${KEYSTORE_PASSWORD:?}"
: "${KEY_ALIAS:?}"

BUILD_TOOLS=${BUILD_TOOLS:-$ANDROID_HOME/build-tools/34.0.0}
OUT=app/build/outputs/apk/release

echo "$KEYSTORE_BASE64" | base64 -d > release.keystore

./gradlew --no-daemon clean assembleRelease

"$BUILD_TOOLS/zipalign" -v -p 4 "$OUT/app-release-unsigned.apk" "$OUT/app-release-aligned.apk"

# apksigner sign … (keystore, alias, passwords from env) writing app-release-signed.apk

"$BUILD_TOOLS/apksigner" verify --print-certs "$OUT/app-release-signed.apk"
mkdir -p ../artifacts
cp "$OUT/app-release-signed.apk" "../artifacts/app-$(git rev-parse --short HEAD).apk"
rm -f release.keystore
