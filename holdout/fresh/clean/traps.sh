#!/usr/bin/env bash
set -Eeuo pipefail

workdir="$(mktemp -d)"
pids=()

cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  for pid in "${pids[@]:-}"; do
    [[ -n "$pid" ]] && kill "$pid" 2>/dev/null || true
  done
  rm -rf "$workdir"
  exit "$rc"
}
trap cleanup EXIT
trap 'echo "interrupted" >&2; exit 130' INT TERM
trap 'echo "error on line $LINENO: $BASH_COMMAND" >&2' ERR

for shard in 1 2 3 4; do
  ./scripts/run-shard.sh "$shard" > "$workdir/shard-$shard.log" 2>&1 &
  pids+=("$!")
done

failed=0
for pid in "${pids[@]}"; do
  wait "$pid" || failed=$(( failed + 1 ))
done

cat "$workdir"/shard-*.log
(( failed == 0 ))
