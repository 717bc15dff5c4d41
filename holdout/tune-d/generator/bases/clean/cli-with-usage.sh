#!/usr/bin/env bash
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: sync.sh [options] SOURCE DEST

Copy SOURCE to DEST with rsync, keeping permissions.

Options:
  -n    dry run: show what would be copied
  -h    show this help

Note: DEST must already exist.
Make sure to run this from the project root.
Then run ./verify.sh to compare checksums.
EOF
}

dry=""
while getopts "nh" opt; do
  case "$opt" in
    n) dry="--dry-run" ;;
    h) usage; exit 0 ;;
    *) usage >&2; exit 2 ;;
  esac
done
shift $((OPTIND - 1))

[[ $# -eq 2 ]] || { usage >&2; exit 2; }
rsync -a $dry -- "$1" "$2"
