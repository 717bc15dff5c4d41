## Updated lint script
This version only lints files that changed compared to the main branch.

#!/usr/bin/env bash
set -euo pipefail

base="$(git merge-base origin/main HEAD)"
mapfile -t files < <(git diff --name-only --diff-filter=ACMR "$base" -- '*.py')

if (( ${#files[@]} == 0 )); then
  echo "no python files changed"
  exit 0
fi

ruff check "${files[@]}"
ruff format --check "${files[@]}"
mypy "${files[@]}"
