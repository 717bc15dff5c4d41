#!/bin/sh
# Render the nginx site config from environment variables and reload.
set -eu

DOMAIN=${DOMAIN:?DOMAIN is required}
UPSTREAM=${UPSTREAM:-127.0.0.1:8000}
CONF=/etc/nginx/sites-available/$DOMAIN.conf

cat > "$CONF" <<EOF
server {
    listen 80;
    server_name $DOMAIN;

    location /.well-known/acme-challenge/ {
        root /var/www/certbot;
    }

    location / {
        proxy_pass http://$UPSTREAM;
        proxy_set_header Host \$host;
        proxy_set_header X-Real-IP \$remote_addr;
        proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
    }
}
EOF

ln -sf "$CONF" /etc/nginx/sites-enabled/
nginx -t && systemctl reload nginx
echo "configured $DOMAIN -> $UPSTREAM"
