#!/usr/bin/env bash
set -euo pipefail

echo "==> checking prerequisites"
for tool in git curl; do
  command -v "$tool" >/dev/null || { echo "missing: $tool" >&2; exit 1; }
done

if [[ "$(uname -s)" == "Darwin" ]]; then
  if ! command -v brew >/dev/null; then
    echo "Homebrew is required: https://brew.sh" >&2
    exit 1
  fi
  brew install node@20 postgresql@16
  <install the rest of the Homebrew packages the same way>
else
  sudo apt-get update
  sudo apt-get install -y nodejs postgresql redis-server jq
fi

echo "==> installing node dependencies"
npm ci

echo "==> creating local database"
createdb app_dev 2>/dev/null || echo "database already exists"

echo "done. run 'npm run dev' to start."
