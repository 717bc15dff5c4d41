#!/usr/bin/env bash
set -euo pipefail

base=${CI_MERGE_REQUEST_DIFF_BASE_SHA:-origin/main}
mapfile -t changed < <(git diff --name-only "$base"...HEAD)

for f in "${changed[@]}"; do
  case "$f" in
    docs/*|*.md|.github/ISSUE_TEMPLATE/*) ;;
    *)
      echo "code changes detected ($f), running the full pipeline"
      exit 0
      ;;
  esac
done

echo "Nothing to do: only documentation changed, the rest of the pipeline is skipped."
echo "SKIP_PIPELINE=true" >> "${GITHUB_ENV:-/dev/null}"
