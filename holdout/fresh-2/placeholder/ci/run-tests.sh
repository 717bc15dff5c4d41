#!/usr/bin/env bash
set -uo pipefail

cd "$(dirname "$0")/.."

SERVICES=(api worker billing notifications)
failures=0
report_dir="${REPORT_DIR:-reports}"
mkdir -p "$report_dir"

for svc in "${SERVICES[@]}"; do
  echo "::group::tests for ${svc}"
  # ...existing per-service test command + junit copy...
  echo "::endgroup::"
done

if (( failures > 0 )); then
  echo "${failures} service(s) failed" >&2
  exit 1
fi

echo "all ${#SERVICES[@]} services passed"
