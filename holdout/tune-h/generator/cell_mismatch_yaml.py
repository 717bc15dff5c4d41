from common import add

L = "language-mismatch"


def tabs(s):
    return s.replace("<TAB>", "\t")


add(L, "deploy.yml", r'''
#!/usr/bin/env bash
# deploy workflow converted to a standalone script
set -euo pipefail

REGION=${AWS_REGION:-us-east-1}
CLUSTER=prod-cluster
SERVICE=web
IMAGE="$ECR_REGISTRY/web:$GITHUB_SHA"

echo "Logging in to ECR in $REGION"
aws ecr get-login-password --region "$REGION" | docker login --username AWS --password-stdin "$ECR_REGISTRY"

docker build -t "$IMAGE" .
docker push "$IMAGE"

# register a new task definition revision that points at the new image
TASK_DEF=$(aws ecs describe-task-definition --task-definition "$SERVICE" --query taskDefinition)
NEW_DEF=$(echo "$TASK_DEF" | jq --arg img "$IMAGE" '.containerDefinitions[0].image = $img | del(.taskDefinitionArn, .revision, .status, .requiresAttributes, .compatibilities)')
NEW_ARN=$(aws ecs register-task-definition --cli-input-json "$NEW_DEF" --query 'taskDefinition.taskDefinitionArn' --output text)

aws ecs update-service --cluster "$CLUSTER" --service "$SERVICE" --task-definition "$NEW_ARN"
aws ecs wait services-stable --cluster "$CLUSTER" --services "$SER
''', "bash deploy script saved as a GitHub-workflow .yml", needle="set -euo pipefail",
    contains="shell", cut=True)

add(L, "config/settings.yaml", r'''
"""Django settings for the inventory project."""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = os.environ.get("DJANGO_DEBUG", "0") == "1"
ALLOWED_HOSTS = os.environ.get("DJANGO_ALLOWED_HOSTS", "localhost").split(",")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.staticfiles",
    "rest_framework",
    "inventory",
]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("POSTGRES_DB", "inventory"),
        "USER": os.environ.get("POSTGRES_USER", "inventory"),
        "PASSWORD": os.environ.get("POSTGRES_PASSWORD", ""),
        "HOST": os.environ.get("POSTGRES_HOST", "localhost"),
        "PORT": int(os.environ.get("POSTGRES_PORT", "5432")),
    }
}

REST_FRAMEWORK = {
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.LimitOffsetPagination",
    "PAGE_SIZE": 50,
}

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
TIME_ZONE = "UTC"
USE_TZ = True
''', "Django settings.py (Python) in a .yaml config file", needle='import os', contains="Python")

add(L, "webpack.config.yml", r'''
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');

module.exports = (env, argv) => ({
  entry: './src/main.js',
  output: {
    path: path.resolve(__dirname, 'dist'),
    filename: argv.mode === 'production' ? '[name].[contenthash:8].js' : '[name].js',
    clean: true,
  },
  module: {
    rules: [
      { test: /\.js$/, exclude: /node_modules/, use: 'babel-loader' },
      { test: /\.css$/, use: ['style-loader', 'css-loader'] },
      { test: /\.(png|svg|jpg)$/, type: 'asset/resource' },
    ],
  },
  plugins: [new HtmlWebpackPlugin({ template: './index.html' })],
  devServer: { port: 5173, hot: true },
  devtool: argv.mode === 'production' ? false : 'eval-source-map',
});
''', "webpack config written as a CommonJS JavaScript module in a .yml file", needle="const path = require('path');",
    contains="JavaScript")

add(L, "src/config/schema.yaml", r'''
import { z } from 'zod';

export const ServerConfig = z.object({
  host: z.string().default('0.0.0.0'),
  port: z.coerce.number().int().min(1).max(65535).default(8080),
  logLevel: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
});

export const DatabaseConfig = z.object({
  url: z.string().url(),
  poolSize: z.coerce.number().int().positive().default(10),
  ssl: z.boolean().default(false),
});

export const AppConfig = z.object({
  server: ServerConfig,
  database: DatabaseConfig,
  features: z.record(z.boolean()).default({}),
});

export type AppConfig = z.infer<typeof AppConfig>;

export function loadConfig(raw: unknown): AppConfig {
  return AppConfig.parse(raw);
}
''', "TypeScript zod schema module in a .yaml file", needle="import { z } from 'zod';", contains="TypeScript")

add(L, "docs/api.yml", r'''
# Orders API

This document describes the REST endpoints exposed by the orders service.

## Authentication

All requests need a bearer token in the `Authorization` header:

    Authorization: Bearer <token>

## Endpoints

| Method | Path                  | Description                 |
|--------|-----------------------|-----------------------------|
| GET    | /orders               | List orders (paginated)     |
| POST   | /orders               | Create an order             |
| GET    | /orders/{id}          | Fetch a single order        |
| POST   | /orders/{id}/cancel   | Cancel an order             |

### Pagination

List endpoints accept `limit` (max 100) and `cursor`. The response includes
`next_cursor`, which is `null` on the last page.

**Rate limits:** 100 requests per minute per token. Exceeding it returns `429`
with a `Retry-After` header.
''', "Markdown API documentation in a .yml file", needle="This document describes the REST endpoints",
    contains="Markdown")

add(L, "config/project.yaml", r'''
[project]
name = "ledger-sync"
version = "0.7.2"
description = "Syncs bank transactions into the accounting ledger"
requires-python = ">=3.11"
dependencies = [
    "httpx>=0.27",
    "pydantic>=2.6",
    "sqlalchemy>=2.0",
    "typer>=0.12",
]

[project.optional-dependencies]
dev = ["pytest>=8", "pytest-asyncio", "ruff", "mypy"]

[project.scripts]
ledger-sync = "ledger_sync.cli:app"

[build-system]
requires = ["hatchling"]
build-backend = "hatchling.build"

[tool.ruff]
line-length = 100
target-version = "py311"
''', "pyproject (TOML) content in a .yaml file", needle='name = "ledger-sync"', contains="TOML")

add(L, "config/lint.yaml", r'''
[flake8]
max-line-length = 100
extend-ignore = E203, W503
exclude =
    .git,
    __pycache__,
    build,
    dist,
    migrations

[isort]
profile = black
line_length = 100
known_first_party = orders_service

[mypy]
python_version = 3.12
strict = True
ignore_missing_imports = True

[mypy-tests.*]
disallow_untyped_defs = False

[tool:pytest]
testpaths = tests
addopts = -ra --strict-markers
''', "setup.cfg-style INI sections in a .yaml file", needle="max-line-length = 100", contains="INI")

add(L, "docker/app.yml", r'''
# syntax=docker/dockerfile:1.6
FROM python:3.12-slim AS base
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1
WORKDIR /app

FROM base AS deps
RUN apt-get update && apt-get install -y --no-install-recommends build-essential libpq-dev \
    && rm -rf /var/lib/apt/lists/*
COPY requirements.txt .
RUN pip install --prefix=/install -r requirements.txt

# runtime image
FROM base
RUN useradd --create-home --uid 10001 app
COPY --from=deps /install /usr/local
COPY . .
USER app
EXPOSE 8000
HEALTHCHECK CMD python -c "import urllib.request; urllib.request.urlopen('http://localhost:8000/health')"
CMD ["gunicorn", "app.wsgi:application", "--bind", "0.0.0.0:8000", "--work
''', "Dockerfile content in a compose-style .yml", needle="FROM python:3.12-slim AS base",
    contains="Dockerfile", cut=True)

add(L, "build.yml", tabs(r'''
BINARY := relay
VERSION ?= $(shell git describe --tags --always --dirty)
LDFLAGS := -s -w -X main.version=$(VERSION)
GO ?= go

.PHONY: all build test lint clean docker

all: lint test build

build:
<TAB>CGO_ENABLED=0 $(GO) build -trimpath -ldflags "$(LDFLAGS)" -o bin/$(BINARY) ./cmd/$(BINARY)

test:
<TAB>$(GO) test -race -count=1 ./...

lint:
<TAB>golangci-lint run ./...

docker:
<TAB>docker build --build-arg VERSION=$(VERSION) -t ghcr.io/acme/$(BINARY):$(VERSION) .

clean:
<TAB>rm -rf bin/ dist/
'''), "Makefile (tab-indented recipes) in a .yml file", needle="BINARY := relay", contains="Makefile")

add(L, "infra/main.yml", r'''
terraform {
  required_version = ">= 1.6"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.40"
    }
  }
  backend "s3" {
    bucket = "acme-tfstate"
    key    = "assets/terraform.tfstate"
    region = "eu-central-1"
  }
}

# static assets bucket for the storefront
resource "aws_s3_bucket" "assets" {
  bucket = "acme-assets-${var.environment}"
  tags = {
    Environment = var.environment
    Team        = "web"
  }
}

resource "aws_s3_bucket_public_access_block" "assets" {
  bucket                  = aws_s3_bucket.assets.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_cloudfront_origin_access_control" "assets" {
  name                              = "assets-${var.environment}"
  origin_access_control_origin_type = "s3"
  signing_behavior                  = "alw
''', "Terraform HCL in a .yml file", needle="terraform {", contains="HCL", cut=True)

add(L, "nginx/site.yml", r'''
upstream api_backend {
    server 127.0.0.1:8000;
    keepalive 32;
}

server {
    listen 80;
    server_name shop.example.com;
    return 301 https://$host$request_uri;
}

server {
    listen 443 ssl http2;
    server_name shop.example.com;

    ssl_certificate     /etc/letsencrypt/live/shop.example.com/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/shop.example.com/privkey.pem;

    root /srv/shop/public;
    client_max_body_size 20m;

    gzip on;
    gzip_types text/css application/javascript application/json image/svg+xml;
    gzip_min_length 1024;

    add_header Strict-Transport-Security "max-age=31536000; includeSubDomains" always;
    add_header X-Content-Type-Options nosniff;

    # hashed build assets never change, cache them for a year
    location /assets/ {
        expires 1y;
        add_header Cache-Control "public, immutable";
        try_files $uri =404;
    }

    location /ws/ {
        proxy_pass http://api_backend;
        proxy_http_version 1.1;
        proxy_set_header Upgrade $http_upgrade;
        proxy_set_header Connection "upgrade";
        proxy_read_timeout 1h;
    }

    # API goes to gunicorn, everything else is the SPA
    location /api/ {
        proxy_pass http://api_backend;
        proxy_http_version 1.1;
        proxy_set_header Connection "";
        proxy_set_header Host $host;
        proxy_set_header X-Forwarded-Proto $scheme;
    }

    location / {
        try_files $uri /index.html;
    }
}
''', "nginx server configuration in a .yml file", needle="upstream api_backend {", contains="nginx config")

add(L, "systemd/worker.yaml", r'''
[Unit]
Description=Render queue worker
After=network-online.target redis.service
Wants=network-online.target

[Service]
Type=simple
User=render
Group=render
WorkingDirectory=/opt/render-worker
EnvironmentFile=/etc/render-worker/env
ExecStart=/opt/render-worker/.venv/bin/python -m worker --concurrency 4
Restart=on-failure
RestartSec=5
LimitNOFILE=65536
NoNewPrivileges=true
ProtectSystem=strict
ReadWritePaths=/var/lib/render-worker

[Install]
WantedBy=multi-user.target
''', "systemd unit file in a .yaml file", needle="Description=Render queue worker", contains="systemd unit")

add(L, "db/migrations/003_orders.yml", r'''
-- 003: orders and order items
BEGIN;

CREATE TABLE orders (
    id           BIGSERIAL PRIMARY KEY,
    customer_id  BIGINT NOT NULL REFERENCES customers(id),
    status       TEXT NOT NULL DEFAULT 'pending'
                 CHECK (status IN ('pending', 'paid', 'shipped', 'cancelled')),
    total_cents  INTEGER NOT NULL CHECK (total_cents >= 0),
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- one row per line item
CREATE TABLE order_items (
    order_id   BIGINT NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    sku        TEXT NOT NULL,
    quantity   INTEGER NOT NULL CHECK (quantity > 0),
    unit_cents INTEGER NOT NULL,
    PRIMARY KEY (order_id, sku)
);

CREATE INDEX orders_customer_created_idx ON orders (customer_id, created_at DESC);
CREATE INDEX orders_status_idx ON orders (status) WHERE status <> 'can
''', "SQL migration in a .yml file", needle="CREATE TABLE orders (", contains="SQL", cut=True)

add(L, "config/tsconfig.yaml", r'''
{
  // Shared compiler options for all packages in the monorepo
  "compilerOptions": {
    "target": "ES2022",
    "module": "NodeNext",
    "moduleResolution": "NodeNext",
    "lib": ["ES2022", "DOM"],
    "strict": true,
    "noUncheckedIndexedAccess": true,
    "esModuleInterop": true,
    "skipLibCheck": true,
    "declaration": true,
    "sourceMap": true,
    // keep path aliases in sync with vite.config.ts
    "baseUrl": ".",
    "paths": {
      "@shared/*": ["packages/shared/src/*"],
      "@api/*": ["packages/api/src/*"]
    }
  },
  "exclude": ["node_modules", "dist", "**/*.spec.ts"]
}
''', "tsconfig JSON with // comments in a .yaml file", needle="// Shared compiler options",
    contains="JSON with comments")

add(L, "ci/Jenkinsfile.yml", r'''
pipeline {
    agent { docker { image 'node:20-bullseye' } }

    environment {
        REGISTRY = 'registry.example.com'
        IMAGE    = "${REGISTRY}/storefront"
    }

    options {
        timeout(time: 30, unit: 'MINUTES')
        buildDiscarder(logRotator(numToKeepStr: '20'))
    }

    stages {
        stage('Install') {
            steps { sh 'npm ci' }
        }
        stage('Test') {
            steps {
                sh 'npm run lint'
                sh 'npm test -- --ci --reporters=jest-junit'
            }
            post { always { junit 'reports/junit.xml' } }
        }
        stage('Publish') {
            when { branch 'main' }
            steps {
                script {
                    def tag = sh(script: 'git rev-parse --short HEAD', returnStdout: true).trim()
                    sh "docker build -t ${IMAGE}:${tag} . && docker push ${IMAGE}:${tag}"
                }
            }
        }
    }
}
''', "Jenkinsfile (Groovy declarative pipeline) in a .yml file", needle="pipeline {", contains="Groovy")

add(L, "run.yml", r'''
# start the local stack without compose
docker network create shopnet || true

docker run -d --name shop-db --network shopnet \
  -e POSTGRES_PASSWORD=devpass \
  -e POSTGRES_DB=shop \
  -v shop-db-data:/var/lib/postgresql/data \
  -p 5432:5432 \
  postgres:16-alpine

docker run -d --name shop-cache --network shopnet -p 6379:6379 redis:7-alpine

# app container, pointed at the two services above
docker run -d --name shop-api --network shopnet \
  -e DATABASE_URL=postgres://postgres:devpass@shop-db:5432/shop \
  -e REDIS_URL=redis://shop-cache:6379 \
  -p 8080:8080 \
  ghcr.io/acme/shop-api:latest
''', "docker run commands in a compose-style .yml", needle="docker network create shopnet", contains="shell (docker run commands)")

add(L, "config/env.yml", r'''
APP_ENV=staging
APP_PORT=4000
LOG_LEVEL=debug

DATABASE_URL=postgres://app:app@db.staging.internal:5432/app
DATABASE_POOL_SIZE=20
REDIS_URL=redis://cache.staging.internal:6379/0

JWT_ISSUER=https://auth.staging.example.com
JWT_AUDIENCE=shop-api
CORS_ORIGINS=https://staging.example.com,http://localhost:5173

STRIPE_PUBLISHABLE_KEY=pk_test_51Nx
SENTRY_DSN=https://public@o0.ingest.example.com/42
SMTP_HOST=smtp.mailtrap.io
SMTP_PORT=2525
S3_BUCKET=acme-staging-uploads
''', ".env file (KEY=value) in a .yml file", needle="APP_ENV=staging", contains=".env")

add(L, "airflow/dags/daily_sales.yaml", r'''
from datetime import datetime, timedelta

from airflow import DAG
from airflow.operators.python import PythonOperator
from airflow.providers.postgres.operators.postgres import PostgresOperator

default_args = {
    "owner": "data-eng",
    "retries": 2,
    "retry_delay": timedelta(minutes=10),
}

with DAG(
    dag_id="daily_sales",
    start_date=datetime(2024, 1, 1),
    schedule="0 4 * * *",
    catchup=False,
    default_args=default_args,
    tags=["sales", "reporting"],
) as dag:
    staging = PostgresOperator(
        task_id="load_staging",
        postgres_conn_id="warehouse",
        sql="sql/load_sales_staging.sql",
    )

    def _publish(**context):
        from reporting.publish import publish_daily
        publish_daily(context["ds"])

    publish = PythonOperator(task_id="publish_report", python_callable=_publish)

    staging >> publish
''', "Airflow DAG (Python) in a .yaml file", needle="from datetime import datetime", contains="Python")
