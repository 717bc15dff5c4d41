#!/usr/bin/env bash
set -euo pipefail

if [[ $EUID -ne 0 ]]; then
  echo "run as root" >&2
  exit 1
fi

DEPLOY_USER=deploy
SSH_PORT=${SSH_PORT:-22}

create_user() {
  id "$DEPLOY_USER" &>/dev/null || useradd --create-home --shell /bin/bash "$DEPLOY_USER"
  install -d -m 700 -o "$DEPLOY_USER" -g "$DEPLOY_USER" "/home/$DEPLOY_USER/.ssh"
  install -m 600 -o "$DEPLOY_USER" -g "$DEPLOY_USER" /root/authorized_keys "/home/$DEPLOY_USER/.ssh/authorized_keys"
}

harden_ssh() {
  sed -i -E 's/^#?PasswordAuthentication .*/PasswordAuthentication no/' /etc/ssh/sshd_config
  sed -i -E "s/^#?Port .*/Port $SSH_PORT/" /etc/ssh/sshd_config
  systemctl restart ssh
}

configure_firewall() { # ufw rules as before (ssh, 80, 443, default deny) }

apt-get update -qq
apt-get install -y -qq ufw fail2ban unattended-upgrades
create_user
harden_ssh
configure_firewall
echo "provisioning complete"
