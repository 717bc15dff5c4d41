#!/usr/bin/env bash
# Install the metrics agent as a systemd service.
set -euo pipefail

if [[ $EUID -ne 0 ]]; then
  echo "run as root" >&2
  exit 1
fi

install -m 0755 ./bin/metrics-agent /usr/local/bin/metrics-agent
install -d -m 0750 -o nobody -g nogroup /var/lib/metrics-agent

cat > /etc/systemd/system/metrics-agent.service <<'UNIT'
[Unit]
Description=Metrics agent
After=network-online.target

[Service]
ExecStart=/usr/local/bin/metrics-agent --data-dir /var/lib/metrics-agent
User=nobody
Restart=on-failure

[Install]
WantedBy=multi-user.target
UNIT

# (rest of script unchanged)
