#!/usr/bin/env bash
# usage: retry.sh <attempts> <command> [args...]
set -uo pipefail

attempts="${1:?usage: retry.sh <attempts> <command> [args...]}"
shift

# TODO: make the backoff base configurable once someone needs it.
delay=1
for ((i = 1; i <= attempts; i++)); do
  if "$@"; then
    exit 0
  fi
  if (( i < attempts )); then
    echo "attempt ${i}/${attempts} failed; retrying in ${delay}s..." >&2
    sleep "$delay"
    delay=$((delay * 2))
  fi
done

echo "giving up after ${attempts} attempts: $*" >&2
exit 1
