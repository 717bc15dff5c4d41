#!/bin/bash
# Rotate the logs of every service.
#
# Services are listed in /etc/services.d/*, one file each:
#   api.conf, worker.conf, ...
set -euo pipefail

for conf in /etc/services.d/*.conf; do
  name="$(basename "$conf" .conf)"
  # ... and its log directory is /var/log/$name
  logrotate -f "/etc/logrotate.d/$name"
done
