#!/bin/bash
set -euo pipefail

MAIN_BRANCH="${MAIN_BRANCH:-main}"
DRY_RUN="${DRY_RUN:-0}"

git fetch --prune origin

merged=$(git branch --merged "origin/$MAIN_BRANCH" | grep -vE "^\*|\b($MAIN_BRANCH|develop)\b" || true)

for branch in $merged; do
    if [[ "$DRY_RUN" == 1 ]]; then
        echo "would delete $branch"
    else
        git branch -d "$branch"
    fi
done
```

