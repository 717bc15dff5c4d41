#!/bin/sh
set -e

cd "$(dirname "$0")/.."

echo "--- environment"
node --version
npm --version

echo "--- installing dependencies"
npm ci --no-audit --no-fund

echo "--- lint"
# existing lint step

echo "--- unit tests"
npm test -- --ci --reporters=default --reporters=jest-junit

echo "--- build"
NODE_ENV=production npm run build

if [ -n "${CI_COMMIT_TAG:-}" ]; then
  echo "--- packaging $CI_COMMIT_TAG"
  tar -czf "dist-$CI_COMMIT_TAG.tar.gz" dist
fi
