#!/usr/bin/env bash
set -euo pipefail

ITERATIONS=${ITERATIONS:-20}
URL=${1:-http://localhost:8080/api/search?q=shoes}

times=()
for ((i = 1; i <= ITERATIONS; i++)); do
  t=$(curl -s -o /dev/null -w '%{time_total}' "$URL")
  times+=("$t")
done

printf '%s\n' "${times[@]}" | sort -n | awk '
  { a[NR] = $1; sum += $1 }
  END {
    printf "requests: %d\n", NR
    printf "mean:     %.3fs\n", sum / NR
    printf "p50:      %.3fs\n", a[int(NR * 0.5)]
    printf "p95:      %.3fs\n", a[int(NR * 0.95)]
  }'

# Hope this helps! Tweak ITERATIONS to suit your machine.
