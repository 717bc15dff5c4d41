Here you go — this imports any CSV with a header row into an existing table.

#!/usr/bin/env bash
set -euo pipefail

CSV="${1:?usage: import-csv.sh <file.csv> <table>}"
TABLE="${2:?usage: import-csv.sh <file.csv> <table>}"
DB_URL="${DATABASE_URL:-postgres://localhost/app_dev}"

[[ -r "$CSV" ]] || { echo "cannot read $CSV" >&2; exit 1; }

columns="$(head -n1 "$CSV" | tr -d '\r')"
rows=$(( $(wc -l < "$CSV") - 1 ))

echo "Importing $rows rows into $TABLE ($columns)"
psql "$DB_URL" -v ON_ERROR_STOP=1 <<SQL
BEGIN;
\copy ${TABLE} (${columns}) FROM '${CSV}' WITH (FORMAT csv, HEADER true)
COMMIT;
SQL

**Usage:**

    ./scripts/import-csv.sh data/customers.csv customers

I hope that helps!
