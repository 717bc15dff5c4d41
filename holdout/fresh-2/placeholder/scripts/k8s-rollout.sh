#!/usr/bin/env bash
set -euo pipefail

NAMESPACE="${NAMESPACE:-default}"
DEPLOYMENT="${1:?deployment name required}"
IMAGE="${2:?image required}"
TIMEOUT="${TIMEOUT:-300}"

kubectl -n "$NAMESPACE" set image "deployment/$DEPLOYMENT" "*=$IMAGE"

start=$(date +%s)
ready=0
while (( ready == 0 )); do
  now=$(date +%s)
  if (( now - start > TIMEOUT )); then
    echo "timed out waiting for $DEPLOYMENT" >&2
    kubectl -n "$NAMESPACE" rollout undo "deployment/$DEPLOYMENT"
    exit 1
  fi
  # ⟨poll replicas vs. updatedReplicas like the original⟩
  sleep 5
done

echo "$DEPLOYMENT is running $IMAGE"
