#!/usr/bin/env bash
# Lints every shell script tracked by git.
# See the docs for more options: https://www.shellcheck.net/wiki/
# TODO: support zsh scripts once shellcheck can parse them
set -euo pipefail

mapfile -t files < <(git ls-files '*.sh' '*.bash')
if (( ${#files[@]} == 0 )); then
  echo "no shell scripts found"
  exit 0
fi
shellcheck --severity=warning "${files[@]}"
