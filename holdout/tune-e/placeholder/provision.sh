#!/usr/bin/env bash
set -euo pipefail

DEPLOY_USER=deploy

configure_firewall() {
  ufw default deny incoming
  ufw default allow outgoing
  ufw allow OpenSSH
  ufw allow 80,443/tcp
  ufw --force enable
}

create_user() {
  # ... existing user setup
}

harden_ssh() {
  sed -i 's/^#\?PasswordAuthentication .*/PasswordAuthentication no/' /etc/ssh/sshd_config
  sed -i 's/^#\?PermitRootLogin .*/PermitRootLogin no/' /etc/ssh/sshd_config
  systemctl reload ssh
}

apt-get update && apt-get -y upgrade
configure_firewall
create_user
harden_ssh
