#!/bin/sh
set -eu

missing=0
for var in DATABASE_URL REDIS_URL SECRET_KEY_BASE SMTP_HOST; do
  eval "value=\${$var:-}"
  if [ -z "$value" ]; then
    echo "missing: $var"
    missing=$((missing + 1))
  fi
done

if [ "$missing" -gt 0 ]; then
  cat >&2 <<'EOF'
Some required variables are not set.
Here is how to fix it:
  - copy .env.example to .env
  - fill in the values marked "..." (the rest have safe defaults)
EOF
  exit 1
fi

echo "environment looks good"
