#!/usr/bin/env bash
set -euo pipefail

DOMAINS=(example.com www.example.com api.example.com)
WEBROOT=/var/www/letsencrypt

args=()
for d in "${DOMAINS[@]}"; do
  args+=(-d "$d")
done

certbot certonly --webroot -w "$WEBROOT" "${args[@]}" \
  --non-interactive --agree-tos -m ops@example.com --keep-until-expiring

systemctl reload nginx

You can now call it from cron like this
0 3 * * * /usr/local/bin/cert-renew.sh >> /var/log/cert-renew.log 2>&1
