#!/usr/bin/env bash
# Normalise exported notes: collapse "..." into an ellipsis and drop duplicate lines.
set -euo pipefail

in="${1:?input}"
out="${2:-${in%.txt}.clean.txt}"

sed -e 's/\.\.\./…/g' -e 's/[[:space:]]*$//' "$in" \
  | awk '
      /^[[:space:]]*$/ { blank++; next }
      !seen[$0]++ {
        print
      }
      END {
        printf "dropped %d blank lines\n", blank > "/dev/stderr"
      }
    ' > "$out"

echo "wrote $out"
