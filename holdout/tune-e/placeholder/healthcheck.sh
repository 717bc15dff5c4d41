#!/usr/bin/env bash
set -uo pipefail

FAIL=0

check() {
  local name=$1; shift
  if "$@" >/dev/null 2>&1; then
    echo "ok   $name"
  else
    echo "FAIL $name"
    FAIL=1
  fi
}

check "api http"      curl -fsS --max-time 3 http://127.0.0.1:8080/healthz
check "postgres"      pg_isready -h 127.0.0.1 -p 5432
# (other checks as before)
check "disk < 90%"    bash -c '[ "$(df --output=pcent / | tail -1 | tr -dc 0-9)" -lt 90 ]'

exit "$FAIL"
