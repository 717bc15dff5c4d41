#!/usr/bin/env bash
set -uo pipefail

<<<<<<< HEAD
suites=(unit integration e2e)
=======
suites=(unit integration contract e2e)
>>>>>>> main
failed=()
declare -A durations

run_suite() {
  local suite="$1" start end
  start=$(date +%s)
<<<<<<< HEAD
  if go test -count=1 "./tests/${suite}/..." > "logs/${suite}.log" 2>&1; then
=======
  if go test -race -count=1 "./tests/${suite}/..." > "logs/${suite}.log" 2>&1; then
>>>>>>> main
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

for s in "${!durations[@]}"; do
  printf '%-12s %4ss\n' "$s" "${durations[$s]}"
done

if (( ${#failed[@]} > 0 )); then
  echo "failed suites: ${failed[*]}"
  exit 1
fi
