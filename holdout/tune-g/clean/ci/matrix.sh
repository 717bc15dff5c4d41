#!/usr/bin/env bash
# Runs the test suite once per supported Python version.
# Same as the GitHub matrix, for people without Actions minutes.
set -euo pipefail

VERSIONS=("$@")
if [ ${#VERSIONS[@]} -eq 0 ]; then
  VERSIONS=(3.10 3.11 3.12)
fi

run_one() {
  local py="$1"
  shift
  echo "=== python ${py} ==="
  uv run --python "$py" -- pytest -q "$@"
}

failed=()
for v in "${VERSIONS[@]}"; do
  # the remaining arguments after -- are forwarded to pytest as-is
  run_one "$v" -x || failed+=("$v")
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "failed on: ${failed[*]}" >&2
  exit 1
fi
echo "all versions passed"
