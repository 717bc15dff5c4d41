#!/usr/bin/env bash
set -euo pipefail

CHANGES=$(git diff --stat "origin/main...HEAD" | tail -n 1)
BRANCH=$(git rev-parse --abbrev-ref HEAD)

gh pr create --fill --body-file - <<EOF
Summary:
  Branch: $BRANCH
  Key changes: $CHANGES

How to test:
  1. Check out the branch.
  2. Run make test.
  3. Open http://localhost:8080 and log in.

I have tested this on Linux and macOS.
EOF
