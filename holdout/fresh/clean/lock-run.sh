#!/bin/sh
# Run a cron job at most once at a time, appending output to a log.
set -eu

name="${1:?job name}"
shift
lock="/var/lock/cron-${name}.lock"
log="/var/log/cron/${name}.log"

exec 9>"$lock"
if ! flock -n 9; then
  echo "$(date -u) ${name}: previous run still active, skipping" >>"$log"
  exit 0
fi

{
  echo "=== $(date -u '+%Y-%m-%dT%H:%M:%SZ') start ${name}${1:+ ($*)}"
  "$@"
  echo "=== end (exit $?)"
} >>"$log" 2>&1
