#!/usr/bin/env bash
set -euo pipefail

DOMAINS=(example.com www.example.com api.example.com)
WEBROOT=/var/www/letsencrypt
EMAIL=ops@example.com
RELOAD_CMDS=("systemctl reload nginx" "systemctl reload haproxy")

args=()
for d in "${DOMAINS[@]}"; do
  args+=(-d "$d")
done

certbot certonly \
  --webroot -w "$WEBROOT" \
  --non-interactive --agree-tos \
  --email "$EMAIL" \
  --keep-until-expiring \
  --expand \
  "${args[@]}"

cat /etc/letsencrypt/live/example.com/fullchain.pem \
    /etc/letsencrypt/live/example.com/privkey.pem > /etc/haproxy/certs/example.com.pem
chmod 600 /etc/haproxy/certs/example.com.pem

# then loop over RELOAD_CMDS like in the cron version
