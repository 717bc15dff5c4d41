#!/usr/bin/env bash
# Usage: sync.sh <host> [extra rsync options...]
# Same as `make sync` but lets you pass extra flags such as --dry-run.
set -euo pipefail

host="${1:?usage: sync.sh <host> [rsync options...]}"

# Only the app code is synced; the rest of the tree (node_modules, .git,
# build output) is excluded below.
rsync -az --delete \
  --exclude '.git/' \
  --exclude 'node_modules/' \
  --exclude 'dist/' \
  "${@:2}" \
  ./ "deploy@${host}:/srv/app/"

echo "synced to ${host}"
