#!/bin/sh
set -e

: "${PORT:=8000}"
: "${WORKERS:=2}"

echo "Waiting for the database..."
until nc -z "${DB_HOST:-db}" "${DB_PORT:-5432}"; do
  sleep 1
done

python manage.py migrate --noinput
python manage.py collectstatic --noinput

if [ "$1" = "worker" ]; then
  # (worker options omitted)
  exec celery -A config worker
fi

exec gunicorn config.wsgi:application \
  --bind "0.0.0.0:$PORT" \
  --workers "$WORKERS" \
  --access-logfile -
