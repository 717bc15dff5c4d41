#!/usr/bin/env bash
set -eu

verbose=0

for arg in "$@"; do
  case "$arg" in
    -v|--verbose) verbose=1 ;;
    --) break ;;
    -*) echo "unknown flag: $arg" >&2; exit 2 ;;
    *) ;;
  esac
done

if ((verbose)); then
  set -x
else
  : # no-op: quiet by default
fi

exec ./bin/server "$@"
