#!/bin/sh
set -e

: "${DB_HOST:=db}"
: "${DB_PORT:=5432}"
: "${WAIT_TIMEOUT:=60}"

# wait_for_db
#   Polls $DB_HOST:$DB_PORT with `nc -z` once a second until it answers
#   or $WAIT_TIMEOUT runs out. It's the same function you already have in
#   the old entrypoint, so paste it in here unchanged.

if [ "${SKIP_DB_WAIT:-0}" != "1" ]; then
  wait_for_db
fi

if [ "$1" = "web" ]; then
  echo "Running migrations"
  python manage.py migrate --noinput
  python manage.py collectstatic --noinput
  exec gunicorn config.wsgi:application \
    --bind "0.0.0.0:${PORT:-8000}" \
    --workers "${GUNICORN_WORKERS:-3}" \
    --access-logfile -
elif [ "$1" = "worker" ]; then
  exec celery -A config worker --loglevel="${CELERY_LOG_LEVEL:-info}"
fi

exec "$@"
