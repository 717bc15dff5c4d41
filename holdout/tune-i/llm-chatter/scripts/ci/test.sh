#!/usr/bin/env bash
set -euo pipefail

# This fixes the "TEST_SHARD: unbound variable" error you were seeing on
# forks: the variable now defaults to 1/1 when CI doesn't provide it.
TEST_SHARD="${TEST_SHARD:-1/1}"

cd "$(dirname "$0")/../.."

echo "--- installing"
npm ci --prefer-offline

echo "--- unit tests (shard $TEST_SHARD)"
npx jest --ci --shard="$TEST_SHARD" --reporters=default --reporters=jest-junit

echo "--- type check"
npx tsc --noEmit

if [[ "${CI:-}" == "true" ]]; then
  echo "--- uploading coverage"
  npx codecov -f coverage/lcov.info || echo "coverage upload failed (non-fatal)"
fi
