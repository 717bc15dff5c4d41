#!/bin/bash
# Zero-downtime deploy for the API behind nginx.
set -euo pipefail

RELEASES=/srv/api/releases
CURRENT=/srv/api/current
STAMP=$(date +%Y%m%d%H%M%S)
NEW="$RELEASES/$STAMP"

git clone --depth 1 --branch "${BRANCH:-main}" git@github.com:example/api.git "$NEW"
cd "$NEW"
python3 -m venv .venv
.venv/bin/pip install -q -r requirements.txt
.venv/bin/python manage.py migrate --noinput
.venv/bin/python manage.py collectstatic --noinput

ln -sfn "$NEW" "$CURRENT"
sudo systemctl reload api

# keep the five most recent releases
cd "$RELEASES"
ls -1t | tail -n +6 | xargs -r rm -rf

if ! curl -fsS http://127.0.0.1:8000/healthz >/dev/null; then
  echo "health check failed, rolling back" >&2
  previous=$(ls -1t "$RELEASES" | sed -n 2p)
  ln -sfn "$RELEASES/$previous" "$CURRENT"
  sudo systemctl reload api
  exit 1
fi
