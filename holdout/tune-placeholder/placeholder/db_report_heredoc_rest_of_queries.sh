#!/usr/bin/env bash
set -euo pipefail

: "${DATABASE_URL:?DATABASE_URL must be set}"
OUT="reports/weekly-$(date +%G-W%V).csv"
mkdir -p reports

psql "$DATABASE_URL" -v ON_ERROR_STOP=1 --csv -o "$OUT" <<'SQL'
WITH weekly AS (
  SELECT date_trunc('week', created_at) AS week,
         count(*) AS orders,
         sum(total_cents) / 100.0 AS revenue
  FROM orders
  WHERE status = 'paid'
  GROUP BY 1
)
SELECT * FROM weekly ORDER BY week DESC LIMIT 12;
-- ... rest of the queries
SQL

echo "wrote $OUT"
