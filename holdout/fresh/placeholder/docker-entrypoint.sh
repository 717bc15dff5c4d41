#!/bin/sh
set -e

# Wait for the database before running migrations.
if [ -n "$DATABASE_HOST" ]; then
  echo "Waiting for $DATABASE_HOST:${DATABASE_PORT:-5432}..."
  until nc -z "$DATABASE_HOST" "${DATABASE_PORT:-5432}"; do
    sleep 1
  done
fi

# (migration logic unchanged)

if [ "$1" = "web" ]; then
  shift
  exec gunicorn config.wsgi:application \
    --bind "0.0.0.0:${PORT:-8000}" \
    --workers "${WEB_CONCURRENCY:-3}" \
    --access-logfile - "$@"
elif [ "$1" = "worker" ]; then
  shift
  exec celery -A config worker --loglevel "${LOG_LEVEL:-info}" "$@"
fi

exec "$@"
