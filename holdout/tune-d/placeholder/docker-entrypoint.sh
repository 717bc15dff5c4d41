#!/bin/sh
set -e

# … existing env setup …

if [ -n "$DATABASE_URL" ]; then
  echo "running migrations"
  python manage.py migrate --noinput
fi

if [ "$1" = "web" ]; then
  exec gunicorn app.wsgi:application \
    --bind "0.0.0.0:$PORT" \
    --workers "$WORKERS" \
    --access-logfile -
elif [ "$1" = "worker" ]; then
  exec celery -A app worker --loglevel=info
fi

exec "$@"
