#!/usr/bin/env bash
set -euo pipefail

cd "$(git rev-parse --show-toplevel)"

echo "checking shell scripts"
find . -name '*.sh' -not -path './node_modules/*' -print0 |
  xargs -0 shellcheck -x

echo "checking for trailing whitespace"
git ls-files -z '*.md' '*.yml' |