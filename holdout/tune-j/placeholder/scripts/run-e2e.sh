#!/usr/bin/env bash
set -euo pipefail

COMPOSE_FILE=e2e/compose.yml
PROJECT=e2e-$$

trap teardown EXIT

docker compose -p "$PROJECT" -f "$COMPOSE_FILE" up -d --build --wait

export E2E_BASE_URL="http://localhost:$(docker compose -p "$PROJECT" -f "$COMPOSE_FILE" port web 3000 | cut -d: -f2)"
echo "testing against $E2E_BASE_URL"

npx playwright test --config e2e/playwright.config.ts "$@"

# rest of the file is unchanged
