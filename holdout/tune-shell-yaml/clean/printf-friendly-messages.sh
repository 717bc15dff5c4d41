#!/usr/bin/env bash
set -uo pipefail

ok()   { printf '\033[32m%s\033[0m\n' "$*"; }
warn() { printf '\033[33m%s\033[0m\n' "$*" >&2; }

if ! command -v jq >/dev/null 2>&1; then
    warn "Note: jq is not installed, so the JSON report will be skipped."
    warn "You can install it with: sudo apt-get install jq"
    exit 0
fi

count=$(jq '.results | length' report.json)
if (( count == 0 )); then
    ok "Great news! There were no findings this time."
else
    warn "There are $count findings. Let me know if you want the full list,"
    warn "or run: jq '.results[]' report.json"
fi
