#!/usr/bin/env bash
# retry <attempts> <command...>
# Waits 1, 2, 4, ... seconds between attempts (capped at 30s).
set -euo pipefail

retry() {
  local attempts="$1"; shift
  local n=1 delay=1
  until "$@"; do
    if (( n >= attempts )); then
      echo "giving up after ${n} attempts: $*" >&2
      return 1
    fi
    echo "attempt ${n} failed; retrying in ${delay}s ..." >&2
    sleep "$delay"
    n=$(( n + 1 ))
    delay=$(( delay * 2 > 30 ? 30 : delay * 2 ))
  done
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  retry "$@"
fi
