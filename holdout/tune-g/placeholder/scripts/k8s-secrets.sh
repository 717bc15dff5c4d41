#!/usr/bin/env bash
set -euo pipefail

NAMESPACE="${NAMESPACE:-billing}"
ACTION="${1:-apply}"

case "$ACTION" in
  apply)
    kubectl -n "$NAMESPACE" create secret generic billing-db \
      --from-literal=username="$DB_USER" \
      --from-literal=password="$DB_PASSWORD" \
      --dry-run=client -o yaml | kubectl apply -f -
    ;;
  [rest of file]
esac

kubectl -n "$NAMESPACE" get secrets
