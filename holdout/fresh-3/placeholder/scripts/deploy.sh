#!/usr/bin/env bash
set -Eeuo pipefail

APP_NAME="storefront"
REMOTE_USER="${REMOTE_USER:-deploy}"
REMOTE_HOST="${REMOTE_HOST:?set REMOTE_HOST}"
REMOTE_DIR="/srv/${APP_NAME}"
RELEASE="$(date +%Y%m%d%H%M%S)"
KEEP_RELEASES=5

# build_assets() stays exactly as in your current script

upload_release() {
  echo "→ Uploading release ${RELEASE}"
  rsync -az --delete \
    --exclude '.git' --exclude 'node_modules' --exclude '.env*' \
    ./dist/ "${REMOTE_USER}@${REMOTE_HOST}:${REMOTE_DIR}/releases/${RELEASE}/"
}

activate_release() {
  echo "→ Activating ${RELEASE}"
  ssh "${REMOTE_USER}@${REMOTE_HOST}" bash -s <<EOF
set -euo pipefail
cd "${REMOTE_DIR}"
ln -sfn "releases/${RELEASE}" current
sudo systemctl reload ${APP_NAME}
ls -1dt releases/* | tail -n +$((KEEP_RELEASES + 1)) | xargs -r rm -rf
EOF
}

trap 'echo "✗ Deploy failed on line $LINENO" >&2' ERR

build_assets
upload_release
activate_release
echo "✓ Deployed ${APP_NAME} ${RELEASE} to ${REMOTE_HOST}"
