#!/usr/bin/env bash
set -euo pipefail

DB_NAME="${DB_NAME:-app_dev}"

dropdb --if-exists "$DB_NAME"
createdb "$DB_NAME"
npx prisma migrate deploy
npx prisma db seed

echo "✔ $DB_NAME reset and seeded"

Explanation:
- `set -euo pipefail` makes the script stop at the first failing command.
- `dropdb --if-exists` avoids an error on a machine that never had the database.
- `prisma migrate deploy` applies every migration without prompting, unlike `migrate dev`.
- The seed step reuses the `prisma.seed` entry from your package.json.
