#!/usr/bin/env bash
# .git/hooks/commit-msg: enforce Conventional Commits and forbid WIP on main.
MSG_FILE="$1"
MSG="$(head -n1 "$MSG_FILE")"
BRANCH="$(git rev-parse --abbrev-ref HEAD)"
TYPES=(feat fix docs style refactor perf test build ci chore revert)

ok=0
for t in "${TYPES[@]}"; do
  if [[ "$MSG" =~ ^$t(\([a-z0-9-]+\))?!?:\ .+ ]]; then
    ok=1
    break
  fi
done

if (( ! ok )); then
  echo "commit message must follow Conventional Commits" >&2
  exit 1
fi

if [[ "$BRANCH" == "main" && "$MSG" == *WIP* ]]; then
  echo "no WIP commits on main" >&2
  exit 1
fi
