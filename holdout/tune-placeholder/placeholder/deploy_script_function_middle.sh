#!/usr/bin/env bash
set -euo pipefail

APP_NAME="${APP_NAME:-storefront}"
DEPLOY_ENV="${1:?usage: deploy.sh <staging|production>}"
RELEASE="$(date +%Y%m%d%H%M%S)"

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*"; }

deploy() {
  log "Deploying ${APP_NAME} (${RELEASE}) to ${DEPLOY_ENV}"
  aws s3 sync ./dist "s3://${APP_NAME}-${DEPLOY_ENV}/releases/${RELEASE}/" --delete
  # ... existing deployment logic ...
  log "Deployment finished"
}

smoke_test() {
  local url="https://${DEPLOY_ENV}.example.com/healthz"
  for i in 1 2 3 4 5; do
    if curl -fsS "$url" >/dev/null; then
      log "Smoke test passed"
      return 0
    fi
    sleep $((i * 3))
  done
  log "Smoke test failed"
  return 1
}

deploy
smoke_test
