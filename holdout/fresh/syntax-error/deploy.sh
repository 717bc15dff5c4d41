#!/usr/bin/env bash
set -euo pipefail

ENVIRONMENT="${1:?usage: deploy.sh <staging|production> [version]}"
VERSION="${2:-$(git describe --tags --always)}"
HOSTS_FILE="deploy/hosts.${ENVIRONMENT}"
RELEASE_DIR="/srv/app/releases/${VERSION}"

log() {
  printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*"
}

if [[ ! -f "$HOSTS_FILE" ]]; then
  echo "unknown environment: $ENVIRONMENT" >&2
  exit 1
fi

log "Building $VERSION"
npm ci
npm run build

mapfile -t hosts < "$HOSTS_FILE"
for host in "${hosts[@]}"; then
  log "Deploying to $host"
  rsync -az --delete dist/ "deploy@${host}:${RELEASE_DIR}/"
  ssh "deploy@${host}" "ln -sfn '${RELEASE_DIR}' /srv/app/current && sudo systemctl reload app"
done

log "Done: $VERSION is live on ${#hosts[@]} host(s)"
