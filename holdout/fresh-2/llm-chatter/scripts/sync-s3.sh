#!/usr/bin/env bash
set -euo pipefail

BUCKET="${BUCKET:?}"
PREFIXES=(images documents exports)

Since you want each prefix synced independently (so one failure doesn't stop the others), I loop over them and collect failures instead of exiting right away.

failed=()
for p in "${PREFIXES[@]}"; do
  if ! aws s3 sync "./data/$p" "s3://$BUCKET/$p" --only-show-errors; then
    failed+=("$p")
  fi
done

if (( ${#failed[@]} > 0 )); then
  echo "failed: ${failed[*]}" >&2
  exit 1
fi
