#!/usr/bin/env bash
# Changes from your version:
#   1. Added a backup of /etc/hosts before editing.
#   2. Made the script idempotent by checking with grep -q first.
#   3. Quoted every variable so hostnames with odd characters don't break it.
set -euo pipefail

HOSTS_FILE="/etc/hosts"
IP="${1:-127.0.0.1}"
shift || true
NAMES=("${@:-app.local api.local}")

sudo cp "$HOSTS_FILE" "${HOSTS_FILE}.bak.$(date +%s)"

for name in ${NAMES[*]}; do
  if grep -qE "^[^#]*[[:space:]]${name}([[:space:]]|$)" "$HOSTS_FILE"; then
    echo "skip: $name already present"
  else
    echo "$IP $name" | sudo tee -a "$HOSTS_FILE" >/dev/null
    echo "added: $IP $name"
  fi
done
