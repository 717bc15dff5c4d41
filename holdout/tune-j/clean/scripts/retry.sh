#!/usr/bin/env bash
# usage: retry.sh [-n attempts] [-d delay] -- command [args...]
set -uo pipefail

attempts=5
delay=2

while getopts 'n:d:' opt; do
  case "$opt" in
    n) attempts=$OPTARG ;;
    d) delay=$OPTARG ;;
    *) echo "usage: $0 [-n attempts] [-d delay] -- command" >&2; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
[[ "${1:-}" == "--" ]] && shift

# the rest of the args are forwarded to the command untouched
for ((i = 1; i <= attempts; i++)); do
  "$@" && exit 0
  rc=$?
  echo "attempt $i/$attempts failed with $rc" >&2
  ((i < attempts)) && sleep $((delay * i))
done
exit "$rc"
