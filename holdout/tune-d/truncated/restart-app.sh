#!/bin/bash
set -euo pipefail

UNIT=myapp.service

echo "reloading unit files"
sudo systemctl daemon-reload

echo "checking config"
/opt/myapp/bin/myapp check-config /etc/myapp/config.toml

echo "restarting $UNIT"
sudo systemctl rest