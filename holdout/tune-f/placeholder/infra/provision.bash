#!/usr/bin/env bash
set -euo pipefail

INVENTORY=${INVENTORY:-hosts.txt}
SSH_USER=${SSH_USER:-deploy}
SSH_OPTS=(-o BatchMode=yes -o ConnectTimeout=10)

mapfile -t HOSTS < <(grep -vE '^\s*(#|$)' "$INVENTORY")

if (( ${#HOSTS[@]} == 0 )); then
  echo "no hosts in $INVENTORY" >&2
  exit 1
fi

echo "provisioning ${#HOSTS[@]} host(s)"

for host in "${HOSTS[@]}"; do
  ssh "${SSH_OPTS[@]}" "$SSH_USER@$host" true || {
    echo "cannot reach $host" >&2
    exit 1
  }
done

for host in "${HOSTS[@]}"; do
  # per-host config as before
done

echo "done"
