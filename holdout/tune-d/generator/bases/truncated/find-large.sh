#!/bin/bash
# List the 20 largest files under a directory, human readable.
set -euo pipefail

DIR="${1:-.}"
LIMIT="${2:-20}"

find "$DIR" -type f -printf '%s\t%p\n' 2>/dev/null \
  | sort -rn \
  | head -n "$LIMIT" \
  | awk -F'\t' '{
      size = $1
      split("B KB MB GB TB", u, " ")
      i = 1
      while (size >= 1024 && i < 5) { size /= 1024; i++ }
      printf "%8.1f %-2s  %s\n", size, u[i], $2
    }'
