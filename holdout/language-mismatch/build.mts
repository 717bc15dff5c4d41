#!/bin/sh
# Build the library for ESM and CJS consumers.
set -e

rm -rf dist
mkdir -p dist/esm dist/cjs

npx tsc -p tsconfig.esm.json
npx tsc -p tsconfig.cjs.json

echo '{ "type": "module" }' > dist/esm/package.json
echo '{ "type": "commonjs" }' > dist/cjs/package.json

for f in dist/cjs/*.js; do
  sed -i 's/\.mjs"/.cjs"/g' "$f"
done

cp README.md LICENSE dist/
echo "Build complete: $(du -sh dist | cut -f1)"
