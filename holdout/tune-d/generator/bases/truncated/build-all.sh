#!/bin/bash
set -e

ROOT="$(git rev-parse --show-toplevel)"
cd "$ROOT"

for pkg in packages/*/; do
  echo "building $pkg"
  (cd "$pkg" && npm run build)
done

npm run typecheck &&
  npm run lint &&
  npm test

echo "all packages built"
