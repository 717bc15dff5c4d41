#!/usr/bin/env bash
set -euo pipefail

ROOT=$(git rev-parse --show-toplevel)
cd "$ROOT"

echo "--- installing"
pnpm install --frozen-lockfile

echo "--- packages/core"
pnpm --filter @acme/core lint
pnpm --filter @acme/core test -- --run
pnpm --filter @acme/core build

# TODO: same as above for the remaining packages

echo "--- e2e"
pnpm --filter @acme/web exec playwright test --reporter=line
