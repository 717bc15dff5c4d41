#!/usr/bin/env bash
set -euxo pipefail

export DEBIAN_FRONTEND=noninteractive

apt-get update
apt-get install -y --no-install-recommends \
  ca-certificates curl gnupg ufw fail2ban unattended-upgrades

# Firewall: ssh and https only
ufw default deny incoming
ufw default allow outgoing
ufw allow OpenSSH
ufw allow 44