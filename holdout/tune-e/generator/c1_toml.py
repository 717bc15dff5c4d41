from common import f
D = 'language-mismatch'

f(D, 'pyproject.toml', 'toml', 'whole file is YAML (project metadata as YAML mapping)', r'''
build-system:
  requires: ["hatchling>=1.21"]
  build-backend: hatchling.build
project:
  name: ledgerkit
  version: 0.9.2
  description: Double-entry bookkeeping primitives
  readme: README.md
  requires-python: ">=3.10"
  license: MIT
  dependencies:
    - pydantic>=2.6
    - python-dateutil>=2.9
  optional-dependencies:
    dev:
      - pytest>=8
      - ruff>=0.5
tool:
  ruff:
    line-length: 100
  pytest:
    ini_options:
      addopts: -q
''')

f(D, 'Cargo.toml', 'toml', 'whole file is JSON', r'''
{
  "package": {
    "name": "logshipper",
    "version": "0.4.0",
    "edition": "2021",
    "description": "Tail files and ship them to Loki",
    "license": "Apache-2.0"
  },
  "dependencies": {
    "tokio": { "version": "1.38", "features": ["full"] },
    "reqwest": { "version": "0.12", "default-features": false, "features": ["rustls-tls", "json"] },
    "serde": { "version": "1", "features": ["derive"] },
    "notify": "6.1",
    "clap": { "version": "4.5", "features": ["derive"] }
  },
  "dev-dependencies": {
    "tempfile": "3"
  },
  "profile": {
    "release": { "lto": true, "codegen-units": 1 }
  }
}
''')

f(D, 'netlify.toml', 'toml', 'whole file is YAML', r'''
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
''')

f(D, 'config.toml', 'toml', 'whole file is YAML (Hugo site config)', r'''
baseURL: https://blog.example.org/
languageCode: en-gb
title: Field Notes
theme: papermod
paginate: 8
enableRobotsTXT: true
params:
  author: Sam Rivera
  description: Notes on infrastructure, tooling and the occasional bike ride.
  ShowReadingTime: true
  ShowCodeCopyButtons: true
menu:
  main:
    - name: Posts
      url: /posts/
      weight: 10
    - name: Tags
      url: /tags/
      weight: 20
markup:
  goldmark:
    renderer:
      unsafe: false
''')

f(D, 'lint.toml', 'toml', 'INI (flake8/isort style) content TOML rejects: unquoted string values, comma lists', r'''
[flake8]
max-line-length = 110
extend-ignore = E203, W503
exclude =
    .git,
    __pycache__,
    build,
    dist,
    .venv
per-file-ignores =
    __init__.py:F401
    tests/*:S101

[isort]
profile = black
known_first_party = billing
skip = migrations
''')

f(D, 'app.toml', 'toml', 'INI content TOML rejects: ; comments, unquoted values, yes/no booleans', r'''
; Reporter service configuration
[server]
host = 0.0.0.0
port = 8088
debug = no

[storage]
backend = s3
bucket = acme-reports
region = eu-west-1
; leave empty for the default endpoint
endpoint =

[mail]
enabled = yes
sender = Reports <reports@example.com>
retries = 3
''')

f(D, 'deploy.toml', 'toml', 'whole file is a shell script', r'''
#!/bin/sh
set -eu

APP_DIR=/opt/geo-api
VERSION="${1:?usage: deploy VERSION}"

echo "Fetching release $VERSION"
curl -fsSL "https://releases.example.com/geo-api/${VERSION}.tar.gz" -o /tmp/geo-api.tgz
tar -xzf /tmp/geo-api.tgz -C "$APP_DIR"

if ! "$APP_DIR/bin/geo-api" --check-config; then
    echo "config check failed" >&2
    exit 1
fi

systemctl restart geo-api
echo "geo-api $VERSION is live"
''')

f(D, 'settings.toml', 'toml', 'whole file is a Python module', r'''
"""Default settings for the scraper."""
from datetime import timedelta

USER_AGENT = "acme-scraper/2.1 (+https://acme.dev/bot)"
CONCURRENCY = 8
REQUEST_TIMEOUT = 20
RETRY_BACKOFF = timedelta(seconds=5)
RESPECT_ROBOTS = True

START_URLS = [
    "https://example.com/catalog",
    "https://example.com/sale",
]

PIPELINES = {
    "scraper.pipelines.Dedupe": 100,
    "scraper.pipelines.Postgres": 300,
}

PROXY = None
''')

f(D, 'secrets.toml', 'toml', 'whole file is shell .env with export statements', r'''
# Local development secrets - do not commit real values
export DATABASE_URL=postgres://dev:dev@localhost:5432/app_dev
export REDIS_URL=redis://localhost:6379/0
export SECRET_KEY=dev-only-not-secret
export STRIPE_API_KEY=sk_test_xxxxxxxxxxxxxxxx
export STRIPE_WEBHOOK_SECRET=whsec_xxxxxxxxxxxx

# OAuth
export GITHUB_CLIENT_ID=Iv1.0000000000000000
export GITHUB_CLIENT_SECRET=changeme

export MAIL_FROM="Acme Dev <dev@localhost>"
export FEATURE_FLAGS=new_checkout,dark_mode
''')

f(D, 'release.toml', 'toml', 'whole file is Markdown prose (release checklist)', r'''
# Release process

Releases are cut from `main` every second Tuesday.

## Checklist

1. Make sure CI is green on `main`.
2. Run `make changelog` and review the generated entries.
3. Bump the version in `Cargo.toml` and commit it as
   `chore: release vX.Y.Z`.
4. Tag the commit: `git tag -s vX.Y.Z -m "vX.Y.Z"`.
5. Push the tag; the release workflow builds and uploads binaries.

## Hotfixes

Hotfixes branch from the latest tag, get a patch bump, and are merged
back into `main` once released.
''')

f(D, 'wrangler.toml', 'toml', 'whole file is JSON (wrangler.json shape); also cut off mid-line', r'''
{
  "name": "edge-router",
  "main": "src/index.ts",
  "compatibility_date": "2026-10-01",
  "workers_dev": false,
  "routes": [
    { "pattern": "example.com/api/*", "zone_name": "example.com" }
  ],
  "kv_namespaces": [
    { "binding": "SESSIONS", "id": "3f1c0a9e5b7d4c2a8e6f1b0d9c7a5e3f" }
  ],
  "vars": {
    "ORIGIN": "https://origin.example.com",
    "LOG_LEVEL": "warn"
  },
  "d1_databases": [
    { "binding": "DB", "database_name": "edge-prod", "database_id": "b2e4''', nl=False)

f(D, 'fly.toml', 'toml', 'whole file is YAML; also cut off mid-key', r'''
app: acme-notifier
primary_region: ams
kill_signal: SIGINT
kill_timeout: 5s
build:
  dockerfile: Dockerfile
env:
  PORT: "8080"
  LOG_FORMAT: json
http_service:
  internal_port: 8080
  force_https: true
  auto_stop_machines: true
  min_machines_running: 1
  concurrency:
    type: requests
    soft_limit: 200
    hard_li''', nl=False)

f(D, 'tox.toml', 'toml', 'tox.ini (INI) content: unquoted values and indented continuation lines TOML rejects; also cut off mid-line', r'''
[tox]
envlist = py310, py311, py312, lint
isolated_build = true

[testenv]
deps =
    pytest>=8
    pytest-cov
commands =
    pytest --cov=ledgerkit {posargs}

[testenv:lint]
skip_install = true
deps = ruff
commands =
    ruff check src tests
    ruff format --ch''', nl=False)

f(D, 'gitleaks.toml', 'toml', 'whole file is YAML', r'''
title: Acme gitleaks config
extend:
  useDefault: true
rules:
  - id: acme-internal-token
    description: Acme internal API token
    regex: acme_[a-z0-9]{32}
    tags: [key, internal]
  - id: acme-webhook-secret
    description: Webhook signing secret
    regex: whsec_[A-Za-z0-9]{24,}
allowlist:
  description: Test fixtures and docs
  paths:
    - tests/fixtures/
    - docs/examples/
  regexes:
    - EXAMPLE_[A-Z_]+
''')

f(D, 'ruff.toml', 'toml', 'setup.cfg-style INI: unquoted comma list values TOML rejects; also cut off mid-line', r'''
[tool:ruff]
line-length = 100
target-version = py311
select = E, F, I, B, UP, SIM
ignore = E501
exclude = migrations, build, .venv

[tool:ruff.per-file-ignores]
tests/* = S101
__init__.py = F401

[tool:ruff.isort]
known-first-party = ledgerkit
combine-as-imports = true
force-sort-within-sec''', nl=False)

f(D, 'Rocket.toml', 'toml', 'whole file is JSON', r'''
{
  "default": {
    "address": "0.0.0.0",
    "port": 8000,
    "workers": 4,
    "keep_alive": 5,
    "log_level": "normal",
    "limits": { "form": "64 kB", "json": "1 MiB" }
  },
  "debug": {
    "port": 8001,
    "log_level": "debug"
  },
  "release": {
    "log_level": "critical",
    "secret_key": "hPRYyVRiMyxpw5sBB1XeCMN1kFsDCqKvBi2QJxBVHQk="
  }
}
''')
