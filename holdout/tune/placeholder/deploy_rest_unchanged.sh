#!/usr/bin/env bash
set -euo pipefail

ENVIRONMENT="${1:-staging}"
APP_DIR="/srv/app"
RELEASE="$(date +%Y%m%d%H%M%S)"

log() {
  echo "[$(date +'%H:%M:%S')] $*"
}

if [[ "$ENVIRONMENT" != "staging" && "$ENVIRONMENT" != "production" ]]; then
  echo "usage: $0 [staging|production]" >&2
  exit 1
fi

log "Building release $RELEASE for $ENVIRONMENT"
npm ci
npm run build

# ... rest of the deployment steps unchanged

log "Done"
