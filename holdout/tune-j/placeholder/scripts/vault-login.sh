#!/usr/bin/env bash
# source me: . scripts/vault-login.sh [role]
set -eo pipefail

ROLE=${1:-developer}
export VAULT_ADDR=${VAULT_ADDR:-https://vault.internal.example.com}

if ! command -v vault >/dev/null; then
  echo "install the vault CLI first: https://developer.hashicorp.com/vault/install" >&2
  return 1 2>/dev/null || exit 1
fi

if vault token lookup >/dev/null 2>&1; then
  echo "already logged in to $VAULT_ADDR"
  return 0 2>/dev/null || exit 0
fi

token=$(vault login -method=oidc -path=oidc role="$ROLE" -format=json \
  | jq -r .auth.client_token)

if [[ -z "$token" || "$token" == "null" ]]; then
  echo "vault login failed" >&2
  return 1 2>/dev/null || exit 1
fi

# ... rest unchanged ...
