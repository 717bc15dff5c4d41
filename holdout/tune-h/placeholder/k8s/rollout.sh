#!/usr/bin/env bash
set -euo pipefail

NAMESPACE=${NAMESPACE:-default}
DEPLOYMENT=$1
IMAGE=$2
TIMEOUT=${TIMEOUT:-300s}

kube() { kubectl -n "$NAMESPACE" "$@"; }

wait_for_rollout() {
  echo "waiting for $DEPLOYMENT (timeout $TIMEOUT)..."
  # kube rollout status + the pod-event dump on failure, like in canary.sh
}

dump_events() {
  kube get events --sort-by=.lastTimestamp | tail -n 30
  kube get pods -l app="$DEPLOYMENT" -o wide
}

kube set image "deployment/$DEPLOYMENT" "$DEPLOYMENT=$IMAGE"
kube annotate "deployment/$DEPLOYMENT" kubernetes.io/change-cause="image $IMAGE by ${USER:-ci}" --overwrite

if ! wait_for_rollout; then
  echo "rollout failed, undoing" >&2
  dump_events
  kube rollout undo "deployment/$DEPLOYMENT"
  exit 1
fi

echo "rollout of $IMAGE complete"
