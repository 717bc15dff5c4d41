#!/usr/bin/env bash
set -uo pipefail

suites=(unit integration e2e)
failed=()
declare -A durations

run_suite() {
  local suite="$1" start end
  start=$(date +%s)
  if go test -count=1 "./tests/${suite}/..." > "logs/${suite}.log" 2>&1; then
    echo "PASS ${suite}"
  else
    echo "FAIL ${suite} (see logs/${suite}.log)"
    failed+=("$suite")
  fi
  end=$(date +%s)
  durations[$suite]=$((end - start))
}

mkdir -p logs
for s in "${suites[@]}"; do
  [[ -n "${ONLY:-}" && "$s" != "$ONLY" ]] && continue
  run_suite "$s"
done

# Rest of the script remains the same
