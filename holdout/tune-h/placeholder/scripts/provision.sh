#!/usr/bin/env bash
# Provision a fresh Ubuntu VM for the worker fleet
set -euxo pipefail

export DEBIAN_FRONTEND=noninteractive
WORKER_USER=worker
NODE_VERSION=20

apt-get update -y
apt-get install -y ca-certificates curl gnupg ufw fail2ban

<existing setup steps>

curl -fsSL "https://deb.nodesource.com/setup_${NODE_VERSION}.x" | bash -
apt-get install -y nodejs

id "$WORKER_USER" &>/dev/null || useradd --system --create-home --shell /usr/sbin/nologin "$WORKER_USER"
install -d -o "$WORKER_USER" -g "$WORKER_USER" /opt/worker

ufw default deny incoming
ufw allow OpenSSH
ufw --force enable

systemctl enable --now fail2ban
echo "provisioning done"
