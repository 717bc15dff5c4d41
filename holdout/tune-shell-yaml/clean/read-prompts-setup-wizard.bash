#!/usr/bin/env bash
set -euo pipefail

echo "Welcome! This wizard creates a local configuration file."
echo "Press Enter to accept the default shown in brackets."
echo

read -r -p "Project name [demo]: " name
name=${name:-demo}
read -r -p "Database port [5432]: " port
port=${port:-5432}
read -r -p "Enable debug logging? (y/n) " debug

cat > .env <<EOF
PROJECT_NAME=$name
DATABASE_PORT=$port
DEBUG=$([[ $debug == y* ]] && echo true || echo false)
EOF

echo "Saved .env. You can edit it at any time."
