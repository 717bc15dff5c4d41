#!/usr/bin/env bash
set -euo pipefail

diff=$(git diff --unified=0 -- config/)
if [[ -z "$diff" ]]; then
    echo "No configuration changes."
    exit 0
fi

body=$(printf 'This PR updates the generated configuration.\n\n```diff\n%s\n```\n' "$diff")
gh pr comment "$PR_NUMBER" --body "$body"
