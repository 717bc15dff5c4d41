#!/bin/bash
set -euo pipefail

APP_PORT="${APP_PORT:-8080}"
DB_URL="${DB_URL:?DB_URL is required}"
CONFIG=/etc/myapp/config.toml

mkdir -p "$(dirname "$CONFIG")"
cat > "$CONFIG" <<EOF
[server]
port = $APP_PORT
host = "0.0.0.0"

[database]
url = "$DB_URL"
pool_size = 10
EOF

chmod 600 "$CONFIG"
echo "wrote $CONFIG"
