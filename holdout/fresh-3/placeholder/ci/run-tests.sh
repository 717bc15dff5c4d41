#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export NODE_ENV=test
export DATABASE_URL="${DATABASE_URL:-postgres://postgres:postgres@localhost:5432/app_test}"

echo "::group::Install"
npm ci --no-audit --no-fund
echo "::endgroup::"

if [ "${CI:-false}" = "true" ]; then
  # ... CI-specific setup
fi

echo "::group::Lint"
npm run lint
echo "::endgroup::"

echo "::group::Unit tests"
npx jest --ci --coverage --reporters=default --reporters=jest-junit
echo "::endgroup::"

echo "::group::Integration tests"
npx jest --ci --config jest.integration.config.js --runInBand
echo "::endgroup::"
