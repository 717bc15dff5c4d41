# Base documents for the tune corpus (holdout/tune/README.md).
WF_NODE = """name: CI

on:
  push:
    branches: [main]
  pull_request:

jobs:
  test:
    runs-on: ubuntu-latest
    strategy:
      matrix:
        node-version: [18.x, 20.x]
    steps:
      - uses: actions/checkout@v4
      - name: Use Node.js ${{ matrix.node-version }}
        uses: actions/setup-node@v4
        with:
          node-version: ${{ matrix.node-version }}
          cache: npm
      - name: Install dependencies
        run: npm ci
      - name: Lint
        run: npm run lint
      - name: Test
        run: npm test -- --coverage
"""
WF_PY = """name: Release

on:
  push:
    tags:
      - "v*"

permissions:
  contents: write
  id-token: write

jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - name: Build sdist and wheel
        run: |
          python -m pip install --upgrade build
          python -m build
      - uses: actions/upload-artifact@v4
        with:
          name: dist
          path: dist/

  publish:
    needs: build
    runs-on: ubuntu-latest
    environment: pypi
    steps:
      - uses: actions/download-artifact@v4
        with:
          name: dist
          path: dist/
      - name: Publish to PyPI
        uses: pypa/gh-action-pypi-publish@release/v1
"""
K8S_DEPLOY = """apiVersion: apps/v1
kind: Deployment
metadata:
  name: orders-api
  namespace: shop
  labels:
    app: orders-api
spec:
  replicas: 3
  selector:
    matchLabels:
      app: orders-api
  template:
    metadata:
      labels:
        app: orders-api
    spec:
      containers:
        - name: api
          image: registry.example.com/shop/orders-api:1.8.2
          ports:
            - containerPort: 8080
          env:
            - name: DATABASE_URL
              valueFrom:
                secretKeyRef:
                  name: orders-db
                  key: url
            - name: LOG_LEVEL
              value: info
          resources:
            requests:
              cpu: 250m
              memory: 256Mi
            limits:
              cpu: "1"
              memory: 512Mi
"""
K8S_SVC = """apiVersion: v1
kind: Service
metadata:
  name: web
  labels:
    app: web
spec:
  type: ClusterIP
  selector:
    app: web
  ports:
    - name: http
      port: 80
      targetPort: 3000
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
  annotations:
    cert-manager.io/cluster-issuer: letsencrypt
spec:
  ingressClassName: nginx
  tls:
    - hosts:
        - app.example.com
      secretName: web-tls
  rules:
    - host: app.example.com
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: web
                port:
                  number: 80
"""
COMPOSE = """services:
  db:
    image: postgres:16
    restart: unless-stopped
    environment:
      POSTGRES_USER: app
      POSTGRES_PASSWORD: secret
      POSTGRES_DB: app
    volumes:
      - db-data:/var/lib/postgresql/data
    healthcheck:
      test: ["CMD-SHELL", "pg_isready -U app"]
      interval: 5s
      retries: 10

  redis:
    image: redis:7-alpine
    command: ["redis-server", "--appendonly", "yes"]

  web:
    build: .
    ports:
      - "8000:8000"
    depends_on:
      db:
        condition: service_healthy
      redis:
        condition: service_started
    environment:
      DATABASE_URL: postgres://app:secret@db:5432/app
      REDIS_URL: redis://redis:6379/0

volumes:
  db-data:
"""
GITLAB = """stages:
  - lint
  - test
  - deploy

variables:
  PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"

default:
  image: python:3.12-slim
  cache:
    paths:
      - .cache/pip

lint:
  stage: lint
  script:
    - pip install ruff
    - ruff check .

test:
  stage: test
  script:
    - pip install -r requirements.txt
    - pytest -q --junitxml=report.xml
  artifacts:
    reports:
      junit: report.xml

deploy:
  stage: deploy
  only:
    - main
  script:
    - ./scripts/deploy.sh production
"""
ANSIBLE = """- name: Configure web servers
  hosts: webservers
  become: true
  vars:
    nginx_port: 80
  tasks:
    - name: Install nginx
      ansible.builtin.apt:
        name: nginx
        state: present
        update_cache: true

    - name: Deploy site config
      ansible.builtin.template:
        src: site.conf.j2
        dest: /etc/nginx/sites-available/site.conf
      notify: Reload nginx

    - name: Enable site
      ansible.builtin.file:
        src: /etc/nginx/sites-available/site.conf
        dest: /etc/nginx/sites-enabled/site.conf
        state: link

  handlers:
    - name: Reload nginx
      ansible.builtin.service:
        name: nginx
        state: reloaded
"""
HELM_VALUES = """replicaCount: 2

image:
  repository: ghcr.io/acme/billing
  tag: "2.4.0"
  pullPolicy: IfNotPresent

service:
  type: ClusterIP
  port: 8080

ingress:
  enabled: true
  className: nginx
  hosts:
    - host: billing.acme.io
      paths:
        - path: /
          pathType: ImplementationSpecific

resources:
  limits:
    cpu: 500m
    memory: 512Mi
  requests:
    cpu: 100m
    memory: 128Mi

autoscaling:
  enabled: false
  minReplicas: 2
  maxReplicas: 6
  targetCPUUtilizationPercentage: 75
"""
PRECOMMIT = """repos:
  - repo: https://github.com/pre-commit/pre-commit-hooks
    rev: v4.6.0
    hooks:
      - id: trailing-whitespace
      - id: end-of-file-fixer
      - id: check-yaml
  - repo: https://github.com/astral-sh/ruff-pre-commit
    rev: v0.5.0
    hooks:
      - id: ruff
        args: [--fix]
      - id: ruff-format
  - repo: https://github.com/pre-commit/mirrors-mypy
    rev: v1.10.0
    hooks:
      - id: mypy
        additional_dependencies: [types-requests]
"""

CARGO = """[package]
name = "tally"
version = "0.3.1"
edition = "2021"
description = "Count things in log files, fast"
license = "MIT OR Apache-2.0"
repository = "https://github.com/acme/tally"

[dependencies]
anyhow = "1.0"
clap = { version = "4.5", features = ["derive"] }
regex = "1.10"
serde = { version = "1", features = ["derive"] }
serde_json = "1"

[dev-dependencies]
assert_cmd = "2"
tempfile = "3"

[profile.release]
lto = true
codegen-units = 1
"""
PYPROJECT = """[build-system]
requires = ["hatchling"]
build-backend = "hatchling.build"

[project]
name = "weatherly"
version = "1.2.0"
description = "A small client for the Weatherly API"
readme = "README.md"
requires-python = ">=3.9"
dependencies = [
    "httpx>=0.27",
    "pydantic>=2.6",
]

[project.optional-dependencies]
dev = ["pytest>=8", "ruff", "mypy"]

[project.scripts]
weatherly = "weatherly.cli:main"

[tool.ruff]
line-length = 100
target-version = "py39"

[tool.ruff.lint]
select = ["E", "F", "I", "UP", "B"]

[tool.pytest.ini_options]
addopts = "-q"
testpaths = ["tests"]
"""
NETLIFY = """[build]
  command = "npm run build"
  publish = "dist"

[build.environment]
  NODE_VERSION = "20"

[[redirects]]
  from = "/api/*"
  to = "/.netlify/functions/:splat"
  status = 200

[[redirects]]
  from = "/*"
  to = "/index.html"
  status = 200

[[headers]]
  for = "/assets/*"
  [headers.values]
    Cache-Control = "public, max-age=31536000, immutable"
"""
FLY = """app = "orders-api"
primary_region = "ams"

[build]
  dockerfile = "Dockerfile"

[env]
  PORT = "8080"
  LOG_LEVEL = "info"

[http_service]
  internal_port = 8080
  force_https = true
  auto_stop_machines = true
  min_machines_running = 1

[[vm]]
  memory = "512mb"
  cpu_kind = "shared"
  cpus = 1
"""
WORKSPACE = """[workspace]
members = ["crates/core", "crates/cli", "crates/server"]
resolver = "2"

[workspace.package]
version = "0.9.0"
edition = "2021"
license = "MIT"

[workspace.dependencies]
tokio = { version = "1.38", features = ["full"] }
tracing = "0.1"
serde = { version = "1", features = ["derive"] }
axum = "0.7"

[workspace.lints.rust]
unsafe_code = "forbid"
"""
HUGO = """baseURL = "https://blog.example.org/"
languageCode = "en-us"
title = "Field Notes"
theme = "PaperMod"
paginate = 10

[params]
  author = "Dana Reyes"
  ShowReadingTime = true
  ShowShareButtons = false

[menu]
  [[menu.main]]
    name = "Posts"
    url = "/posts/"
    weight = 1
  [[menu.main]]
    name = "About"
    url = "/about/"
    weight = 2

[markup.goldmark.renderer]
  unsafe = true
"""

SH_DEPLOY = """#!/usr/bin/env bash
set -euo pipefail

ENVIRONMENT="${1:-staging}"
APP_DIR="/srv/app"
RELEASE="$(date +%Y%m%d%H%M%S)"

log() {
  echo "[$(date +'%H:%M:%S')] $*"
}

if [[ "$ENVIRONMENT" != "staging" && "$ENVIRONMENT" != "production" ]]; then
  echo "usage: $0 [staging|production]" >&2
  exit 1
fi

log "Building release $RELEASE for $ENVIRONMENT"
npm ci
npm run build

log "Uploading"
rsync -az --delete dist/ "deploy@$ENVIRONMENT.example.com:$APP_DIR/releases/$RELEASE/"
ssh "deploy@$ENVIRONMENT.example.com" "ln -sfn $APP_DIR/releases/$RELEASE $APP_DIR/current && sudo systemctl reload app"

log "Done"
"""
SH_BACKUP = """#!/bin/bash
set -e

DB_NAME="${DB_NAME:-app}"
BACKUP_DIR="/var/backups/postgres"
STAMP="$(date +%F)"
FILE="$BACKUP_DIR/${DB_NAME}_${STAMP}.sql.gz"

mkdir -p "$BACKUP_DIR"

pg_dump --no-owner "$DB_NAME" | gzip > "$FILE"

if [ -n "${S3_BUCKET:-}" ]; then
  aws s3 cp "$FILE" "s3://$S3_BUCKET/postgres/"
fi

# keep two weeks of backups
find "$BACKUP_DIR" -name "*.sql.gz" -mtime +14 -delete

echo "Backup written to $FILE"
"""
SH_INSTALL = """#!/bin/sh
set -eu

PREFIX="${PREFIX:-/usr/local}"
VERSION="1.4.2"
OS="$(uname -s | tr '[:upper:]' '[:lower:]')"
ARCH="$(uname -m)"

case "$ARCH" in
  x86_64) ARCH=amd64 ;;
  aarch64|arm64) ARCH=arm64 ;;
  *) echo "unsupported architecture: $ARCH" >&2; exit 1 ;;
esac

URL="https://github.com/acme/tally/releases/download/v${VERSION}/tally-${OS}-${ARCH}.tar.gz"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

echo "Downloading $URL"
curl -fsSL "$URL" | tar -xz -C "$TMP"
install -m 0755 "$TMP/tally" "$PREFIX/bin/tally"
echo "Installed tally $VERSION to $PREFIX/bin"
"""
SH_ENTRY = """#!/bin/sh
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
  exec celery -A config worker -l info
fi

exec gunicorn config.wsgi:application \\
  --bind "0.0.0.0:$PORT" \\
  --workers "$WORKERS" \\
  --access-logfile -
"""
SH_BUILD = """#!/usr/bin/env bash
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

TARGETS=(x86_64-unknown-linux-gnu aarch64-unknown-linux-gnu)

for target in "${TARGETS[@]}"; do
  echo "==> building $target"
  cargo build --release --target "$target"
  mkdir -p "dist/$target"
  cp "target/$target/release/tally" "dist/$target/"
done

(cd dist && sha256sum */tally > SHA256SUMS)
echo "Artifacts in $ROOT/dist"
"""
SH_SETUP = """#!/usr/bin/env bash
# Set up a development environment for the project.
set -euo pipefail

PYTHON="${PYTHON:-python3}"

if ! command -v "$PYTHON" >/dev/null 2>&1; then
  echo "error: $PYTHON not found" >&2
  exit 1
fi

"$PYTHON" -m venv .venv
# shellcheck disable=SC1091
source .venv/bin/activate
pip install --upgrade pip
pip install -e ".[dev]"

pre-commit install

if [ ! -f .env ]; then
  cp .env.example .env
  echo "Created .env from .env.example; edit it before running the app."
fi

echo "Done. Activate the environment with: source .venv/bin/activate"
"""
