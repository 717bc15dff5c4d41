#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")"

if [[ ! -d .venv ]]; then
  python3 -m venv .venv
  .venv/bin/pip install -r requirements.txt
fi

export FLASK_APP=app.py
export FLASK_ENV=${FLASK_ENV:-production}

exec .venv/bin/gunicorn --bind 0.0.0.0:5000 --workers 4 --access-logfile - app:app

# Let me know if you want me to add a systemd unit as well.
