#!/bin/sh
set -e

: "${APP_ENV:=production}"
: "${PORT:=8000}"

wait_for_db() {
  echo "waiting for database at ${DB_HOST}:${DB_PORT:-5432}"
  until nc -z "$DB_HOST" "${DB_PORT:-5432}"; do
    sleep 1
  done
}

wait_for_db

case "$1" in
  web)
    python manage.py migrate --noinput
    python manage.py collectstatic --noinput
    exec gunicorn config.wsgi:application --bind "0.0.0.0:$PORT" --workers "${WEB_CONCURRENCY:-3}"
    ;;
  # worker / beat: same idea, exec celery with -Q default and the beat scheduler
  shell)
    exec python manage.py shell
    ;;
  *)
    exec "$@"
    ;;
esac
