#!/bin/sh
files=$(git diff --cached --name-only --diff-filter=ACMR -- '*.js' '*.jsx' '*.ts' '*.tsx')
[ -z "$files" ] && exit 0

echo "running eslint on staged files"
# shellcheck disable=SC2086
npx eslint --max-warnings=0 $files
rc=$?

if [ $rc -ne 0 ]; then
  echo "eslint failed; fix the errors or commit with --no-verify"
  exit 1
fi
exit 0
