I apologize for the mistake in the previous version: `ufw enable` needs `--force` when run non-interactively. Here is the corrected script:

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
ufw allow 443/tcp
ufw --force enable

id -u app >/dev/null 2>&1 || useradd --system --create-home --shell /usr/sbin/nologin app

install -d -o app -g app -m 0750 /srv/app
install -m 0644 /tmp/provision/app.service /etc/systemd/system/app.service

cat > /etc/sysctl.d/60-app.conf <<'EOF'
net.core.somaxconn = 4096
vm.swappiness = 10
EOF
sysctl --system

systemctl daemon-reload
systemctl enable --now app.service
