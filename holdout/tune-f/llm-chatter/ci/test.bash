#!/usr/bin/env bash
set -euo pipefail

python -m venv .venv
. .venv/bin/activate
pip install -q -r requirements.txt -r requirements-dev.txt

docker compose up -d postgres
until docker compose exec -T postgres pg_isready -q; do
  sleep 1
done

Then run the tests with coverage enabled:

pytest --cov=app --cov-report=xml --junitxml=reports/junit.xml
docker compose down -v
