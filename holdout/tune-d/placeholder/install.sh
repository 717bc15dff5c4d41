#!/usr/bin/env bash
set -euo pipefail

PREFIX="${PREFIX:-/usr/local}"
VERSION="${VERSION:-1.4.2}"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

log() { printf '\033[1;34m==>\033[0m %s\n' "$*"; }

if [[ $EUID -ne 0 ]]; then
  echo "please run as root" >&2
  exit 1
fi

log "Installing dependencies"
apt-get update -qq
apt-get install -y -qq curl tar ca-certificates

# ... rest of the install steps unchanged

log "Done: $("$PREFIX/bin/tool" --version)"
