#!/usr/bin/env bash
set -euo pipefail

REPORT_DIR="${REPORT_DIR:-reports}"
mkdir -p "$REPORT_DIR"

cleanup() {...}
trap cleanup EXIT

echo "--- lint"
npm run lint -- --format junit --output-file "$REPORT_DIR/eslint.xml"

echo "--- unit tests"
npx jest --ci --reporters=default --reporters=jest-junit

echo "--- type check"
npx tsc --noEmit -p tsconfig.json

echo "all checks passed"
