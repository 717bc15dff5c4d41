#!/usr/bin/env bash
# Sanity checks run before every deploy.
set -euo pipefail

fail() {
  echo "preflight: $*" >&2
  exit 1
}

command -v kubectl >/dev/null 2>&1 || fail "kubectl not found in PATH"
command -v helm >/dev/null 2>&1 || fail "helm not found in PATH"

CONTEXT="$(kubectl config current-context)"
if [[ "$CONTEXT" != "${EXPECTED_CONTEXT:-prod-eu}" ]]; then
  fail "wrong kube context: $CONTEXT"
fi

# ... existing checks

if ! git diff --quiet; then
  fail "working tree is dirty; commit or stash first"
fi

echo "preflight: all checks passed"
