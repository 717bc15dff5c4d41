#!/usr/bin/env bash
set -euo pipefail

log() { printf '\033[1;34m==>\033[0m %s\n' "$*"; }

if [[ $EUID -ne 0 ]]; then
  echo "please run as root (sudo ./install.sh)" >&2
  exit 1
fi

. /etc/os-release
case "$ID" in
  debian|ubuntu) ;;
  *) echo "unsupported distribution: $ID" >&2; exit 1 ;;
esac

log "updating package index"
apt-get update -qq

log "installing base packages"
apt-get install -y -qq \
  ca-certificates \
  curl \
  git \
  jq \
  unzip

log "installing python toolchain"
apt-get install -y -qq python3 python3-venv python3-pip

# ... rest of the dependency installs as before
