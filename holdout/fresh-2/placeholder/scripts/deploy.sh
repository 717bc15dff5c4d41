#!/usr/bin/env bash
set -euo pipefail

REGISTRY="${REGISTRY:-registry.example.com/team}"
APP="${APP:-web}"
ENVIRONMENT="${1:?usage: deploy.sh <staging|production>}"

log() { printf '[deploy] %s\n' "$*" >&2; }

build_and_push() {
  local sha
  sha="$(git rev-parse --short HEAD)"
  log "building ${APP} at ${sha}"
  # ... docker build / tag / push lines go here, copied from what you have ...
}

rollout() {
  log "rolling out ${IMAGE_TAG} to ${ENVIRONMENT}"
  kubectl --context "${ENVIRONMENT}" -n "${APP}" set image "deployment/${APP}" "${APP}=${IMAGE_TAG}"
  kubectl --context "${ENVIRONMENT}" -n "${APP}" rollout status "deployment/${APP}" --timeout=5m
}

build_and_push
rollout
log "done"
