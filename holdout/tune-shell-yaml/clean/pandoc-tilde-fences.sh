#!/usr/bin/env bash
set -euo pipefail

out=docs/commands.md
{
    echo "# Command reference"
    echo
    for script in scripts/*.sh; do
        echo "## $(basename "$script")"
        echo
        echo '~~~ {.bash}'
        sed -n '2,/^set /p' "$script"
        echo '~~~'
        echo
    done
} > "$out"
pandoc "$out" -o docs/commands.html
