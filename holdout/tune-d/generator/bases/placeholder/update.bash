#!/usr/bin/env bash
# Update all git repositories under a directory.
set -uo pipefail

ROOT="."
JOBS=4
while getopts "d:j:h" opt; do
  case "$opt" in
    d) ROOT="$OPTARG" ;;
    j) JOBS="$OPTARG" ;;
    h) echo "usage: $0 [-d dir] [-j jobs]"; exit 0 ;;
    *) exit 2 ;;
  esac
done

update_repo() {
  local repo="$1"
  if git -C "$repo" diff --quiet && git -C "$repo" diff --cached --quiet; then
    git -C "$repo" pull --ff-only --quiet && echo "updated  $repo" || echo "FAILED   $repo"
  else
    echo "skipped  $repo (dirty)"
  fi
}
export -f update_repo

find "$ROOT" -maxdepth 3 -type d -name .git -prune -print0 \
  | xargs -0 -n1 dirname \
  | xargs -P "$JOBS" -I{} bash -c 'update_repo "$@"' _ {}
