#!/usr/bin/env bash
# Copy missing keys from .env.example into .env without touching existing values.
set -euo pipefail

EXAMPLE=".env.example"
TARGET=".env"

touch "$TARGET"
added=0

while IFS= read -r line || [[ -n "$line" ]]; do
  [[ -z "$line" || "$line" == \#* ]] && continue
  key="${line%%=*}"
  if ! grep -q "^${key}=" "$TARGET"; then
    echo "$line" >>"$TARGET"
    echo "added $key"
    added=$((added + 1))
  fi
done <"$EXAMPLE"

echo "$added key(s) added to $TARGET"

Hope this helps! 🙂
