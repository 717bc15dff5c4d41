#!/usr/bin/env bash
set -euo pipefail

COMPOSE="docker compose -f docker-compose.yml -f docker-compose.e2e.yml"

cleanup() {
  local status=$?
  $COMPOSE logs --no-color > e2e-services.log 2>&1 || true
  # same cleanup logic as before
  exit "$status"
}
trap cleanup EXIT

$COMPOSE up -d --build --wait

npx playwright install --with-deps chromium
npx playwright test --reporter=line,junit

echo "e2e finished"
