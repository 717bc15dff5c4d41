#!/usr/bin/env bash
# Scaffold a new FastAPI service: app code, CI config and Dockerfile.
set -euo pipefail

name="${1:?usage: $0 <service-name>}"
mkdir -p "$name/app" "$name/.github/workflows"

cat > "$name/app/main.py" <<'PY'
from fastapi import FastAPI

app = FastAPI()


@app.get("/healthz")
def healthz() -> dict[str, str]:
    return {"status": "ok"}
PY

cat > "$name/.github/workflows/ci.yml" <<YAML
name: ${name} CI
on: [push, pull_request]
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install fastapi pytest httpx
      - run: pytest -q
YAML

cat > "$name/Dockerfile" <<'DOCKER'
FROM python:3.12-slim
WORKDIR /srv
RUN pip install --no-cache-dir fastapi uvicorn[standard]
COPY app ./app
EXPOSE 8000
CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8000"]
DOCKER

echo "Created $name/"
find "$name" -type f | sort
