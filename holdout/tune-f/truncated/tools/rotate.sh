#!/usr/bin/env bash
set -euo pipefail

LOG=${1:-/var/log/app/app.log}
MAX=$((50 * 1024 * 1024))

size=$(stat -c %s "$LOG")

if (( size < MAX )); then
  echo "$LOG is $((size / 1024)) KiB, nothing to do"
  exit 0
else
