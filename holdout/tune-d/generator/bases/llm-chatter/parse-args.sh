#!/usr/bin/env bash
set -euo pipefail
VERBOSE=0
OUTPUT=""
POSITIONAL=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    -v|--verbose) VERBOSE=1; shift ;;
    -o|--output) OUTPUT="$2"; shift 2 ;;
    --) shift; POSITIONAL+=("$@"); break ;;
    -*) echo "unknown flag $1" >&2; exit 2 ;;
    *) POSITIONAL+=("$1"); shift ;;
  esac
done

(( VERBOSE )) && echo "inputs: ${POSITIONAL[*]:-none}"
cat "${POSITIONAL[@]}" > "${OUTPUT:-/dev/stdout}"
