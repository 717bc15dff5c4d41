#!/usr/bin/env bash
# Same as purge-cache.sh, but for the app's scratch directory under /tmp.
set -euo pipefail

TMP_ROOT="${TMP_ROOT:-/tmp/app}"
MAX_AGE_MIN="${MAX_AGE_MIN:-120}"

[[ -d "$TMP_ROOT" ]] || exit 0

count=$(find "$TMP_ROOT" -mindepth 1 -mmin +"$MAX_AGE_MIN" | wc -l)
find "$TMP_ROOT" -mindepth 1 -mmin +"$MAX_AGE_MIN" -delete

echo "removed ${count} entries older than ${MAX_AGE_MIN} minutes from ${TMP_ROOT}"
