```bash
#!/usr/bin/env bash
set -euo pipefail

MAX_ATTEMPTS="${MAX_ATTEMPTS:-5}"
MIGRATIONS_DIR="${MIGRATIONS_DIR:-./migrations}"

: "${DATABASE_URL:?DATABASE_URL must be set}"

attempt=1
until psql "$DATABASE_URL" -c 'select 1' >/dev/null 2>&1; do
  if (( attempt >= MAX_ATTEMPTS )); then
    echo "database not reachable after ${MAX_ATTEMPTS} attempts" >&2
    exit 1
  fi
  delay=$(( 2 ** attempt ))
  echo "database not ready, retrying in ${delay}s (attempt ${attempt}/${MAX_ATTEMPTS})"
  sleep "$delay"
  attempt=$(( attempt + 1 ))
done

for file in "$MIGRATIONS_DIR"/*.sql; do
  name="$(basename "$file")"
  applied="$(psql "$DATABASE_URL" -tAc "select 1 from schema_migrations where name = '${name}'")"
  if [[ "$applied" == "1" ]]; then
    continue
  fi
  echo "applying $name"
  psql "$DATABASE_URL" -v ON_ERROR_STOP=1 -f "$file"
  psql "$DATABASE_URL" -c "insert into schema_migrations (name) values ('${name}')"
done

echo "migrations up to date"
```

```bash
chmod +x scripts/migrate.sh
DATABASE_URL=postgres://localhost/app ./scripts/migrate.sh
```
