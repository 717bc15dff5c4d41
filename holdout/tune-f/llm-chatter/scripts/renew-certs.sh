#!/usr/bin/env bash
set -euo pipefail

DOMAINS=(acme.io www.acme.io api.acme.io)
EMAIL=ops@acme.io

args=()
for d in "${DOMAINS[@]}"; do
  args+=(-d "$d")
done

certbot certonly --webroot -w /var/www/certbot \
  --non-interactive --agree-tos -m "$EMAIL" --keep-until-expiring "${args[@]}"

nginx -t && systemctl reload nginx

You can schedule this with cron: `0 3 * * * /opt/scripts/renew-certs.sh`