Apologies for the mistake in my previous reply — `certbot renew` doesn't accept `--domain`. The corrected script:

#!/usr/bin/env bash
set -euo pipefail

WEBROOT=/var/www/letsencrypt
RELOAD_CMD="systemctl reload nginx"
LOG=/var/log/cert-renew.log

{
  echo "=== $(date -Is) ==="
  certbot renew \
    --webroot -w "$WEBROOT" \
    --quiet \
    --deploy-hook "$RELOAD_CMD"
} >>"$LOG" 2>&1

for cert in /etc/letsencrypt/live/*/fullchain.pem; do
  domain=$(basename "$(dirname "$cert")")
  expiry=$(openssl x509 -enddate -noout -in "$cert" | cut -d= -f2)
  days=$(( ( $(date -d "$expiry" +%s) - $(date +%s) ) / 86400 ))
  if [ "$days" -lt 14 ]; then
    echo "WARNING: $domain expires in $days days" | tee -a "$LOG" >&2
  fi
done
