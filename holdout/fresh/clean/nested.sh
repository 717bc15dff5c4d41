#!/usr/bin/env bash
set -euo pipefail

repo_root="$(git rev-parse --show-toplevel)"
project="$(basename "$(dirname "$(realpath "${BASH_SOURCE[0]}")")")"
echo "project ${project} in ${repo_root}"

# Compare the dependency lists of two branches without temp files.
diff <(git show "main:requirements.txt" | sort) <(sort requirements.txt) || true

read -r major minor _ <<< "$(python3 -c 'import sys; print(*sys.version_info[:3])')"
if (( major == 3 && minor < 10 )); then
  echo "python 3.10+ required, found ${major}.${minor}" >&2
  exit 1
fi

count=$(grep -c '' <<< "$(git ls-files '*.py')")
echo "tracked python files: $count"

while IFS= read -r -d '' f; do
  printf '%s\n' "${f#./}"
done < <(find . -name '*.orig' -print0)
