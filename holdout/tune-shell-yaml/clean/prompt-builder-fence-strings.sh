#!/usr/bin/env bash
# Wrap source files in Markdown code fences so they can be pasted into a review.
set -euo pipefail

FENCE='```'

lang_for() {
    case "$1" in
        *.sh|*.bash) echo bash ;;
        *.py) echo python ;;
        *.yml|*.yaml) echo yaml ;;
        *) echo "" ;;
    esac
}

for f in "$@"; do
    printf '### %s\n\n' "$f"
    printf '%s%s\n' "$FENCE" "$(lang_for "$f")"
    cat "$f"
    printf '%s\n\n' "$FENCE"
done
