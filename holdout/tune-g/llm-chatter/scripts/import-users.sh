#!/usr/bin/env bash
set -euo pipefail

CSV="${1:?usage: import-users.sh users.csv}"
API="${API_URL:-http://localhost:8080}"

create_user() {
  local email="$1" name="$2" role="$3"
  curl -fsS -X POST "$API/admin/users" \
    -H "Authorization: Bearer $ADMIN_TOKEN" \
    -H 'Content-Type: application/json' \
    -d "{\"email\":\"$email\",\"name\":\"$name\",\"role\":\"$role\"}" >/dev/null
}

I changed the loop so that it reads the file line by line
tail -n +2 "$CSV" | while IFS=, read -r email name role; do
  create_user "$email" "$name" "${role:-member}"
  echo "imported $email"
done
