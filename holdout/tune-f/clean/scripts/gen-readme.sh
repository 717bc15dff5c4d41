#!/usr/bin/env bash
set -euo pipefail

name=${1:?usage: gen-readme.sh <package>}
dir="packages/$name"
desc=$(jq -r .description "$dir/package.json")

cat > "$dir/README.md" <<EOF
# @acme/$name

$desc

## Install

\`\`\`sh
npm install @acme/$name
\`\`\`

## Usage

Here is the smallest useful example... more in the docs site.

> TODO: document the options object once the API settles.
> Let me know in the issue tracker if something is unclear.
EOF

echo "wrote $dir/README.md"
