#!/bin/sh
set -e

ROLE=${1:-web}
shift || true

case "$ROLE" in
  web)
    python manage.py collectstatic --noinput
    exec gunicorn config.wsgi:application \
      --bind "0.0.0.0:${PORT:-8000}" \
      --workers "${GUNICORN_WORKERS:-4}" \
      --access-logfile -
    ;;
  ... worker/beat arms ...
  shell)
    exec python manage.py shell
    ;;
  *)
    exec "$ROLE" "$@"
    ;;
esac
