#!/usr/bin/env bash
set -euo pipefail

export DEBIAN_FRONTEND=noninteractive

setup_user() {
  id deploy >/dev/null 2>&1 || useradd -m -s /bin/bash deploy
  install -d -m 700 -o deploy -g deploy /home/deploy/.ssh
  cp /root/.ssh/authorized_keys /home/deploy/.ssh/
  chown deploy:deploy /home/deploy/.ssh/authorized_keys
}

setup_firewall() {
  ufw default deny incoming
  ufw allow OpenSSH
  ufw allow 80,443/tcp
  ufw --force enable
}

harden_ssh() {
  sed -i 's/^#\?PermitRootLogin.*/PermitRootLogin no/' /etc/ssh/sshd_config
  sed -i 's/^#\?PasswordAuthentication.*/PasswordAuthentication no/' /etc/ssh/sshd_config
  systemctl reload ssh
}

apt-get update
apt-get -y upgrade
setup_user
setup_firewall
harden_ssh
echo "provisioning complete"
