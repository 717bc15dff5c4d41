#!/usr/bin/env bash
set -euo pipefail

echo "Restarting api"
sudo systemctl restart api.service
sudo systemctl is-active --quiet api.service || {
  journalctl -u api.service -n 50 --no-pager
  exit 1
}

# and so on for the other services
