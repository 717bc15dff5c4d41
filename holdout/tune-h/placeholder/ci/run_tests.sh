#!/usr/bin/env bash
set -euo pipefail

SUITE=${1:-unit}
REPORT_DIR=${REPORT_DIR:-reports}
mkdir -p "$REPORT_DIR"

export NODE_ENV=test
export TZ=UTC

start_services() {
  docker compose -f docker-compose.test.yml up -d postgres redis
  ./scripts/wait-for-it.sh localhost:5432 -t 60
}

case "$SUITE" in
  unit)
    npx jest --ci --selectProjects unit --reporters=default --reporters=jest-junit
    ;;
  lint)
    npx eslint . --max-warnings 0
    npx tsc --noEmit
    ;;
  # integration|e2e) — follow the unit pattern, but call start_services first
  all)
    "$0" lint
    "$0" unit
    "$0" integration
    "$0" e2e
    ;;
  *)
    echo "unknown suite: $SUITE" >&2
    exit 2
    ;;
esac
