#!/usr/bin/env bash
set -uo pipefail

BASTION=${BASTION:-bastion.prod.example.com}
LOCAL_PORT=${LOCAL_PORT:-15432}
REMOTE=${REMOTE:-db.internal:5432}
ALERT_WEBHOOK=${ALERT_WEBHOOK:-}

cleanup() {
  [[ -n "${ssh_pid:-}" ]] && kill "$ssh_pid" 2>/dev/null
  exit 0
}
trap cleanup INT TERM

while true; do
  ssh -N \
    -o ExitOnForwardFailure=yes \
    -o ServerAliveInterval=15 \
    -o ServerAliveCountMax=3 \
    -L "127.0.0.1:${LOCAL_PORT}:${REMOTE}" \
    "$BASTION" &
  ssh_pid=$!
  wait "$ssh_pid"
  rc=$?
  echo "$(date -Is) tunnel exited with $rc"
  # backoff + webhook alert after the 3rd failure: as you had it
done
