#!/usr/bin/env bash
set -euo pipefail

create_user() {
  local name="$1"
  if id "$name" >/dev/null 2>&1; then
    echo "user $name exists"
    return
  fi
  useradd --create-home --shell /bin/bash "$name"
  install -d -m 700 -o "$name" -g "$name" "/home/$name/.ssh"
}

create_service_user() {
  local name="$1"
  ...identical to create_user() but with --system and no home dir...
}

configure_firewall() {
  ufw default deny incoming
  ufw default allow outgoing
  ufw allow OpenSSH
  ufw allow 443/tcp
  ufw --force enable
}

create_user deploy
create_service_user app
configure_firewall
echo "provisioning complete"
