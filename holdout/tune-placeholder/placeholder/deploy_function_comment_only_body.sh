#!/usr/bin/env bash
set -euo pipefail

REMOTE="deploy@app1.example.com"
APP_DIR="/srv/app"

sync_files() {
  rsync -az --delete --exclude '.git' ./ "${REMOTE}:${APP_DIR}/"
}

restart_services() {
  # ... same as the previous version ...
}

sync_files
restart_services
echo "deployed to ${REMOTE}"
