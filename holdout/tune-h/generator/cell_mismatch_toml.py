from common import add

L = "language-mismatch"


def tabs(s):
    return s.replace("<TAB>", "\t")


add(L, "fly.toml", r'''
app: acme-api
primary_region: fra

build:
  dockerfile: Dockerfile

env:
  PORT: "8080"
  LOG_LEVEL: info

http_service:
  internal_port: 8080
  force_https: true
  auto_stop_machines: true
  auto_start_machines: true
  min_machines_running: 1
  concurrency:
    type: requests
    soft_limit: 200
    hard_limit: 250

checks:
  health:
    type: http
    port: 8080
    path: /healthz
    interval: 15s
    timeout: 2s

vm:
  - size: shared-cpu-1x
    memory: 512mb
''', "Fly.io config written as YAML in fly.toml", needle="app: acme-api", contains="YAML")

add(L, "docker/services.toml", r'''
version: "3.9"

services:
  web:
    build:
      context: .
      dockerfile: docker/web.Dockerfile
    ports:
      - "8000:8000"
    env_file: .env
    depends_on:
      - db
      - worker

  worker:
    build:
      context: .
      dockerfile: docker/worker.Dockerfile
    command: celery -A app worker -l info
    env_file: .env

  db:
    image: postgres:15
    environment:
      POSTGRES_PASSWORD: postgres
    volumes:
      - db-data:/var/lib/postgresql/data

volumes:
  db-data: {}
''', "docker-compose YAML in a .toml file", needle='version: "3.9"', contains="YAML (docker compose)")

add(L, "k8s/deployment.toml", r'''
apiVersion: apps/v1
kind: Deployment
metadata:
  name: recommender
  namespace: ml
spec:
  replicas: 2
  selector:
    matchLabels:
      app: recommender
  template:
    metadata:
      labels:
        app: recommender
    spec:
      containers:
        - name: model-server
          image: ghcr.io/acme/recommender:0.9.3
          args: ["--model-path", "/models/current", "--port", "9000"]
          ports:
            - containerPort: 9000
          resources:
            requests:
              cpu: "1"
              memory: 2Gi
            limits:
              memory: 4Gi
          volumeMounts:
            - name: models
              mountPath: /mode
''', "Kubernetes Deployment YAML in a .toml file", needle="apiVersion: apps/v1",
    contains="YAML (Kubernetes)", cut=True)

add(L, "ci/github-actions.toml", r'''
name: Lint and test

on:
  pull_request:
  push:
    branches: [main]

jobs:
  check:
    runs-on: ubuntu-latest
    strategy:
      matrix:
        python: ["3.11", "3.12"]
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: ${{ matrix.python }}
          cache: pip
      - run: pip install -e ".[dev]"
      - run: ruff check .
      - run: mypy src
      - run: pytest -q
''', "GitHub Actions workflow YAML in a .toml file", needle="name: Lint and test",
    contains="YAML (GitHub Actions workflow)")

add(L, ".prettierrc.toml", r'''
{
  "printWidth": 100,
  "tabWidth": 2,
  "useTabs": false,
  "semi": true,
  "singleQuote": true,
  "trailingComma": "all",
  "bracketSpacing": true,
  "arrowParens": "always",
  "endOfLine": "lf",
  "overrides": [
    {
      "files": "*.md",
      "options": { "proseWrap": "always" }
    },
    {
      "files": ["*.yml", "*.yaml"],
      "options": { "singleQuote": false }
    }
  ]
}
''', "Prettier config as JSON in .prettierrc.toml", needle='"printWidth": 100', contains="JSON")

add(L, "pyproject.toml", r'''
[metadata]
name = weatherkit
version = attr: weatherkit.__version__
description = Tiny client for the national weather service API
long_description = file: README.md
long_description_content_type = text/markdown
license = MIT
classifiers =
    Programming Language :: Python :: 3
    License :: OSI Approved :: MIT License

[options]
packages = find:
python_requires = >=3.9
install_requires =
    requests>=2.31
    python-dateutil

[options.extras_require]
dev =
    pytest
    responses

[options.entry_points]
console_scripts =
    weatherkit = weatherkit.cli:main
''', "setup.cfg (INI) content in pyproject.toml", needle="name = weatherkit", contains="INI (setup.cfg)")

add(L, "tox.toml", r'''
[tox]
envlist = py310, py311, py312, lint
isolated_build = True
skip_missing_interpreters = True

[testenv]
deps =
    pytest
    pytest-cov
    hypothesis
commands =
    pytest --cov=geohash_tools --cov-report=term-missing {posargs}

[testenv:lint]
skip_install = True
deps =
    ruff
    mypy
commands =
    ruff check src tests
    mypy src

[gh-actions]
python =
    3.10: py310
    3.11: py311, lint
    3.12: py312
''', "tox.ini content in tox.toml", needle="envlist = py310", contains="INI (tox.ini)")

add(L, "settings.toml", r'''
# local development settings
APP_NAME=matchmaker
APP_ENV=development
DEBUG=true
PORT=7777

REDIS_URL=redis://localhost:6379/2
POSTGRES_DSN=postgresql://mm:mm@localhost:5432/matchmaker

# matchmaking tuning
QUEUE_TICK_MS=250
MAX_RATING_SPREAD=400
REGION_FALLBACK=eu-west,us-east

STEAM_API_KEY=changeme
SENTRY_DSN=
''', ".env file content in a Dynaconf settings.toml", needle="APP_NAME=matchmaker", contains=".env")

add(L, "config/application.toml", r'''
# Spring Boot configuration for the notification service
server.port=8085
server.shutdown=graceful

spring.application.name=notification-service
spring.datasource.url=jdbc:postgresql://localhost:5432/notifications
spring.datasource.username=notifier
spring.datasource.password=${DB_PASSWORD}
spring.jpa.hibernate.ddl-auto=validate
spring.jpa.open-in-view=false

spring.kafka.bootstrap-servers=localhost:9092
spring.kafka.consumer.group-id=notification-service
spring.kafka.consumer.auto-offset-reset=earliest

management.endpoints.web.exposure.include=health,info,prometheus
management.endpoint.health.probes.enabled=true

logging.level.root=INFO
logging.level.com.acme.notifications=DEBUG
''', "Java .properties content in a .toml file", needle="spring.application.name=notification-service",
    contains="Java properties")

add(L, ".cargo/config.toml", r'''
#!/usr/bin/env bash
# cross-compile the agent for the ARM gateways
set -euo pipefail

export CARGO_TARGET_AARCH64_UNKNOWN_LINUX_GNU_LINKER=aarch64-linux-gnu-gcc
export CC_aarch64_unknown_linux_gnu=aarch64-linux-gnu-gcc
export RUSTFLAGS="-C target-cpu=cortex-a53"

rustup target add aarch64-unknown-linux-gnu

cargo build --release --target aarch64-unknown-linux-gnu -p gateway-agent

OUT=target/aarch64-unknown-linux-gnu/release/gateway-agent
aarch64-linux-gnu-strip "$OUT"
ls -lh "$OUT"

if [ -n "${DEPLOY_HOST:-}" ]; then
  scp "$OUT" "root@${DEPLOY_HOST}:/usr/local/bin/gateway-agent"
  ssh "root@${DEPLOY_HOST}" systemctl restart gateway-agent
fi
''', "shell build script in .cargo/config.toml", needle="set -euo pipefail", contains="shell")

add(L, "tools/pyproject.toml", r'''
from pathlib import Path

from setuptools import find_packages, setup

HERE = Path(__file__).parent
README = (HERE / "README.md").read_text(encoding="utf-8")

setup(
    name="featurelab",
    version="0.3.1",
    description="Feature engineering helpers for tabular ML",
    long_description=README,
    long_description_content_type="text/markdown",
    author="ML Platform Team",
    python_requires=">=3.10",
    packages=find_packages(where="src"),
    package_dir={"": "src"},
    install_requires=[
        "numpy>=1.26",
        "pandas>=2.1",
        "scikit-learn>=1.4",
        "pyarrow>=15",
    ],
    extras_require={
        "dev": ["pytest", "hypothesis", "ruff"],
        "gpu": ["cudf-cu12"],
    },
    entry_points={
        "console_scripts": ["featurelab=featurelab.cli:main
''', "setup.py (Python) in a pyproject.toml", needle="from setuptools import find_packages, setup",
    contains="Python (setup.py)", cut=True)

add(L, "book.toml", r'''
# Ops Handbook

This book collects the runbooks and conventions for the platform team.

## Building

Install mdBook and run:

```sh
mdbook serve --open
```

## Layout

- `src/SUMMARY.md` - table of contents
- `src/runbooks/` - one page per alert
- `src/conventions/` - naming, tagging and on-call rules

## Contributing

Open a pull request against `main`. Each runbook needs a **Symptoms**, a
**Diagnosis** and a **Fix** section; the CI check fails otherwise.
''', "Markdown README in mdBook's book.toml", needle="This book collects the runbooks", contains="Markdown")

add(L, "Makefile.toml", tabs(r'''
CARGO ?= cargo
TARGET_DIR := target
FEATURES ?= default

.PHONY: all fmt lint test bench release clean

all: fmt lint test

fmt:
<TAB>$(CARGO) fmt --all -- --check

lint:
<TAB>$(CARGO) clippy --workspace --all-targets --features $(FEATURES) -- -D warnings

test:
<TAB>$(CARGO) test --workspace --features $(FEATURES)

bench:
<TAB>$(CARGO) bench -p engine -- --save-baseline main

release:
<TAB>$(CARGO) build --release --locked
<TAB>strip $(TARGET_DIR)/release/game-server

clean:
<TAB>$(CARGO) cle
'''), "GNU Makefile in a cargo-make Makefile.toml", needle="CARGO ?= cargo", contains="Makefile", cut=True)

add(L, "ml/pyproject.toml", r'''
# core
numpy==1.26.4
pandas==2.2.2
scikit-learn==1.5.0
scipy>=1.13,<1.14

# deep learning
torch==2.3.1
torchvision==0.18.1
lightning==2.3.0
timm==1.0.7

# data / io
pyarrow==16.1.0
s3fs==2024.6.0
datasets==2.20.0

# tracking
mlflow==2.14.1
wandb>=0.17
''', "requirements.txt list in a pyproject.toml", needle="numpy==1.26.4", contains="requirements.txt")

add(L, "bunfig.toml", r'''
{
  "name": "@acme/dashboard",
  "version": "2.3.0",
  "private": true,
  "type": "module",
  "scripts": {
    "dev": "bun --hot src/server.ts",
    "build": "bun build src/client/index.tsx --outdir dist --minify",
    "test": "bun test",
    "lint": "eslint . --ext .ts,.tsx"
  },
  "dependencies": {
    "hono": "^4.4.0",
    "react": "^18.3.1",
    "react-dom": "^18.3.1",
    "zod": "^3.23.8"
  },
  "devDependencies": {
    "@types/react": "^18.3.3",
    "eslint": "^9.5.0",
    "typescript": "^5.5.2"
  },
  "publishConfig": {
    "registry": "https://npm.acme.inte
''', "package.json in bunfig.toml", needle='"name": "@acme/dashboard"', contains="JSON (package.json)", cut=True)

add(L, "rustfmt.toml", r'''
# EditorConfig is awesome: https://editorconfig.org
root = true

[*]
charset = utf-8
end_of_line = lf
insert_final_newline = true
trim_trailing_whitespace = true
indent_style = space
indent_size = 4

[*.{yml,yaml,json,toml}]
indent_size = 2

[*.md]
trim_trailing_whitespace = false

[Makefile]
indent_style = tab
''', ".editorconfig content in rustfmt.toml", needle="[*]", contains="editorconfig")

add(L, "wrangler.toml", r'''
{
  "$schema": "node_modules/wrangler/config-schema.json",
  "name": "edge-image-proxy",
  "main": "src/index.ts",
  "compatibility_date": "2024-06-01",
  // R2 bucket with the original uploads
  "r2_buckets": [
    { "binding": "ORIGINALS", "bucket_name": "acme-originals" }
  ],
  "kv_namespaces": [
    { "binding": "RESIZE_CACHE", "id": "3f1c0d6e5b2a4c7e9d8f0a1b2c3d4e5f" }
  ],
  "vars": {
    "MAX_WIDTH": "2048",
    "DEFAULT_QUALITY": "82"
  },
  "routes": [
    { "pattern": "img.example.com/*", "zone_name": "example.com" }
  ]
}
''', "wrangler.jsonc (JSON with comments) in wrangler.toml", needle='"$schema"', contains="JSON with comments")

add(L, "netlify.toml", r'''
build:
  command: npm run build
  publish: dist
  environment:
    NODE_VERSION: "20"

redirects:
  - from: /api/*
    to: /.netlify/functions/:splat
    status: 200
  - from: /*
    to: /index.html
    status: 200

headers:
  - for: /assets/*
    values:
      Cache-Control: public, max-age=31536000, immutable
  - for: /*
    values:
      X-Frame-Options: DENY
      Referrer-Policy: strict-origin-when-cross-origin
''', "Netlify config written as YAML in netlify.toml", needle="build:", contains="YAML")
