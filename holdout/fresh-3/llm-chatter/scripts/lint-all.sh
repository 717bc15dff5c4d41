#!/usr/bin/env bash
set -uo pipefail

The script first checks which linters are actually installed, so missing tools are skipped instead of failing the run.

declare -A LINTERS=(
  [shellcheck]="shellcheck scripts/*.sh"
  [hadolint]="hadolint docker/*.Dockerfile"
  [yamllint]="yamllint -s ."
  [markdownlint]="markdownlint '**/*.md' --ignore node_modules"
)

available=()
for tool in "${!LINTERS[@]}"; do
  if command -v "$tool" >/dev/null 2>&1; then
    available+=("$tool")
  else
    echo "skipping $tool (not installed)"
  fi
done

Then it runs each available linter and remembers the worst exit code.

rc=0
for tool in "${available[@]}"; do
  echo "── $tool"
  eval "${LINTERS[$tool]}" || rc=$?
done

exit "$rc"
