#!/usr/bin/env bash
set -euo pipefail

SRC=""
DEST=""
DRY_RUN=0

usage() {
  echo "usage: $0 -s SRC -d DEST [-n]" >&2
  exit 2
}

while getopts ":s:d:n" opt; do
  case $opt in
    s) SRC=$OPTARG ;;
    d) DEST=$OPTARG ;;
    n) DRY_RUN=1 ;;
    *) usage ;;
  esac
done

[ -n "$SRC" ] && [ -n "$DEST" ] || usage

# ... rest of the script unchanged
