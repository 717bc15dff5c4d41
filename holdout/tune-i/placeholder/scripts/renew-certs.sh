#!/usr/bin/env bash
set -euo pipefail

DOMAINS_FILE="/etc/acme/domains.txt"
WEBROOT="/var/www/acme-challenge"
RELOAD=0

while read -r domain; do
  [[ -z "$domain" || "$domain" == \#* ]] && continue
  cert="/etc/letsencrypt/live/$domain/cert.pem"
  if [[ ! -f "$cert" ]]; then
    certbot certonly --webroot -w "$WEBROOT" -d "$domain" --non-interactive --agree-tos
    RELOAD=1
  elif ! openssl x509 -checkend $((30 * 86400)) -noout -in "$cert"; then
    # same as above, but certbot renew --cert-name "$domain"
  else
    echo "$domain: valid for more than 30 days"
  fi
done <"$DOMAINS_FILE"

if ((RELOAD)); then
  systemctl reload nginx
fi
