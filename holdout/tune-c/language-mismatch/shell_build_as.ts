#!/usr/bin/env bash
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="$ROOT/dist"

echo "==> Cleaning $OUT"
rm -rf "$OUT"
mkdir -p "$OUT"

echo "==> Type-checking"
npx tsc --noEmit -p "$ROOT/tsconfig.json"

echo "==> Bundling"
npx esbuild "$ROOT/src/index.ts" --bundle --platform=node --target=node20 \
  --outfile="$OUT/index.js" --sourcemap

if [[ "${CI:-}" == "true" ]]; then
  echo "==> Writing build info"
  git rev-parse HEAD > "$OUT/REVISION"
fi

echo "Build finished: $(du -sh "$OUT" | cut -f1)"
