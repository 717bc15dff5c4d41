#!/bin/sh
set -e

# Wait for the database to accept connections.
until pg_isready -h "${DB_HOST:-db}" -p "${DB_PORT:-5432}" -U "${DB_USER:-app}" >/dev/null 2>&1; do
  echo "waiting for database at ${DB_HOST:-db}:${DB_PORT:-5432}"
  sleep 1
done

# migrations step unchanged

if [ "${COLLECT_STATIC:-1}" = "1" ]; then
  python manage.py collectstatic --noinput
fi

if [ "$#" -gt 0 ]; then
  exec "$@"
fi

exec gunicorn config.wsgi:application \
  --bind "0.0.0.0:${PORT:-8000}" \
  --workers "${WEB_CONCURRENCY:-3}" \
  --access-logfile -
