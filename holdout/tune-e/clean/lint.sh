#!/usr/bin/env bash
set -euo pipefail

mapfile -t files < <(git ls-files '*.sh' '*.bash')

if [ "${#files[@]}" -eq 0 ]; then
  echo "no shell files"
  exit 0
fi

# TODO: enable SC2086 once the legacy scripts are cleaned up
shellcheck --exclude=SC2086 "${files[@]}"
shfmt -d -i 2 -ci "${files[@]}"

echo "Checked ${#files[@]} files."
