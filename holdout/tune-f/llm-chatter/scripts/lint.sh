#!/usr/bin/env bash
set -uo pipefail

status=0

echo "==> shellcheck"
git ls-files '*.sh' | xargs -r shellcheck || status=1

echo "==> hadolint"
hadolint Dockerfile || status=1

echo "==> yamllint"
yamllint -s . || status=1

exit $status

Changes:
- Added shellcheck for all tracked shell scripts
- Added hadolint for the Dockerfile
- The script now runs every linter and fails at the end instead of stopping at the first error
