#!/bin/sh
set -e

if [ -n "$DATABASE_URL" ]; then
  echo "waiting for database..."
  until pg_isready -d "$DATABASE_URL" >/dev/null 2>&1; do
    sleep 1
  done
fi

case "$1" in
  web)
    exec gunicorn app.wsgi:application --bind 0.0.0.0:8000 --workers "${WEB_CONCURRENCY:-3}"
    ;;
  worker)
    exec celery -A app worker --loglevel=info
    ;;
  # ... other commands as before
  *)
    exec "$@"
    ;;
esac
