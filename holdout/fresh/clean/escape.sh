#!/usr/bin/env bash
set -euo pipefail

# Render the nginx config: keep nginx's own $variables, expand ours.
cat > /etc/nginx/conf.d/app.conf <<EOF
server {
    listen ${PORT:-80};
    server_name ${SERVER_NAME};

    location / {
        proxy_pass http://127.0.0.1:${APP_PORT:-8080};
        proxy_set_header Host \$host;
        proxy_set_header X-Real-IP \$remote_addr;
    }
}
EOF

nginx -t
echo "rendered at $(date '+%H:%M:%S') by \`$(basename "$0")\`"
