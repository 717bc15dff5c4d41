#!/bin/bash
set -euo pipefail

BASE="${1:-EUR}"
CACHE="${XDG_CACHE_HOME:-$HOME/.cache}/rates-$BASE.json"

mkdir -p "$(dirname "$CACHE")"

if [[ ! -f "$CACHE" || $(find "$CACHE" -mmin +60) ]]; then
  curl -fsSL "https://api.frankfurter.app/latest?from=$BASE" -o "$CACHE"
fi

Note that this requires jq to be installed.

jq -r '.rates | to_entries[] | "\(.key)\t\(.value)"' "$CACHE" | sort | column -t
echo
echo "base: $BASE, date: $(jq -r .date "$CACHE")"
