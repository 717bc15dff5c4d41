#!/usr/bin/env bash
# Prints a JSON array of workspace packages touched since BASE_REF.
set -euo pipefail

BASE_REF=${BASE_REF:-origin/main}

git fetch --quiet --depth=50 origin "${BASE_REF#origin/}" || true
mapfile -t changed < <(git diff --name-only "$BASE_REF"...HEAD)

declare -A packages=()

# loop over "${changed[@]}" and map packages/<name>/... -> packages[<name>]=1;
# a change under tooling/ or the root lockfile marks every package (same
# rules as the Makefile target)

if ((${#packages[@]} == 0)); then
  echo '[]'
  exit 0
fi

printf '%s\n' "${!packages[@]}" | sort | jq -R . | jq -cs .
