#!/usr/bin/env bash
set -euo pipefail

LOG_DIR="/var/log/myapp"
KEEP=7

shopt -s nullglob

rotate() {
  local file="$1"
  local i
  for (( i = KEEP - 1; i >= 1; i-- )); do
    if [[ -f "${file}.${i}.gz" ]]; then
      mv "${file}.${i}.gz" "${file}.$((i