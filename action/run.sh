#!/usr/bin/env bash
# The GitHub Action's check step (action.yml runs it; tests/it/sarif.rs runs
# it in a temporary repository). Environment:
#   GENCHECK          the binary (default: gencheck on PATH)
#   GENCHECK_BASE     the revision the change is based on (required)
#   GENCHECK_FORMAT   sarif (default), github, json, concise or human
#   GENCHECK_OUTPUT   where the report goes (default gencheck.sarif; `-`: stdout)
#   GENCHECK_ARGS     extra arguments for `gencheck ci` (word-split)
# Exit status: gencheck's (0 accepted, 1 rejected, 2 the run failed).
set -uo pipefail
gencheck="${GENCHECK:-gencheck}"
base="${GENCHECK_BASE:?GENCHECK_BASE is required (the base input of the action)}"
format="${GENCHECK_FORMAT:-sarif}"
output="${GENCHECK_OUTPUT:-gencheck.sarif}"
# shellcheck disable=SC2206
extra=(${GENCHECK_ARGS:-})
if [ "$output" = "-" ]; then
  "$gencheck" ci --base "$base" --format "$format" "${extra[@]}"
else
  "$gencheck" ci --base "$base" --format "$format" "${extra[@]}" > "$output"
fi
status=$?
if [ -n "${GITHUB_OUTPUT:-}" ]; then
  echo "exit-code=$status" >> "$GITHUB_OUTPUT"
fi
exit "$status"
