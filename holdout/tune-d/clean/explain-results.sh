#!/usr/bin/env bash
set -euo pipefail

explain() {
  local passed="$1" failed="$2"
  echo "### Results"
  echo
  echo "- **passed**: $passed"
  echo "- **failed**: $failed"
  if (( failed == 0 )); then
    echo
    echo "All checks passed. Hope this run was quick!"
  fi
}

passed=0
failed=0
for t in tests/*.sh; do
  if bash "$t" >/dev/null 2>&1; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
  fi
done

explain "$passed" "$failed" | tee -a "${GITHUB_STEP_SUMMARY:-/dev/null}"
