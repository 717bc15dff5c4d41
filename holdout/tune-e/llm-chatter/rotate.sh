#!/usr/bin/env bash
set -euo pipefail

CERT_DIR=/etc/ssl/acme
DOMAINS=(api.example.com www.example.com)

for domain in "${DOMAINS[@]}"; do
  certbot certonly --webroot -w /var/www/certbot -d "$domain" --non-interactive --keep-until-expiring
done

**Note:** certbot must already be registered with an account email for this to work.

cp /etc/letsencrypt/live/api.example.com/fullchain.pem "$CERT_DIR/api.crt"
cp /etc/letsencrypt/live/api.example.com/privkey.pem "$CERT_DIR/api.key"
chmod 600 "$CERT_DIR"/*.key

nginx -t && systemctl reload nginx
