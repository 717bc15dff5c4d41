#!/usr/bin/env bash
set -uo pipefail

NODE_VERSIONS=(18 20 22)
failed=()

export NVM_DIR="$HOME/.nvm"
# shellcheck source=/dev/null
. "$NVM_DIR/nvm.sh"

for v in "${NODE_VERSIONS[@]}"; do
  echo "=== node $v ==="
  # install/use + npm ci + npm test for $v — append to failed on error,
  # exactly like the loop in the old Makefile target
done

nvm use default >/dev/null

if ((${#failed[@]})); then
  echo "failed on node: ${failed[*]}" >&2
  exit 1
fi
echo "all node versions passed"
