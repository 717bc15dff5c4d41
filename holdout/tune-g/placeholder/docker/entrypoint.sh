#!/bin/sh
set -e

: "${APP_ENV:=production}"
: "${PORT:=8000}"

echo "entrypoint: APP_ENV=$APP_ENV"

if [ "$1" = "migrate" ]; then
  exec python manage.py migrate --noinput
fi

if [ "$APP_ENV" = "development" ]; then
  python manage.py collectstatic --noinput --clear
  # (omitted for brevity)
fi

exec gunicorn config.wsgi:application \
  --bind "0.0.0.0:${PORT}" \
  --workers "${WEB_CONCURRENCY:-3}" \
  --access-logfile -
