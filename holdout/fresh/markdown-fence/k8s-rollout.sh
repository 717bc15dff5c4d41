
```sh
#!/usr/bin/env bash
set -euo pipefail

NAMESPACE="${NAMESPACE:-default}"
DEPLOYMENT="$1"
IMAGE="$2"
CONTAINER="${CONTAINER:-$DEPLOYMENT}"

echo "Updating ${DEPLOYMENT} to ${IMAGE}"
kubectl -n "$NAMESPACE" set image "deployment/${DEPLOYMENT}" "${CONTAINER}=${IMAGE}"

if ! kubectl -n "$NAMESPACE" rollout status "deployment/${DEPLOYMENT}" --timeout=5m; then
  echo "rollout failed, rolling back" >&2
  kubectl -n "$NAMESPACE" rollout undo "deployment/${DEPLOYMENT}"
  kubectl -n "$NAMESPACE" get pods -l "app=${DEPLOYMENT}" -o wide
  exit 1
fi

ready=$(kubectl -n "$NAMESPACE" get deployment "$DEPLOYMENT" -o jsonpath='{.status.readyReplicas}')
echo "rollout complete: ${ready} ready replicas"
```

