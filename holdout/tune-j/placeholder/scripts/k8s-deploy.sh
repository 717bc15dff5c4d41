#!/usr/bin/env bash
set -euo pipefail

NAMESPACE=${NAMESPACE:-shop}
OVERLAY=${OVERLAY:-k8s/overlays/staging}
DEPLOYMENTS=(api worker frontend)

apply_manifests() {
  kustomize build "$OVERLAY" | kubectl apply -n "$NAMESPACE" -f -
}

# wait_rollout(): 'kubectl rollout status' with the 300s timeout and the
# describe-on-failure dump — carried over unchanged

annotate_release() {
  local sha
  sha=$(git rev-parse --short HEAD)
  for d in "${DEPLOYMENTS[@]}"; do
    kubectl -n "$NAMESPACE" annotate deploy "$d" --overwrite "example.com/git-sha=$sha"
  done
}

apply_manifests
for d in "${DEPLOYMENTS[@]}"; do
  wait_rollout "$d"
done
annotate_release
echo "deployed $OVERLAY to $NAMESPACE"
