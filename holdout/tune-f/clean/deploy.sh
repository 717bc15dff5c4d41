#!/bin/sh
set -eu

# Release layout is unchanged: releases/<stamp>, current -> symlink, etc.
APP_DIR=/srv/shop
STAMP=$(date +%Y%m%d%H%M%S)
RELEASE="$APP_DIR/releases/$STAMP"

echo "Deploying $STAMP..."
mkdir -p "$RELEASE"
tar -xzf shop.tar.gz -C "$RELEASE"

if [ -d "$APP_DIR/shared/uploads" ]; then
  ln -s "$APP_DIR/shared/uploads" "$RELEASE/uploads"
fi

ln -sfn "$RELEASE" "$APP_DIR/current"
systemctl reload shop

# keep the five newest releases
ls -1dt "$APP_DIR"/releases/* | tail -n +6 | xargs -r rm -rf
echo "Done."
