from common import F
L = "language-mismatch"

F(L, "pyproject.toml", "toml (contains YAML)", "YAML mapping/list syntax for project metadata in pyproject.toml; also cut off: stops mid-key in the tool section", r'''
project:
  name: weatherly
  version: 0.3.0
  description: Tiny weather CLI
  requires-python: ">=3.10"
  dependencies:
    - httpx>=0.27
    - typer>=0.12
    - rich>=13.7
  scripts:
    weatherly: weatherly.cli:app

build-system:
  requires:
    - hatchling
  build-backend: hatchling.build

tool:
  ruff:
    line-length: 100
  pytest:
    ini_opt''')

F(L, "crates/geo/Cargo.toml", "toml (contains JSON)", "package manifest written as a JSON object in Cargo.toml", r'''
{
  "package": {
    "name": "geo-index",
    "version": "0.5.2",
    "edition": "2021",
    "license": "MIT"
  },
  "dependencies": {
    "geo": "0.28",
    "rstar": "0.12",
    "serde": { "version": "1", "features": ["derive"] }
  },
  "dev-dependencies": {
    "criterion": "0.5"
  },
  "features": {
    "default": [],
    "serde": ["dep:serde"]
  }
}
''')

F(L, "config.toml", "toml (contains INI / setup.cfg)", "setup.cfg-style INI (unquoted values, indented continuation lists) that TOML rejects", r'''
[metadata]
name = acme-tools
version = attr: acme_tools.__version__
description = Internal command line tools
long_description = file: README.md
license = MIT

[options]
packages = find:
python_requires = >=3.9
install_requires =
    click>=8.1
    requests>=2.31
    pyyaml>=6.0

[options.entry_points]
console_scripts =
    acme = acme_tools.cli:main

[flake8]
max-line-length = 100
''')

F(L, "libs/auth/pyproject.toml", "toml (contains Python)", "setup.py (setuptools.setup(...) call) in a pyproject.toml; also cut off: stops mid-list", r'''
from pathlib import Path

from setuptools import find_packages, setup

here = Path(__file__).parent
long_description = (here / "README.md").read_text(encoding="utf-8")

setup(
    name="acme-auth",
    version="1.8.0",
    description="Authentication helpers for Acme services",
    long_description=long_description,
    long_description_content_type="text/markdown",
    packages=find_packages(exclude=["tests*"]),
    python_requires=">=3.9",
    install_requires=[
        "pyjwt[crypto]>=2.8",
        "httpx>=0.25",
        "cachet''')

F(L, "site/netlify.toml", "toml (contains shell)", "bash build script in a netlify.toml", r'''
#!/usr/bin/env bash
set -euo pipefail

export NODE_OPTIONS=--max-old-space-size=4096

npm ci
npm run build

if [[ "$CONTEXT" == "production" ]]; then
  npx sitemap-generator https://www.acme.io --filepath dist/sitemap.xml
fi

cp _redirects dist/_redirects
echo "build finished for $CONTEXT"
''')

F(L, "guide/book.toml", "toml (contains Markdown)", "Markdown summary (headings, nested bullet links) in a book.toml", r'''
# Summary

[Introduction](README.md)

# User guide

- [Installation](guide/installation.md)
- [Configuration](guide/configuration.md)
  - [Environment variables](guide/env.md)
  - [Secrets](guide/secrets.md)
- [Troubleshooting](guide/troubleshooting.md)

# Reference

- [CLI](reference/cli.md)
- [HTTP API](reference/api.md)

---

[Contributors](misc/contributors.md)
''')

F(L, "config/infra.toml", "toml (contains HCL)", "Terraform HCL (resource blocks with labels) in a .toml file; also cut off: stops mid-line inside a block", r'''
resource "aws_s3_bucket" "assets" {
  bucket = "acme-assets-prod"

  tags = {
    Environment = "prod"
    Team        = "web"
  }
}

resource "aws_s3_bucket_versioning" "assets" {
  bucket = aws_s3_bucket.assets.id

  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_cloudfront_distribution" "cdn" {
  enabled             = true
  default_root_object = "index.html"

  origin {
    domain_name = aws_s3_bucket.assets.bucket_regional_domain_name
    origin_id   = "s3-ass''')

F(L, "config/local.toml", "toml (contains dotenv)", "dotenv KEY=value lines with unquoted values in a .toml file", r'''
# copy to .env.local and adjust
APP_NAME=Acme Portal
APP_URL=http://localhost:8000
APP_DEBUG=true

DB_CONNECTION=pgsql
DB_HOST=127.0.0.1
DB_PORT=5432
DB_DATABASE=portal
DB_USERNAME=portal
DB_PASSWORD=secret

MAIL_MAILER=smtp
MAIL_HOST=localhost
MAIL_PORT=1025
QUEUE_CONNECTION=redis
''')

F(L, "settings.toml", "toml (contains XML)", "XML settings document (Maven settings.xml) in a .toml file", r'''
<?xml version="1.0" encoding="UTF-8"?>
<settings xmlns="http://maven.apache.org/SETTINGS/1.2.0">
  <localRepository>${user.home}/.m2/repository</localRepository>
  <servers>
    <server>
      <id>acme-releases</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>acme-nexus</id>
      <mirrorOf>*</mirrorOf>
      <url>https://nexus.acme.io/repository/maven-public/</url>
    </mirror>
  </mirrors>
</settings>
''')

F(L, "build.toml", "toml (contains Makefile)", "Makefile (targets, tab-indented recipes, $(VAR)) in a .toml file", r'''
CARGO ?= cargo
TARGET := x86_64-unknown-linux-musl
BIN := target/$(TARGET)/release/relay

.PHONY: build release test fmt

build:
	$(CARGO) build

release: $(BIN)

$(BIN):
	$(CARGO) build --release --target $(TARGET)
	strip $(BIN)

test:
	$(CARGO) test --all-features

fmt:
	$(CARGO) fmt --all
''')

F(L, "fly.toml", "toml (contains YAML)", "YAML-style app config (nested key: value, '- ' list) in fly.toml", r'''
app: acme-status
primary_region: lhr

build:
  dockerfile: Dockerfile

env:
  PORT: "8080"
  LOG_LEVEL: info

http_service:
  internal_port: 8080
  force_https: true
  auto_stop_machines: false
  min_machines_running: 2
  checks:
    - path: /healthz
      interval: 15s
      timeout: 2s
''')

F(L, "config/app.toml", "toml (contains JSON)", "JSON configuration object in a .toml file", r'''
{
  "server": {
    "host": "0.0.0.0",
    "port": 7000,
    "cors": ["https://app.acme.io"]
  },
  "storage": {
    "driver": "s3",
    "bucket": "acme-uploads",
    "maxUploadMb": 25
  },
  "auth": {
    "provider": "oidc",
    "issuer": "https://login.acme.io",
    "clientId": "portal"
  },
  "debug": false
}
''')

F(L, "deploy.toml", "toml (contains Dockerfile)", "Dockerfile instructions in a .toml file", r'''
# syntax=docker/dockerfile:1.7
FROM python:3.12-slim AS base
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
WORKDIR /app

FROM base AS builder
RUN pip install --no-cache-dir poetry==1.8.3
COPY pyproject.toml poetry.lock ./
RUN poetry export -f requirements.txt -o requirements.txt --without-hashes

FROM base
COPY --from=builder /app/requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY src/ ./src/
EXPOSE 8000
CMD ["uvicorn", "src.main:app", "--host", "0.0.0.0", "--port", "8000"]
''')

F(L, "services/ml/pyproject.toml", "toml (contains requirements.txt)", "pip requirements file (pinned specifiers, -r include, --index-url) in a pyproject.toml", r'''
# Core
--index-url https://pypi.org/simple
numpy==1.26.4
pandas==2.2.2
scikit-learn==1.4.2
scipy>=1.12,<1.14

# Serving
fastapi==0.111.0
uvicorn[standard]==0.30.1
pydantic>=2.7

# Dev tools
-r requirements-dev.txt
pytest==8.2.1 ; python_version >= "3.10"
''')

F(L, "server.toml", "toml (contains nginx conf)", "nginx http/server configuration in a .toml file; also cut off: stops mid-directive in a location block", r'''
worker_processes auto;

events {
    worker_connections 1024;
}

http {
    include       mime.types;
    sendfile      on;
    gzip          on;
    gzip_types    text/css application/javascript application/json;

    server {
        listen 8080;
        server_name _;
        root /usr/share/nginx/html;

        location / {
            try_files $uri $uri/ /index.html;
        }

        location /api/ {
            proxy_pass http://backend:3000/;
            proxy_read_timeo''')

F(L, "edge/wrangler.toml", "toml (contains JavaScript)", "worker configuration as a JS ES module (export default, comments, trailing commas) in wrangler.toml", r'''
// Worker configuration
export default {
  name: 'image-proxy',
  main: 'src/index.js',
  compatibility_date: '2024-03-20',
  routes: [
    { pattern: 'img.acme.io/*', zone_name: 'acme.io' },
  ],
  vars: {
    MAX_WIDTH: 2048,
    ALLOWED_ORIGINS: ['https://acme.io', 'https://www.acme.io'],
  },
  r2_buckets: [
    { binding: 'IMAGES', bucket_name: 'acme-images' },
  ],
};
''')
