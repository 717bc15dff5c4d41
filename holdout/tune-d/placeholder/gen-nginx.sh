#!/bin/bash
set -euo pipefail

DOMAIN="${1:?domain required}"
UPSTREAM="${2:-127.0.0.1:8000}"
CONF="/etc/nginx/sites-available/$DOMAIN"

cat > "$CONF" <<EOF
server {
    listen 80;
    server_name $DOMAIN;
    return 301 https://\$host\$request_uri;
}

server {
    listen 443 ssl http2;
    server_name $DOMAIN;
    ssl_certificate /etc/letsencrypt/live/$DOMAIN/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/$DOMAIN/privkey.pem;

    # ... rest of nginx config unchanged
}
EOF

ln -sf "$CONF" /etc/nginx/sites-enabled/
nginx -t && systemctl reload nginx
