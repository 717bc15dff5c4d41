#!/usr/bin/env bash
# One-time provisioning for a fresh Ubuntu 22.04 VPS. Run as root.
set -euo pipefail

DEPLOY_USER="deploy"
SSH_PORT="${SSH_PORT:-22}"

apt-get update
apt-get -y upgrade
apt-get install -y ufw fail2ban unattended-upgrades nginx

# --- user ---
if ! id "$DEPLOY_USER" >/dev/null 2>&1; then
  adduser --disabled-password --gecos "" "$DEPLOY_USER"
  usermod -aG sudo "$DEPLOY_USER"
fi
install -d -m 700 -o "$DEPLOY_USER" -g "$DEPLOY_USER" "/home/$DEPLOY_USER/.ssh"
...

# --- ssh hardening ---
sed -i "s/^#\?Port .*/Port ${SSH_PORT}/" /etc/ssh/sshd_config
…
systemctl restart ssh

# --- firewall ---
ufw default deny incoming
ufw default allow outgoing
ufw allow "${SSH_PORT}/tcp"
ufw allow 'Nginx Full'
ufw --force enable

systemctl enable --now fail2ban
echo "Provisioning complete. Log in as ${DEPLOY_USER} on port ${SSH_PORT}."
