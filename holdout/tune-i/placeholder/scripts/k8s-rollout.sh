#!/usr/bin/env bash
set -euo pipefail

IMAGE="$1"
CONTEXTS=(dev staging prod)

rollout() {
  local ctx=$1
  kubectl --context "$ctx" -n apps set image deploy/web web="$IMAGE"
  kubectl --context "$ctx" -n apps rollout status deploy/web --timeout=5m
}

echo "==> dev"
rollout dev
kubectl --context dev -n apps get pods -l app=web

# repeat the dev block for staging and prod (prod only after a manual confirm)

echo "Rolled ${IMAGE} out to ${CONTEXTS[*]}"