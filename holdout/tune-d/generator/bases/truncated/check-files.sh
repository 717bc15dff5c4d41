#!/usr/bin/env bash
# Verify that every file listed in MANIFEST exists and is non-empty.
set -uo pipefail

MANIFEST="${1:-MANIFEST}"
missing=0

while IFS= read -r f; do
  [[ -z "$f" || "$f" == \#* ]] && continue
  if [[ -f "$f" && -s "$f" ]]; then
    echo "ok      $f"
  else
    echo "MISSING $f"
    missing=$((missing + 1))
  fi
done < "$MANIFEST"

exit $(( missing > 0 ))
