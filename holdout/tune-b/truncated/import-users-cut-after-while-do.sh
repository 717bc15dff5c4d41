#!/usr/bin/env bash
set -euo pipefail

CSV="${1:-users.csv}"
API="${API_URL:-http://localhost:3000}/api/users"

tail -n +2 "$CSV" | while IFS=, read -r email name role; do
