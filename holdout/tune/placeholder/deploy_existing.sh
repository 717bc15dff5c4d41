#!/usr/bin/env bash
set -euo pipefail

ENVIRONMENT="${1:-staging}"
APP_DIR="/srv/app"
RELEASE="$(date +%Y%m%d%H%M%S)"

# existing helper functions here

if [[ "$ENVIRONMENT" != "staging" && "$ENVIRONMENT" != "production" ]]; then
  echo "usage: $0 [staging|production]" >&2
  exit 1
fi

log "Building release $RELEASE for $ENVIRONMENT"
npm ci
npm run build

log "Uploading"
rsync -az --delete dist/ "deploy@$ENVIRONMENT.example.com:$APP_DIR/releases/$RELEASE/"
ssh "deploy@$ENVIRONMENT.example.com" "ln -sfn $APP_DIR/releases/$RELEASE $APP_DIR/current && sudo systemctl reload app"

log "Done"
