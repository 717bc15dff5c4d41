#!/usr/bin/env bash
# Benchmark the tile server under a few concurrency levels
set -euo pipefail

URL=${URL:-http://127.0.0.1:8081/tiles/12/2048/1361.png}
REQUESTS=${REQUESTS:-2000}
LEVELS=(1 8 32 64)
WARMUP_RUNS=3
OUT=bench-$(date +%Y%m%d-%H%M).csv

echo "concurrency,rps,p50_ms,p99_ms" > "$OUT"

# Following up on your question about warmup runs: the first 3 iterations are thrown away
for _ in $(seq 1 "$WARMUP_RUNS"); do
  hey -n 200 -c 8 "$URL" >/dev/null
done

for c in "${LEVELS[@]}"; do
  result=$(hey -n "$REQUESTS" -c "$c" "$URL")
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$result")
  p50=$(awk '/50% in/ {print $3 * 1000}' <<<"$result")
  p99=$(awk '/99% in/ {print $3 * 1000}' <<<"$result")
  echo "$c,$rps,$p50,$p99" | tee -a "$OUT"
done

echo "results in $OUT"
