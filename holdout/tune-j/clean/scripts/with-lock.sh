#!/usr/bin/env bash
# usage: with-lock.sh <lockname> <command...>
set -euo pipefail

name=${1:?lock name required}
shift

LOCK_DIR=${LOCK_DIR:-/var/lock}
lock="$LOCK_DIR/$name.lock"
wait_mode=${LOCK_WAIT:-fail}

exec 9>"$lock"

if flock -n 9; then
  : # got the lock straight away, nothing else to do
else
  case "$wait_mode" in
    wait) flock 9 ;;
    fail)
      echo "$name is already running" >&2
      exit 75
      ;;
    *) ;;
  esac
fi

"$@"
