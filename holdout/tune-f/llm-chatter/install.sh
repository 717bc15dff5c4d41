#!/usr/bin/env bash
set -euo pipefail

# As requested, I've added a check for the Node version below.
required=18
current=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)

if (( current < required )); then
  echo "Node.js >= $required is required (found ${current})" >&2
  exit 1
fi

npm ci
npm run build
sudo install -m 0755 dist/cli.js /usr/local/bin/acme
echo "installed acme $(acme --version)"
