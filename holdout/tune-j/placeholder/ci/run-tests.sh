#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export NODE_ENV=test
export TZ=UTC

echo "::group::install"
npm ci --no-audit --no-fund
echo "::endgroup::"

echo "::group::lint"
npm run lint -- --max-warnings=0
echo "::endgroup::"

echo "::group::unit tests"
npx jest --ci --runInBand --coverage="${COVERAGE:-false}"
echo "::endgroup::"

if [[ "${COVERAGE:-false}" == "true" ]]; then
  # upload step stays as it was (codecov, with the flags from before)
fi

if [[ "${RUN_E2E:-false}" == "true" ]]; then
  npx playwright install --with-deps chromium
  npx playwright test --reporter=line
fi
