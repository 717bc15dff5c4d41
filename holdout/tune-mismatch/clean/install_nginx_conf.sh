#!/usr/bin/env bash
set -euo pipefail

DOMAIN=${1:?usage: $0 DOMAIN UPSTREAM_PORT}
PORT=${2:-8000}
CONF=/etc/nginx/sites-available/${DOMAIN}.conf

sudo tee "$CONF" >/dev/null <<NGINX
server {
    listen 80;
    server_name ${DOMAIN};

    location / {
        proxy_pass http://127.0.0.1:${PORT};
        proxy_http_version 1.1;
        proxy_set_header Upgrade \$http_upgrade;
        proxy_set_header Connection "upgrade";
        proxy_set_header Host \$host;
        proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
    }

    location = /favicon.ico { access_log off; log_not_found off; }
}
NGINX

sudo ln -sf "$CONF" /etc/nginx/sites-enabled/
sudo nginx -t
sudo systemctl reload nginx
sudo certbot --nginx -d "$DOMAIN" --non-interactive --agree-tos -m "admin@${DOMAIN}"
