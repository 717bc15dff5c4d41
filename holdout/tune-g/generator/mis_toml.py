from common import add

L = "language-mismatch"


def mm(path, other, body, mark, cut=False):
    what = f"whole file is {other} content in a TOML file; telltale {other} line at line {{0}}"
    if cut:
        what += "; also cut off mid-line at line {last}"
    add(L, path, f"TOML (contains {other})", body, what, [mark], not cut, kind="mismatch")


mm("Cargo.toml", "YAML", r'''
package:
  name: tessera
  version: 0.3.1
  edition: "2021"
  description: Tile server for vector maps
  license: MIT

dependencies:
  axum: "0.7"
  tokio:
    version: "1"
    features: [full]
  serde:
    version: "1"
    features: [derive]
  mvt: "0.9"

dev-dependencies:
  reqwest: "0.12"
''', "package:")

mm("netlify.toml", "YAML", r'''
build:
  command: npm run build
  publish: dist
  environment:
    NODE_VERSION: "20"

redirects:
  - from: /api/*
    to: https://api.example.com/:splat
    status: 200
  - from: /*
    to: /index.html
    status: 200

headers:
  - for: /assets/*
    values:
      Cache-Control: public, max-age=31536000, immutable
''', "build:")

mm("config/settings.toml", "YAML", r'''
# runtime settings for the scraper
scraper:
  user_agent: "acme-scraper/2.1 (+https://example.com/bot)"
  concurrency: 8
  request_timeout: 20s
  retry:
    attempts: 3
    backoff: exponential

targets:
  - name: news
    url: https://news.example.org/sitemap.xml
    schedule: "*/15 * * * *"
  - name: prices
    url: https://shop.example.org/feeds/prices.xml
    schedule: "0 * * * *"

output:
  format: parquet
  path: s3://acme-scrapes/raw/
''', "scraper:")

mm("rustfmt.toml", "YAML", r'''
edition: "2021"
max_width: 100
hard_tabs: false
tab_spaces: 4
newline_style: Unix
use_small_heuristics: Default
reorder_imports: true
reorder_modules: true
imports_granularity: Crate
group_imports: StdExternalCrate
wrap_comments: true
comment_width: 90
format_code_in_doc_comments: true
normalize_comments: true
use_field_init_shorthand: true
use_try_shorthand: tr
''', 'edition: "2021"', cut=True)

mm("config/database.toml", "INI", r'''
; database connections used by the reporting jobs
[primary]
host = db-primary.internal
port = 5432
dbname = reporting
user = reporting_rw
sslmode = require

[replica]
host = db-replica.internal
port = 5432
dbname = reporting
user = reporting_ro
sslmode = require

[pool]
min_size = 2
max_size = 12
idle_timeout = 300
''', "host = db-primary.internal")

mm("tox.toml", "INI", r'''
[tox]
envlist = py310, py311, py312, lint
isolated_build = True

[testenv]
deps =
    pytest>=8
    pytest-cov
commands =
    pytest --cov=src --cov-report=term-missing {posargs}

[testenv:lint]
skip_install = true
deps = ruff
commands = ruff check src tests

[gh-actions]
python =
    3.10: py310
    3.11: py311
    3.12: py312, lint
''', "envlist = py310, py311, py312, lint")

mm("mysql/my.toml", "INI", r'''
[client]
port = 3306
socket = /var/run/mysqld/mysqld.sock

[mysqld]
user = mysql
bind-address = 127.0.0.1
max_connections = 300
innodb_buffer_pool_size = 4G
innodb_log_file_size = 512M
slow_query_log = 1
slow_query_log_file = /var/log/mysql/slow.log
long_query_time = 1
skip-name-resolve

[mysqldump]
quick
max_allowed_packet = 64M
''', "socket = /var/run/mysqld/mysqld.sock", cut=False)

mm("deno.toml", "JSON5", r'''
{
  // Deno workspace configuration
  tasks: {
    dev: "deno run --watch --allow-net --allow-env main.ts",
    test: "deno test --allow-net",
    fmt: "deno fmt",
  },
  imports: {
    "@std/assert": "jsr:@std/assert@^1.0.0",
    "@std/http": "jsr:@std/http@^1.0.0",
    hono: "npm:hono@^4.4.0",
  },
  compilerOptions: {
    strict: true,
    lib: ["deno.window"],
  },
  fmt: { lineWidth: 100, singleQuote: true },
}
''', "// Deno workspace configuration")

mm("config/renderer.toml", "JSON5", r'''
{
  // settings for the PDF renderer
  pageSize: 'A4',
  margins: { top: 18, right: 15, bottom: 18, left: 15 },
  fonts: [
    'Inter-Regular.ttf',
    'Inter-Bold.ttf',
    'JetBrainsMono-Regular.ttf',
  ],
  timeoutMs: 30000,
  maxConcurrentJobs: 4,
  watermark: {
    enabled: false,
    text: 'DRAFT',
    opacity: 0.
''', "pageSize: 'A4',", cut=True)

mm("scripts/bootstrap.toml", "shell script", r'''
#!/usr/bin/env bash
set -euo pipefail

rustup toolchain install stable --profile minimal -c clippy,rustfmt
rustup target add wasm32-unknown-unknown
cargo install --locked cargo-nextest cargo-deny wasm-bindgen-cli

if ! command -v sccache >/dev/null; then
  cargo install --locked sccache
fi

export RUSTC_WRAPPER=sccache
cargo fetch

if [ "${CI:-}" = "true" ]; then
  sccache --show-stats
fi
echo "toolchain ready: $(rustc --version)"
''', "set -euo pipefail")

mm("hooks/pre-push.toml", "shell script", r'''
#!/bin/sh
# run the fast checks before every push
set -e

branch=$(git rev-parse --abbrev-ref HEAD)
if [ "$branch" = "main" ]; then
  echo "direct pushes to main are not allowed" >&2
  exit 1
fi

if ! git diff --quiet; then
  echo "uncommitted changes present; they are not part of the push" >&2
fi

cargo fmt --all -- --check
cargo clippy --workspace --all-targets -- -D warnings
cargo nextest run --workspace --profile c
''', "branch=$(git rev-parse --abbrev-ref HEAD)", cut=True)

mm("pyproject.toml", "Python", r'''
from setuptools import find_packages, setup

with open("README.md", encoding="utf-8") as fh:
    long_description = fh.read()

setup(
    name="geofence",
    version="1.2.0",
    description="Fast point-in-polygon checks for GeoJSON fences",
    long_description=long_description,
    long_description_content_type="text/markdown",
    packages=find_packages(where="src"),
    package_dir={"": "src"},
    python_requires=">=3.9",
    install_requires=["shapely>=2.0", "orjson>=3.9"],
    extras_require={"dev": ["pytest", "hypothesis"]},
    entry_points={"console_scripts": ["geofence=geofence.cli:main"]},
)
''', "from setuptools import find_packages, setup")

mm("docs/conf.toml", "Python", r'''
# Sphinx configuration
import os
import sys

sys.path.insert(0, os.path.abspath("../src"))

project = "Harbor"
author = "Harbor contributors"
copyright = "2024, Harbor contributors"
release = "3.1.0"

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.intersphinx",
    "myst_parser",
]

intersphinx_mapping = {"python": ("https://docs.python.org/3", None)}
html_theme = "furo"
html_static_path = ["_static"]
''', "import os")

mm("gradle.toml", "Java properties", r'''
# Gradle build settings
org.gradle.jvmargs=-Xmx4g -XX:MaxMetaspaceSize=1g -Dfile.encoding=UTF-8
org.gradle.parallel=true
org.gradle.caching=true
org.gradle.configuration-cache=true
kotlin.code.style=official
kotlin.incremental=true
android.useAndroidX=true
android.nonTransitiveRClass=true
android.enableJetifier=false

# publishing
VERSION_NAME=2.4.0
VERSION_CODE=2040
POM_GROUP_ID=com.example.fieldkit
POM_LICENSE_NAME=Apache-2.0
''', "org.gradle.jvmargs=-Xmx4g")

mm("i18n/messages.toml", "Java properties", r'''
# English messages for the checkout flow
checkout.title=Checkout
checkout.step.address=Shipping address
checkout.step.payment=Payment
checkout.step.review=Review your order
checkout.button.continue=Continue
checkout.button.back=Back
checkout.error.card_declined=Your card was declined. Please try another card.
checkout.error.address_invalid=We could not verify this address.
checkout.summary.items={0} items
checkout.summary.subtotal=Subtotal: {0}
checkout.summary.shipping=Shipping: {0}
checkout.summary.total=Total: {0}
checkout.summary.tax_included=Includes {0} VAT
checkout.success=Thank you! Your order {0} has been pla
''', "checkout.title=Checkout", cut=True)

mm("CHANGELOG.toml", "Markdown", r'''
# Changelog

All notable changes to this project are documented in this file.

## [2.3.0] - 2024-06-12

### Added
- `--dry-run` flag for the `sync` command
- Support for S3-compatible endpoints via `STORAGE_ENDPOINT`

### Fixed
- Crash when the config file is empty (#412)
- Progress bar overflowing on narrow terminals

## [2.2.1] - 2024-05-03

### Fixed
- Wrong exit code when uploads partially fail
''', "## [2.3.0] - 2024-06-12")

mm("config/README.toml", "Markdown", r'''
# Configuration

The service reads its settings from environment variables. Copy
`.env.example` to `.env` and adjust the values.

| Variable        | Default     | Description                  |
|-----------------|-------------|------------------------------|
| `PORT`          | `8080`      | HTTP port                    |
| `DATABASE_URL`  | *(none)*    | Postgres connection string   |
| `LOG_LEVEL`     | `info`      | One of `debug`, `info`, `warn` |

## Secrets

Never commit real credentials. In production the values come from
the `orders-api` secret in Vault.
''', "| Variable        | Default     | Description                  |")

mm("env/production.toml", ".env with export", r'''
# production environment for the analytics worker
export APP_ENV=production
export AWS_REGION=eu-central-1
export KINESIS_STREAM=clickstream-prod
export BATCH_SIZE=500
export FLUSH_INTERVAL_MS=2000
export CLICKHOUSE_URL=https://ch.internal:8443
export CLICKHOUSE_DATABASE=analytics
export LOG_LEVEL=warn
export OTEL_EXPORTER_OTLP_ENDPOINT=http://otel-collector.internal:4317
export OTEL_SERVICE_NAME=analytics-worker

# credentials come from the instance profile; these only pick the role
export AWS_ROLE_SESSION_NAME=analytics-worker
export AWS_STS_REGIONAL_ENDPOINTS=regional
''', "export APP_ENV=production")

mm("env/dev.toml", ".env with export", r'''
# source me: . env/dev.toml
# local development settings for the notes app

export APP_URL="http://localhost:5173"
export API_PORT=4000
export DATABASE_URL="postgres://dev:dev@localhost:5432/notes_dev"
export REDIS_URL="redis://localhost:6379/0"
export SESSION_SECRET="dev-only-not-secret"
export MAIL_DRIVER="log"
export MAIL_FROM="notes@localhost"

# MinIO from docker-compose
export S3_ENDPOINT="http://localhost:9000"
export S3_ACCESS_KEY="minioadmin"
export DEBUG=1
export S3_BUCKET="notes-d
''', 'export DATABASE_URL="postgres://dev:dev@localhost:5432/notes_dev"', cut=True)

mm("migrations/0007_add_invoices.toml", "SQL", r'''
-- 0007: invoices and invoice lines
BEGIN;

CREATE TABLE invoices (
    id           UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    account_id   UUID NOT NULL REFERENCES accounts(id),
    number       TEXT NOT NULL UNIQUE,
    issued_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    due_at       TIMESTAMPTZ NOT NULL,
    total_cents  BIGINT NOT NULL CHECK (total_cents >= 0)
);

CREATE TABLE invoice_lines (
    id           BIGSERIAL PRIMARY KEY,
    invoice_id   UUID NOT NULL REFERENCES invoices(id) ON DELETE CASCADE,
    description  TEXT NOT NULL,
    quantity     INT NOT NULL DEFAULT 1,
    unit_cents   BIGINT NOT NULL
);

COMMIT;
''', "CREATE TABLE invoices (")
