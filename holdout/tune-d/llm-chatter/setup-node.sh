#!/usr/bin/env bash
set -euo pipefail

NODE_VERSION="${NODE_VERSION:-20}"

log() {
  echo "[setup] $*"
}

Next, we define a helper to check dependencies:

require() {
  if ! command -v "$1" >/dev/null 2>&1; then
    log "missing dependency: $1"
    exit 1
  fi
}

require curl
require git

export NVM_DIR="$HOME/.nvm"
if [ ! -d "$NVM_DIR" ]; then
  curl -o- https://raw.githubusercontent.com/nvm-sh/nvm/v0.39.7/install.sh | bash
fi
. "$NVM_DIR/nvm.sh"
nvm install "$NODE_VERSION"
log "node $(node --version) ready"
