#!/usr/bin/env bash
set -euo pipefail

usage() {
  cat <<EOF
Usage: $(basename "$0") [-n] ENV

This script will deploy the current build to ENV.
Note: the rest of the options are read from deploy.conf.

  -n   dry run: print the commands, run nothing
EOF
}

DRY=0
while getopts "nh" opt; do
  case "$opt" in
    n) DRY=1 ;;
    h) usage; exit 0 ;;
    *) usage >&2; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
[ $# -eq 1 ] || { usage >&2; exit 2; }
echo "deploying to $1 (dry run: $DRY)"
