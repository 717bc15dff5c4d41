#!/usr/bin/env bash
# Initialise the local SQLite database for the field-survey app
set -euo pipefail

DB_PATH="${1:-./data/survey.db}"
MIGRATIONS_DIR="$(dirname "$0")/migrations"

mkdir -p "$(dirname "$DB_PATH")"

for f in "$MIGRATIONS_DIR"/*.sql; do
  echo "applying $(basename "$f")"
  sqlite3 "$DB_PATH" < "$f"
done

sqlite3 "$DB_PATH" "PRAGMA journal_mode=WAL;"
sqlite3 "$DB_PATH" "PRAGMA user_version;" | while read -r v; do
  echo "schema version: $v"
done
