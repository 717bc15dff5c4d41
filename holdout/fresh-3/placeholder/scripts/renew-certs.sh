#!/usr/bin/env bash
set -euo pipefail

DOMAINS=(example.com www.example.com api.example.com)
EMAIL="ops@example.com"
WEBROOT="/var/www/letsencrypt"
NGINX_CONTAINER="${NGINX_CONTAINER:-nginx}"

domain_args=()
for d in "${DOMAINS[@]}"; do
  domain_args+=(-d "$d")
done

certbot certonly \
  --webroot -w "$WEBROOT" \
  --email "$EMAIL" --agree-tos --non-interactive \
  --keep-until-expiring \
  --deploy-hook "touch /tmp/certs-renewed" \
  "${domain_args[@]}"

if [[ -f /tmp/certs-renewed ]]; then
  rm -f /tmp/certs-renewed
  # ... rest of the script remains unchanged ...
fi
