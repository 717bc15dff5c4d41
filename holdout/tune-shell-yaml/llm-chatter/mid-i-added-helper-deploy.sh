#!/usr/bin/env bash
set -euo pipefail

ENVIRONMENT="${1:-staging}"
MAX_RETRIES=5
RETRY_DELAY=10
IMAGE_TAG="$(git rev-parse --short HEAD)"

I added a helper function for logging so the output is easier to read:

log() {
    printf '[%s] %s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$*" >&2
}

retry() {
    local attempt=1
    until "$@"; do
        if (( attempt >= MAX_RETRIES )); then
            log "command failed after ${attempt} attempts: $*"
            return 1
        fi
        log "attempt ${attempt} failed, retrying in ${RETRY_DELAY}s"
        sleep "$RETRY_DELAY"
        attempt=$(( attempt + 1 ))
    done
}

deploy() {
    log "deploying ${IMAGE_TAG} to ${ENVIRONMENT}"
    retry kubectl --context "${ENVIRONMENT}" set image deployment/api \
        api="registry.example.com/api:${IMAGE_TAG}"
    retry kubectl --context "${ENVIRONMENT}" rollout status deployment/api --timeout=300s
}

deploy
log "done"
