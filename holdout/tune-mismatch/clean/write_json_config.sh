#!/bin/sh
# Write the runtime config consumed by the single-page app.
set -eu

OUT=${OUT:-/usr/share/nginx/html/config.json}
API_URL=${API_URL:-/api}
SENTRY_DSN=${SENTRY_DSN:-}

cat > "$OUT" <<EOF
{
  "apiUrl": "${API_URL}",
  "environment": "${APP_ENV:-production}",
  "sentry": {
    "dsn": "${SENTRY_DSN}",
    "enabled": $( [ -n "$SENTRY_DSN" ] && echo true || echo false )
  },
  "features": {
    "chat": ${FEATURE_CHAT:-false},
    "exports": ${FEATURE_EXPORTS:-true}
  },
  "build": "$(cat /etc/build-id 2>/dev/null || echo dev)"
}
EOF

if command -v jq >/dev/null 2>&1; then
  jq . "$OUT" >/dev/null || { echo "invalid JSON in $OUT" >&2; exit 1; }
fi

exec nginx -g 'daemon off;'
