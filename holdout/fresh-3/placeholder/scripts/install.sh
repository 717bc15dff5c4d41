#!/usr/bin/env bash
# Install project toolchain on a fresh Ubuntu/Debian dev box.
set -euo pipefail

NODE_MAJOR="${NODE_MAJOR:-20}"
PNPM_VERSION="${PNPM_VERSION:-9.12.0}"

log() { printf '\033[1;34m==>\033[0m %s\n' "$*"; }

require_sudo() {
  if [[ $EUID -ne 0 ]] && ! command -v sudo >/dev/null; then
    echo "This script needs root or sudo." >&2
    exit 1
  fi
}

install_system_packages() {
  log "Installing system packages"
  sudo apt-get update -y
  sudo apt-get install -y --no-install-recommends \
    build-essential ca-certificates curl git jq unzip
}

install_node() {
  # (NodeSource setup for $NODE_MAJOR — unchanged from your script)
}

install_pnpm() {
  log "Installing pnpm ${PNPM_VERSION}"
  corepack enable
  corepack prepare "pnpm@${PNPM_VERSION}" --activate
}

main() {
  require_sudo
  install_system_packages
  install_node
  install_pnpm
  log "Installing workspace dependencies"
  pnpm install --frozen-lockfile
  log "Done. Run 'pnpm dev' to start."
}

main "$@"
