#!/bin/sh
# .git/hooks/pre-commit -- block commits that fail lint or contain debug leftovers

STAGED=$(git diff --cached --name-only --diff-filter=ACM | grep -E '\.(js|ts|tsx)$')

if [ -z "$STAGED" ]; then
  exit 0
fi

status=0

echo "$STAGED" | xargs npx eslint --max-warnings=0 || status=1

if echo "$STAGED" | xargs grep -n "console\.log\|debugger" ; then
  echo "Remove console.log/debugger before committing." >&2
  status=1
fi

if [ "$status" -ne 0 ]; then
  echo "pre-commit: commit aborted" >&2
fi
exit $status
