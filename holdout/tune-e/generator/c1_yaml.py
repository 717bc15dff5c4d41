from common import f
D = 'language-mismatch'

f(D, 'docker-compose.yml', 'yaml', 'whole file is TOML (compose services written as TOML tables)', r'''
version = "3.9"

[services.web]
image = "nginx:1.27-alpine"
ports = ["80:80", "443:443"]
depends_on = ["api"]
volumes = ["./nginx.conf:/etc/nginx/nginx.conf:ro"]

[services.api]
build = "./api"
restart = "unless-stopped"
environment = { DATABASE_URL = "postgres://app:app@db:5432/app", LOG_LEVEL = "info" }
depends_on = ["db"]

[services.db]
image = "postgres:16"
volumes = ["pgdata:/var/lib/postgresql/data"]

[volumes.pgdata]
''')

f(D, 'site.yml', 'yaml', 'whole file is an INI-style Ansible inventory instead of a playbook', r'''
[webservers]
web-01.example.com ansible_host=10.0.1.11
web-02.example.com ansible_host=10.0.1.12

[dbservers]
db-01.example.com ansible_host=10.0.3.5 postgres_role=primary
db-02.example.com ansible_host=10.0.3.6 postgres_role=replica

[monitoring]
mon-01.example.com

[production:children]
webservers
dbservers

[production:vars]
ansible_user=deploy
ansible_python_interpreter=/usr/bin/python3
''')

f(D, 'deploy.yml', 'yaml', 'whole file is a bash deploy script', r'''
#!/usr/bin/env bash
set -euo pipefail

APP=storefront
RELEASE=$(date +%Y%m%d%H%M%S)
TARGET=/srv/${APP}/releases/${RELEASE}

echo "Deploying ${APP} release ${RELEASE}"
mkdir -p "$TARGET"
rsync -a --delete ./build/ "$TARGET/"

ln -sfn "$TARGET" /srv/${APP}/current
sudo systemctl reload ${APP}

# keep the five newest releases
ls -1dt /srv/${APP}/releases/* | tail -n +6 | xargs -r rm -rf
echo "Deployed."
''')

f(D, 'settings.yaml', 'yaml', 'whole file is a Python settings module', r'''
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

DEBUG = os.environ.get("DEBUG", "0") == "1"
ALLOWED_HOSTS = ["api.example.com", "localhost"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("DB_NAME", "shop"),
        "HOST": os.environ.get("DB_HOST", "localhost"),
        "PORT": 5432,
    }
}

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": os.environ.get("REDIS_URL", "redis://localhost:6379/1"),
    }
}

STATIC_ROOT = BASE_DIR / "staticfiles"
TIME_ZONE = "Europe/Berlin"
USE_TZ = True
''')

f(D, 'build.yml', 'yaml', 'whole file is a Dockerfile', r'''
FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json pnpm-lock.yaml ./
RUN corepack enable && pnpm install --frozen-lockfile

FROM deps AS build
COPY . .
RUN pnpm build

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app/dist ./dist
COPY --from=deps /app/node_modules ./node_modules
USER node
EXPOSE 3000
HEALTHCHECK CMD node dist/healthcheck.js || exit 1
CMD ["node", "dist/server.js"]
''')

f(D, 'main.yaml', 'yaml', 'whole file is Terraform HCL', r'''
terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

provider "aws" {
  region = var.region
}

resource "aws_s3_bucket" "assets" {
  bucket = "acme-assets-${var.env}"

  tags = {
    Environment = var.env
    Team        = "web"
  }
}

resource "aws_s3_bucket_versioning" "assets" {
  bucket = aws_s3_bucket.assets.id
  versioning_configuration {
    status = "Enabled"
  }
}
''')

f(D, 'changelog.yml', 'yaml', 'whole file is Markdown prose', r'''
# Changelog

All notable changes to this project are documented here. The format is
based on Keep a Changelog, and this project adheres to Semantic Versioning.

## [1.8.0] - 2026-11-20

### Added
- Support for `--dry-run` in the `sync` command.
- A `metrics` endpoint exposing Prometheus counters.

### Changed
- Retries now back off exponentially, capped at 30 seconds.

### Fixed
- The CLI no longer crashes when `HOME` is unset.

## [1.7.2] - 2026-10-02

### Fixed
- Corrected the exit code when a sync is interrupted.
''')

f(D, 'application.yml', 'yaml', 'whole file is Java .properties (Spring Boot key=value lines)', r'''
spring.application.name=order-service
server.port=8081
server.shutdown=graceful

spring.datasource.url=jdbc:postgresql://db.internal:5432/orders
spring.datasource.username=orders
spring.datasource.password=${DB_PASSWORD}
spring.datasource.hikari.maximum-pool-size=15

spring.jpa.hibernate.ddl-auto=validate
spring.jpa.open-in-view=false

management.endpoints.web.exposure.include=health,info,prometheus
management.endpoint.health.probes.enabled=true

logging.level.root=INFO
logging.level.com.acme.orders=DEBUG
''')

f(D, 'eslint.yml', 'yaml', 'whole file is a JavaScript config module (module.exports)', r'''
/* eslint-env node */
module.exports = {
  root: true,
  parser: "@typescript-eslint/parser",
  parserOptions: {
    ecmaVersion: 2022,
    sourceType: "module",
    project: ["./tsconfig.json"],
  },
  plugins: ["@typescript-eslint", "import"],
  extends: [
    "eslint:recommended",
    "plugin:@typescript-eslint/recommended",
    "plugin:import/typescript",
    "prettier",
  ],
  rules: {
    "no-console": ["warn", { allow: ["warn", "error"] }],
    "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    "import/order": ["error", { "newlines-between": "always" }],
  },
  ignorePatterns: ["dist/", "coverage/"],
};
''')

f(D, 'ingress-proxy.yml', 'yaml', 'whole file is nginx configuration', r'''
upstream api_backend {
    least_conn;
    server 10.0.1.21:8080 max_fails=3 fail_timeout=10s;
    server 10.0.1.22:8080 max_fails=3 fail_timeout=10s;
}

server {
    listen 443 ssl http2;
    server_name api.example.com;

    ssl_certificate     /etc/letsencrypt/live/api.example.com/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/api.example.com/privkey.pem;

    client_max_body_size 20m;

    location / {
        proxy_pass http://api_backend;
        proxy_set_header Host $host;
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
        proxy_read_timeout 60s;
    }

    location /healthz {
        access_log off;
        return 200 "ok";
    }
}
''')

f(D, 'values.yaml', 'yaml', 'whole file is TOML (Helm values as TOML tables); also cut off mid-line', r'''
replicaCount = 3

[image]
repository = "ghcr.io/acme/payments-api"
tag = "1.12.0"
pullPolicy = "IfNotPresent"

[service]
type = "ClusterIP"
port = 8080

[ingress]
enabled = true
className = "nginx"
hosts = [{ host = "payments.example.com", paths = ["/"] }]

[resources.limits]
cpu = "500m"
memory = "512Mi"

[resources.requests]
cpu = "200m"
memory = "25''', nl=False)

f(D, 'ci.yml', 'yaml', 'whole file is a shell CI script instead of a workflow; also cut off mid-line', r'''
#!/usr/bin/env bash
# CI entry point
set -euo pipefail

export PIP_DISABLE_PIP_VERSION_CHECK=1

python -m venv .venv
. .venv/bin/activate
pip install -r requirements-dev.txt

echo "::group::lint"
ruff check .
mypy src
echo "::endgroup::"

echo "::group::tests"
pytest -q --cov=src --cov-report=xml
echo "::endgroup::"

if [ "${GITHUB_REF:-}" = "refs/heads/main" ]; then
  python -m build
  twine upload --repository-url "$TWINE_REPO''', nl=False)

f(D, 'config.yaml', 'yaml', 'whole file is INI with sections and ; comments', r'''
; Application configuration
[server]
host = 0.0.0.0
port = 9000
workers = 4

[database]
url = postgresql://reporter@db.internal/reports
pool_size = 10
; seconds
timeout = 30

[smtp]
host = smtp.example.com
port = 587
use_tls = yes
from = reports@example.com

[logging]
level = INFO
file = /var/log/reporter/app.log
''')

f(D, 'deployment.yaml', 'yaml', 'whole file is Terraform HCL (kubernetes_deployment resource) instead of a manifest; also cut off mid-block', r'''
resource "kubernetes_deployment" "web" {
  metadata {
    name      = "web"
    namespace = "storefront"
    labels = {
      app = "web"
    }
  }

  spec {
    replicas = 3

    selector {
      match_labels = {
        app = "web"
      }
    }

    template {
      metadata {
        labels = {
          app = "web"
        }
      }
      spec {
        container {
          name  = "web"
          image = "ghcr.io/acme/storefront:2.3.0"
          port {
            container_port = 80''', nl=False)

f(D, 'mkdocs.yml', 'yaml', 'whole file is Python (config dict assignment); also cut off mid-line', r'''
config = {
    "site_name": "Acme Platform Docs",
    "site_url": "https://docs.acme.dev/",
    "repo_url": "https://github.com/acme/platform",
    "theme": {
        "name": "material",
        "features": ["navigation.tabs", "search.suggest"],
        "palette": {"primary": "indigo"},
    },
    "nav": [
        {"Home": "index.md"},
        {"Getting started": "getting-started.md"},
        {"Reference": "reference/index.md"},
    ],
    "markdown_extensions": [
        "admonition",
        "pymdownx.details",
        "pymdownx.superfences",
    ],
    "plugins": ["search", "mkdocstri''', nl=False)

f(D, 'log4j2.yaml', 'yaml', 'whole file is log4j2 .properties syntax', r'''
status = warn
name = AppLogConfig

appender.console.type = Console
appender.console.name = STDOUT
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = %d{ISO8601} %-5p [%t] %c{1} - %m%n

appender.file.type = RollingFile
appender.file.name = FILE
appender.file.fileName = logs/app.log
appender.file.filePattern = logs/app-%d{yyyy-MM-dd}.log.gz
appender.file.layout.type = PatternLayout
appender.file.layout.pattern = %d %p %c - %m%n
appender.file.policies.type = Policies
appender.file.policies.time.type = TimeBasedTriggeringPolicy

rootLogger.level = info
rootLogger.appenderRef.stdout.ref = STDOUT
rootLogger.appenderRef.file.ref = FILE
''')
