#!/usr/bin/env bash
set -euo pipefail

note()    { printf 'note: %s\n' "$*" >&2; }
explain() { printf '  %s\n' "$@"; }
here()    { pwd; }
sure()    { [[ "${ASSUME_YES:-0}" == 1 ]] || { read -r -p "$1 [y/N] " r; [[ $r == y ]]; }; }

note "working in $(here)"
explain "the cache directory will be emptied" "the lock file will be removed"

if sure "Remove the cache now?"; then
    rm -rf .cache
    rm -f .lock
    note "cache removed"
else
    note "nothing was changed"
fi
