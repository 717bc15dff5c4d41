Certainly — here is a script that builds the API reference and the user guide in one go:
#!/usr/bin/env bash
set -euo pipefail

root="$(git rev-parse --show-toplevel)"
out="$root/site"
rm -rf "$out"
mkdir -p "$out/api"

npx typedoc --out "$out/api" "$root/src/index.ts"
mkdocs build --config-file "$root/mkdocs.yml" --site-dir "$out/guide"
cp "$root/docs/index.html" "$out/index.html"
echo "docs written to $out"
The generated site ends up in `site/`, with the API docs under `site/api` and the guide under `site/guide`. Let me know if you want a GitHub Pages workflow to publish it.
