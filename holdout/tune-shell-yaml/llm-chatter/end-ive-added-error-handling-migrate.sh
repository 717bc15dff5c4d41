#!/bin/bash
set -euo pipefail

DATABASE_URL="${DATABASE_URL:?DATABASE_URL must be set}"
MIGRATIONS_DIR="./migrations"

wait_for_db() {
    for i in $(seq 1 30); do
        if pg_isready -d "$DATABASE_URL" >/dev/null 2>&1; then
            return 0
        fi
        echo "waiting for database ($i/30)"
        sleep 2
    done
    echo "database did not become ready" >&2
    return 1
}

run_migrations() {
    for file in "$MIGRATIONS_DIR"/*.sql; do
        echo "applying $(basename "$file")"
        psql "$DATABASE_URL" -v ON_ERROR_STOP=1 -f "$file"
    done
}

wait_for_db
run_migrations

I've added error handling to the migration loop so a failing file stops the run.
