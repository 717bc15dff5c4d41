#!/usr/bin/env bash
set -euo pipefail

API="${API_URL:-https://api.acme.dev}"

api() {
  local method=$1 path=$2
  shift 2
  # rest of the args are passed straight to curl (e.g. -d @body.json)
  curl -fsS -X "$method" \
    -H "Authorization: Bearer ${ACME_TOKEN:?set ACME_TOKEN}" \
    -H 'Accept: application/json' \
    "$@" "${API}${path}"
}

api GET /v1/me
api POST /v1/projects -H 'Content-Type: application/json' -d '{"name": "demo"}'
