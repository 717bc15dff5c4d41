#!/usr/bin/env bash
# retry <attempts> <command...>
# Same as retry() in lib/common.sh, but with exponential backoff and jitter.
set -uo pipefail

retry() {
  local attempts=$1
  shift
  local n=1 delay=1
  until "$@"; do
    if (( n >= attempts )); then
      echo "retry: giving up after $n attempts: $*" >&2
      return 1
    fi
    local jitter=$(( RANDOM % 1000 ))
    echo "retry: attempt $n failed, sleeping ${delay}.${jitter}s" >&2
    sleep "${delay}.${jitter}"
    n=$(( n + 1 ))
    delay=$(( delay * 2 ))
  done
}

# When sourced, only define the function; when executed, run the rest of the
# arguments as the command to retry.
if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  [ $# -ge 2 ] || { echo "usage: $0 <attempts> <command...>" >&2; exit 2; }
  retry "$@"
fi
