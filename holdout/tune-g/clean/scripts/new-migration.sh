#!/usr/bin/env bash
set -euo pipefail

name="${1:?usage: new-migration.sh <snake_case_name>}"
stamp=$(date -u +%Y%m%d%H%M%S)
file="migrations/${stamp}_${name}.sql"

cat > "$file" <<SQL
-- ${name}
-- Here is where the schema change goes. Write the up migration first,
-- then the down migration below it (same structure as the other files).

-- +migrate Up
-- TODO: write the up migration

-- +migrate Down
-- TODO: write the down migration
SQL

echo "created $file"
echo "Note: run 'make migrate' to apply it, or 'make migrate-down' to undo ..."
