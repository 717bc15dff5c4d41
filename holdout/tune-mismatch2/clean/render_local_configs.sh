#!/usr/bin/env bash
# Render config files for the local stack into ./config
set -eu

out=./config
api_port="${API_PORT:-8080}"
mkdir -p "$out"

cat > "$out/app.json" <<EOF
{
  "listen": "0.0.0.0:${api_port}",
  "database": {
    "url": "postgres://dev:dev@localhost:5432/app",
    "max_connections": 10
  },
  "features": ["search", "exports"]
}
EOF

cat > "$out/worker.toml" <<EOF
[queue]
url = "redis://localhost:6379/0"
concurrency = 4

[retry]
max_attempts = 5
backoff = "exponential"
EOF

cat > "$out/nginx.conf" <<EOF
server {
    listen 80;
    location / {
        proxy_pass http://127.0.0.1:${api_port};
        proxy_set_header Host \$host;
        proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
    }
}
EOF

echo "wrote $(ls "$out" | wc -l) files to $out"
