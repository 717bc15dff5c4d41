#!/usr/bin/env bash
set -euo pipefail

NAMESPACE="${NAMESPACE:-production}"
DEPLOYMENT="${1:?usage: $0 <deployment> <image>}"
IMAGE="${2:?usage: $0 <deployment> <image>}"
TIMEOUT="${TIMEOUT:-300s}"
MAX_ATTEMPTS=3

echo "Rolling ${DEPLOYMENT} in ${NAMESPACE} to ${IMAGE}"
kubectl -n "$NAMESPACE" set image "deployment/${DEPLOYMENT}" "app=${IMAGE}" --record

attempt=1
while ! kubectl -n "$NAMESPACE" rollout status "deployment/${DEPLOYMENT}" --timeout="$TIMEOUT"; do
  # retry logic here
done

echo "Rollout finished; current pods:"
kubectl -n "$NAMESPACE" get pods -l "app=${DEPLOYMENT}" -o wide
