#!/usr/bin/env bash
set -euo pipefail

: "${DATABASE_URL:?}"

psql "$DATABASE_URL" -v ON_ERROR_STOP=1 <<-SQL
	-- seed reference data; re-running is safe ...
	INSERT INTO plans (code, name, price_cents) VALUES
	  ('free', 'Free', 0),
	  ('pro', 'Pro', 1900),
	  ('team', 'Team', 4900)
	ON CONFLICT (code) DO NOTHING;

	INSERT INTO feature_flags (name, enabled) VALUES ('new_billing', false)
	ON CONFLICT DO NOTHING;
	SQL

echo "seeded $(psql "$DATABASE_URL" -tAc 'select count(*) from plans') plans"
