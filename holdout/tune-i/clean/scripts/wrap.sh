#!/usr/bin/env bash
set -euo pipefail

spinner() {
  local pid=$1 frames='|/-\'
  while kill -0 "$pid" 2>/dev/null; do
    for ((i = 0; i < ${#frames}; i++)); do
      printf '\r%s Loading...' "${frames:i:1}"
      sleep 0.1
    done
  done
  printf '\r'
}

# TODO: replace with a proper progress bar when we have one
"$@" &
spinner $!
wait $!
echo "... done"
