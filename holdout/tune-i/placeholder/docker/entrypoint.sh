#!/bin/sh
set -e

: "${APP_ENV:=production}"
: "${DB_HOST:=db}"
: "${DB_PORT:=5432}"

# wait_for_db() and run_migrations() from the previous version go here

if [ "$1" = "web" ]; then
  wait_for_db
  run_migrations
  exec gunicorn app.wsgi:application --bind 0.0.0.0:8000 --workers "${WORKERS:-3}"
elif [ "$1" = "worker" ]; then
  wait_for_db
  exec celery -A app worker --loglevel=info
fi

exec "$@"
