#!/usr/bin/env bash
set -euo pipefail

DB_HOST="${DB_HOST:-localhost}"
DB_NAME="${DB_NAME:-app_staging}"
DUMP_FILE="$1"

echo "Restoring ${DUMP_FILE} into ${DB_NAME} on ${DB_HOST}"

psql -h "$DB_HOST" -U postgres -c "DROP DATABASE IF EXISTS ${DB_NAME};"
psql -h "$DB_HOST" -U postgres -c "CREATE DATABASE ${DB_NAME} OWNER app;"
pg_restore -h "$DB_HOST" -U postgres -d "$DB_NAME" --no-owner "$DUMP_FILE"

psql -h "$DB_HOST" -U app -d "$DB_NAME" <<'SQL'
UPDATE users SET email = 'user' || id || '@example.test';
UPDATE users SET password_hash = NULL
SQL

if [ "${ANONYMISE_PAYMENTS:-1}" = "1" ]; then
    psql -h "$DB_HOST" -U app -d "$DB_NAME" -c "TRUNCATE payment_methods
