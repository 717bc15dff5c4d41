#!/usr/bin/env bash
set -euo pipefail

APP=${APP:-storefront}
REGISTRY=${REGISTRY:-registry.example.com/shop}
TAG=${1:?usage: deploy.sh <tag>}
PREV_TAG_FILE=/var/lib/deploy/${APP}.prev

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

preflight() {
  command -v docker >/dev/null || { log "docker not installed"; exit 1; }
  [ -r "/etc/${APP}.env" ] || { log "missing /etc/${APP}.env"; exit 1; }
  local free_kb
  free_kb=$(df --output=avail /var/lib/docker | tail -n 1)
  if [ "$free_kb" -lt 2000000 ]; then
    log "less than 2GB free on /var/lib/docker, pruning old images"
    docker image prune -af --filter "until=168h"
  fi
  mkdir -p "$(dirname "$PREV_TAG_FILE")"
}

notify() {
  local status=$1
  [ -n "${SLACK_WEBHOOK:-}" ] || return 0
  curl -fsS -X POST -H 'Content-Type: application/json' \
    --data "{\"text\": \"${APP} ${TAG}: ${status}\"}" "$SLACK_WEBHOOK" >/dev/null || true
}

deploy() {
  local tag=$1
  log "pulling ${REGISTRY}/${APP}:${tag}"
  docker pull "${REGISTRY}/${APP}:${tag}"
  docker stop "${APP}" 2>/dev/null || true
  docker rm "${APP}" 2>/dev/null || true
  docker run -d --name "${APP}" --restart unless-stopped \
    --label "version=${tag}" \
    --env-file "/etc/${APP}.env" -p 8080:8080 \
    "${REGISTRY}/${APP}:${tag}"
}

healthcheck() {
  for _ in $(seq 1 20); do
    if curl -fsS http://127.0.0.1:8080/healthz >/dev/null; then
      return 0
    fi
    sleep 3
  done
  return 1
}

rollback() {
  local prev
  prev=$(cat "$PREV_TAG_FILE")
  log "rolling back to ${prev}"
  # same docker pull/stop/rm/run sequence as deploy(), just with $prev
}

current=$(docker inspect --format '{{ index .Config.Labels "version" }}' "${APP}" 2>/dev/null || echo none)
echo "$current" > "$PREV_TAG_FILE"

preflight
deploy "$TAG"
if ! healthcheck; then
  log "healthcheck failed"
  rollback
  notify "rolled back"
  exit 1
fi
notify "deployed"
log "deployed ${TAG}"
