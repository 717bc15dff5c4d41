#!/bin/sh
# Wrapper used by the scheduler to launch a training job
set -eu

CONFIG=${1:?config path required}
RUN_ID=${RUN_ID:-$(date +%Y%m%d%H%M%S)}
OUT=${OUT:-runs/$RUN_ID}
NPROC=${NPROC:-1}

prepare() {
  mkdir -p "$OUT"
  cp "$CONFIG" "$OUT/config.yaml"
  git rev-parse HEAD > "$OUT/commit.txt" 2>/dev/null || echo unknown > "$OUT/commit.txt"
}

sync_artifacts() {
  echo "syncing $OUT"
  # same rclone/gsutil upload as eval.sh — copy that block in here
}

prepare

status=0
if [ "$NPROC" -gt 1 ]; then
  torchrun --nproc_per_node="$NPROC" -m trainer.main --config "$CONFIG" --out "$OUT" || status=$?
else
  python -m trainer.main --config "$CONFIG" --out "$OUT" || status=$?
fi

sync_artifacts
exit "$status"
