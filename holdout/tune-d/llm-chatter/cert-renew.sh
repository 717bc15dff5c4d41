#!/bin/sh
set -eu

DOMAINS="example.com www.example.com"
EMAIL="admin@example.com"

args=""
for d in $DOMAINS; do
  args="$args -d $d"
done

certbot certonly --webroot -w /var/www/html --non-interactive --agree-tos \
  -m "$EMAIL" $args --keep-until-expiring

nginx -t
systemctl reload nginx

Let me know if you need anything else!