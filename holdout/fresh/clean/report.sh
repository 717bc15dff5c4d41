#!/usr/bin/env bash
# Summarise a JUnit-as-JSON report.
set -euo pipefail

report="${1:-report.json}"

jq -r '
  .suites[]
  | .name as $suite
  | .cases[]
  | select(.status == "failed")
  | "\($suite) :: \(.name) ... \(.message // "no message")"
' "$report"

# `..` recurses into every value; count all objects that carry a duration.
total=$(jq '[.. | objects | .duration? // empty] | add // 0' "$report")
printf 'total duration: %.1fs\n' "$total"
