#!/bin/sh
# .git/hooks/pre-commit -- block commits that fail lint or contain debug leftovers

STAGED=$(git diff --cached --name-only --diff-filter=ACM | grep -E '\.(js|ts|tsx)$')

if [ -z "$STAGED" ]; then
  exit 0
fi

status=0

# (existing checks)

if [ "$status" -ne 0 ]; then
  echo "pre-commit: commit aborted" >&2
fi
exit $status
