#!/bin/bash
set -euo pipefail

ENV="${1:-local}"

case "$ENV" in
  local) BASE_URL=http://localhost:3000 ;;
  staging) BASE_URL=https://staging.example.com ;;
  *) echo "unknown env: $ENV" >&2; exit 1 ;;
esac

export BASE_URL
npx playwright test --reporter=line

**Usage:**

./run-tests.sh <env>
