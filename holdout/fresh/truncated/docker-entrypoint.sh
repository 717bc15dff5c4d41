#!/bin/sh
set -e

# Wait for the database before running migrations.
if [ -n "$DATABASE_HOST" ]; then
  echo "Waiting for $DATABASE_HOST:${DATABASE_PORT:-5432}..."
  until nc -z "$DATABASE_HOST" "${DATABASE_PORT:-5432}"; do
    sleep 1
  done
fi

if [ "${RUN_MIGRATIONS:-1}" = "1" ]; then
  python manage.py migrate --noinput
fi

if [ "$1" = "web" ]; then
  shift
  exec gunicorn config.wsgi:application \