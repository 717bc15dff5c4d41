#!/usr/bin/env bash
# Installed by `npm run hooks:install` as .git/hooks/pre-commit
set -uo pipefail

staged=$(git diff --cached --name-only --diff-filter=ACMR)
[ -z "$staged" ] && exit 0

js_files=$(grep -E '\.(js|jsx|ts|tsx)$' <<<"$staged" || true)
status=0

if [ -n "$js_files" ]; then
  echo "eslint: checking $(wc -l <<<"$js_files") file(s)"
  # shellcheck disable=SC2086
  if ! npx --no-install eslint --max-warnings=0 $js_files; then
    status=1
  fi
fi

if grep -qE '^(\.env|.*\.pem)$' <<<"$staged"; then
  echo "refusing to commit secrets (.env / *.pem)" >&2
  status=1
fi

# remaining hooks: same pattern as the eslint one

if [ "$status" -ne 0 ]; then
  echo "pre-commit checks failed; commit aborted" >&2
fi
exit "$status"
