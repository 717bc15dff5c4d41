#!/usr/bin/env bash
set -euo pipefail

SITE=myapp
RELEASE_DIR="/srv/${SITE}/releases/$(date +%s)"

git clone --depth 1 git@github.com:acme/${SITE}.git "$RELEASE_DIR"
cd "$RELEASE_DIR"
npm ci --omit=dev
npm run build

ln -sfn "$RELEASE_DIR" "/srv/${SITE}/current"
sudo cp deploy/nginx.conf /etc/nginx/sites-available/${SITE}
sudo nginx -t
sudo systemctl restart ngi