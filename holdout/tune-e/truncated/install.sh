#!/usr/bin/env bash
set -euo pipefail

BIN=/usr/local/bin/exporter
useradd --system --no-create-home --shell /usr/sbin/nologin exporter || true
install -m 0755 ./exporter "$BIN"

cat > /etc/systemd/system/exporter.service <<EOF
[Unit]
Description=Metrics exporter
After=network-online.target

[Service]
User=exporter
ExecStart=${BIN} --listen :9200
Restart=on-