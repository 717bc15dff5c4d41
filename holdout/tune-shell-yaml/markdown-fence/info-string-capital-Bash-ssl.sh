```Bash
#!/bin/sh
set -e

DOMAINS="example.com www.example.com"
WEBROOT=/var/www/letsencrypt
EMAIL=ops@example.com

for d in $DOMAINS; do
    certbot certonly --webroot -w "$WEBROOT" -d "$d" \
        --email "$EMAIL" --agree-tos --non-interactive --keep-until-expiring
done

nginx -t && systemctl reload nginx
```
