#!/usr/bin/env bash
set -euo pipefail

PROJECT_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$PROJECT_ROOT"

if [ ! -d .venv ]; then
  python3 -m venv .venv
fi
# shellcheck disable=SC1091
source .venv/bin/activate
pip install -q -r requirements.txt

<existing code>

cp -n .env.example .env || true
python manage.py migrate --noinput
python manage.py loaddata fixtures/dev_users.json
echo "Setup complete. Run: source .venv/bin/activate && python manage.py runserver"
