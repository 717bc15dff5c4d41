from registry import add

L = "language-mismatch"


def mm(path, lang, content_lang, note, body, truncated=False):
    expect = "reject" if lang in ("TOML", "JSON") else None
    add(L, path, lang, f"content is {content_lang}" + ("; cut off mid-line, no final newline" if truncated else "") + f"; {note}",
        body, expect=expect, content_lang=content_lang, truncated=truncated)


# ====================================================================== YAML
mm("config/database.yml", "YAML", "Python", "SQLAlchemy engine/session module instead of a DB config", r'''
import os

from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker, declarative_base

DATABASE_URL = os.environ.get(
    "DATABASE_URL", "postgresql+psycopg://app:app@localhost:5432/app"
)

engine = create_engine(
    DATABASE_URL,
    pool_size=int(os.environ.get("DB_POOL_SIZE", 5)),
    max_overflow=10,
    pool_pre_ping=True,
)

SessionLocal = sessionmaker(bind=engine, autoflush=False, expire_on_commit=False)
Base = declarative_base()


def get_db():
    db = SessionLocal()
    try:
        yield db
    finally:
        db.cl''', truncated=True)

mm(".github/workflows/ci.yml", "YAML", "shell", "bash CI script instead of a workflow definition", r'''
#!/usr/bin/env bash
set -euo pipefail

echo "Installing dependencies"
python -m pip install --upgrade pip
pip install -r requirements.txt -r requirements-dev.txt

echo "Linting"
ruff check .
mypy src/

echo "Running tests"
pytest --cov=src --cov-report=xml -q

if [[ "${GITHUB_REF:-}" == "refs/heads/main" ]]; then
  echo "Uploading coverage"
  bash <(curl -s https://codecov.io/bash) -f coverage.xml
fi
''')

mm("docker-compose.yml", "YAML", "Dockerfile", "multi-stage Dockerfile instead of a compose file", r'''
FROM node:20-alpine AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci

FROM node:20-alpine AS build
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY . .
RUN npm run build

FROM node:20-alpine
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/dist ./dist
COPY --from=deps /app/node_modules ./node_modules
EXPOSE 3000
USER node
CMD ["node", "dist/server.js"]
''')

mm("k8s/configmap.yaml", "YAML", "nginx", "nginx server block instead of a ConfigMap manifest", r'''
upstream app_backend {
    server 127.0.0.1:8080;
    keepalive 32;
}

server {
    listen 80;
    server_name shop.example.com;

    client_max_body_size 20m;
    gzip on;
    gzip_types text/css application/javascript application/json;

    location /static/ {
        alias /var/www/shop/static/;
        expires 30d;
    }

    location / {
        proxy_pass http://app_backend;
        proxy_set_header Host $host;
        proxy_set_header X-Forwarded-For $proxy_add_x_forwar''', truncated=True)

mm("ansible/inventory.yml", "YAML", "INI", "INI-style Ansible inventory instead of the YAML inventory requested", r'''
[web]
web-01.internal ansible_host=10.0.1.11
web-02.internal ansible_host=10.0.1.12

[db]
db-01.internal ansible_host=10.0.2.21 postgres_role=primary
db-02.internal ansible_host=10.0.2.22 postgres_role=replica

[monitoring]
mon-01.internal ansible_host=10.0.3.31

[production:children]
web
db
monitoring

[production:vars]
ansible_user=deploy
ansible_python_interpreter=/usr/bin/python3
''')

mm("config/settings.yaml", "YAML", ".env", "dotenv variables instead of a settings document", r'''
APP_ENV=production
APP_DEBUG=false
APP_URL=https://billing.example.com
DATABASE_URL=postgres://billing:s3cret@db.internal:5432/billing
REDIS_URL=redis://cache.internal:6379/1
STRIPE_SECRET_KEY=sk_live_replace_me
STRIPE_WEBHOOK_SECRET=whsec_replace_me
MAIL_FROM="Billing <billing@example.com>"
SENTRY_DSN=
LOG_LEVEL=info
''')

mm("openapi/spec.yaml", "YAML", "JS", "Express route handlers instead of an OpenAPI document", r'''
const express = require('express');
const router = express.Router();
const { Order } = require('../models');

/**
 * GET /orders
 * Returns a paginated list of orders for the current user.
 */
router.get('/orders', async (req, res) => {
  const page = Number(req.query.page) || 1;
  const orders = await Order.findAll({
    where: { userId: req.user.id },
    limit: 20,
    offset: (page - 1) * 20,
  });
  res.json({ page, data: orders });
});

router.post('/orders', async (req, res) => {
  const order = await Order.create({ ...req.body, userId: req.user.id });
  res.status(201).json(ord''', truncated=True)

mm("infra/stack.yaml", "YAML", "HCL", "Terraform resources instead of a stack definition", r'''
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
  bucket = "acme-${var.environment}-assets"

  tags = {
    Environment = var.environment
    ManagedBy   = "terraform"
  }
}

resource "aws_s3_bucket_versioning" "assets" {
  bucket = aws_s3_bucket.assets.id
  versioning_configuration {
    status = "Enabled"
  }
}
''')

mm("db/seeds.yml", "YAML", "SQL", "SQL INSERT statements instead of YAML fixtures", r'''
BEGIN;

INSERT INTO categories (id, slug, name) VALUES
  (1, 'hardware', 'Hardware'),
  (2, 'software', 'Software'),
  (3, 'services', 'Services');

INSERT INTO products (sku, name, category_id, price_cents, active) VALUES
  ('HW-001', 'USB-C Dock', 1, 12900, true),
  ('HW-002', 'Mechanical Keyboard', 1, 8900, true),
  ('SW-001', 'Backup Suite (1 year)', 2, 4900, true),
  ('SV-001', 'On-site Setup', 3, 15000, fal''', truncated=True)

mm("mkdocs.yml", "YAML", "Markdown", "a Markdown docs page instead of the MkDocs config", r'''
# Ledger documentation

Welcome to the Ledger docs. Ledger syncs bank transactions into your
accounting system and keeps them reconciled.

## Getting started

1. Install the CLI: `pip install ledger-cli`
2. Run `ledger init` in your project directory.
3. Connect a bank feed with `ledger feeds add`.

## Guides

- [Importing bank feeds](guides/bank-feeds.md)
- [Reconciliation rules](guides/reconciliation.md)
- [Exporting to CSV](guides/export.md)

> **Tip:** run `ledger doctor` if a sync ever looks stuck.
''')

mm("config/locales/en.yml", "YAML", "Java properties", "messages.properties key=value pairs instead of a Rails locale file", r'''
# English UI strings
app.title=Acme Inventory
nav.dashboard=Dashboard
nav.products=Products
nav.orders=Orders
nav.settings=Settings
product.list.empty=No products yet. Create your first one!
product.form.name=Product name
product.form.price=Price (EUR)
product.saved=Product {0} was saved.
order.status.pending=Pending
order.status.shipped=Shipped
error.notFound=The page you requested could not be found.
''')

mm(".circleci/config.yml", "YAML", "Makefile", "Makefile targets instead of a CircleCI config", r'''
.PHONY: install lint test build deploy

NODE_BIN := node_modules/.bin
IMAGE ?= ghcr.io/acme/web
TAG ?= $(shell git rev-parse --short HEAD)

install:
	npm ci

lint: install
	$(NODE_BIN)/eslint . --max-warnings=0

test: install
	$(NODE_BIN)/jest --ci --coverage

build:
	docker build -t $(IMAGE):$(TAG) .

deploy: build
	docker push $(IMAGE):$(TAG)
	kubectl set image deployment/web web=$(IMAGE):$(TAG)
''')

# ====================================================================== TOML
mm("Cargo.toml", "TOML", "Rust", "main.rs source instead of the crate manifest", r'''
use std::net::SocketAddr;

use axum::{routing::get, Json, Router};
use serde::Serialize;
use tracing_subscriber::EnvFilter;

#[derive(Serialize)]
struct Health {
    status: &'static str,
    version: &'static str,
}

async fn health() -> Json<Health> {
    Json(Health {
        status: "ok",
        version: env!("CARGO_PKG_VERSION"),
    })
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(EnvFilter::from_default_env())
        .init();

    let app = Router::new().route("/healthz", get(health));
    let addr = SocketAddr::from(([0, 0, 0, 0], 8080));
    let listener = tokio::net::TcpListener::bind(addr).await?;
    axum::serve(listener, a''', truncated=True)

mm("pyproject.toml", "TOML", "Python", "setup.py instead of pyproject metadata", r'''
from setuptools import find_packages, setup

with open("README.md", encoding="utf-8") as fh:
    long_description = fh.read()

setup(
    name="invoice-parser",
    version="2.1.0",
    description="Extract line items and totals from supplier PDF invoices",
    long_description=long_description,
    long_description_content_type="text/markdown",
    packages=find_packages(where="src"),
    package_dir={"": "src"},
    python_requires=">=3.10",
    install_requires=[
        "pdfplumber>=0.11",
        "pydantic>=2.7",
        "typer>=0.12",
    ],
    entry_points={"console_scripts": ["invoice-parser=invoice_parser.cli:app"]},
)
''')

mm("config.toml", "TOML", "INI", "INI file with unquoted values instead of TOML", r'''
; Application configuration
[server]
host = 0.0.0.0
port = 8080
workers = 4

[database]
driver = postgres
host = db.internal
name = inventory
user = inventory

[logging]
level = INFO
file = /var/log/inventory/app.log
rotate = daily
''')

mm("netlify.toml", "TOML", "nginx", "nginx redirects/headers instead of Netlify settings", r'''
server {
    listen 80;
    server_name www.example.com;
    root /var/www/site/dist;
    index index.html;

    location /api/ {
        proxy_pass http://127.0.0.1:9000/;
    }

    location /blog/ {
        rewrite ^/blog/(.*)$ /posts/$1 permanent;
    }

    location /assets/ {
        add_header Cache-Control "public, max-age=31536000, immutable";
    }

    location / {
        try_files $uri $uri/ /index.html;
    }
}
''')

mm(".golangci.toml", "TOML", "Go", "Go source file instead of linter settings", r'''
package main

import (
	"context"
	"log"
	"net/http"
	"os"
	"os/signal"
	"time"
)

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusOK)
		_, _ = w.Write([]byte("ok"))
	})

	srv := &http.Server{Addr: ":8080", Handler: mux, ReadHeaderTimeout: 5 * time.Second}

	go func() {
		if err := srv.ListenAndServe(); err != nil && err != http.ErrServerClosed {
			log.Fatalf("listen: %v", err)
		}
	}()

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	<-ctx.Done()
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 10*time.Sec''', truncated=True)

mm("config/app.toml", "TOML", ".env", "dotenv assignments instead of TOML tables", r'''
APP_NAME=billing-service
APP_ENV=production
PORT=8080
DATABASE_URL=postgres://billing:billing@db:5432/billing
REDIS_URL=redis://cache:6379/2
PAYMENTS_PROVIDER=stripe
PAYMENTS_CURRENCY=EUR
LOG_LEVEL=info
LOG_FORMAT=json
''')

mm("backend/pyproject.toml", "TOML", "Makefile", "Makefile for a Python project instead of pyproject", r'''
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: venv install test lint fmt clean

venv:
	$(PYTHON) -m venv $(VENV)

install: venv
	$(BIN)/pip install -e ".[dev]"

test:
	$(BIN)/pytest -q

lint:
	$(BIN)/ruff check src tests
	$(BIN)/mypy src

fmt:
	$(BIN)/ruff format src tests

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache dist build
''')

mm("fly.toml", "TOML", "Dockerfile", "Dockerfile instead of the Fly.io app config", r'''
FROM python:3.12-slim AS base
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1
WORKDIR /app

RUN apt-get update \
 && apt-get install -y --no-install-recommends build-essential libpq-dev \
 && rm -rf /var/lib/apt/lists/*

COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt

COPY . .
RUN python manage.py collectstatic --noinput

EXPOSE 8080
CMD ["gunicorn", "config.wsgi:application", "--bind", "0.0.0.0:8080", "--workers", "''', truncated=True)

mm("wrangler.toml", "TOML", "JS", "Cloudflare Worker script instead of wrangler settings", r'''
export default {
  async fetch(request, env, ctx) {
    const url = new URL(request.url);

    if (url.pathname === '/health') {
      return new Response('ok');
    }

    const cache = caches.default;
    let response = await cache.match(request);
    if (!response) {
      response = await fetch(`${env.ORIGIN_URL}${url.pathname}${url.search}`, request);
      response = new Response(response.body, response);
      response.headers.set('Cache-Control', 'public, max-age=300');
      ctx.waitUntil(cache.put(request, response.clone()));
    }
    return response;
  },
};
''')

mm(".cargo/config.toml", "TOML", "shell", "shell commands for cross-compiling instead of cargo config", r'''
#!/usr/bin/env bash
set -euo pipefail

rustup target add aarch64-unknown-linux-gnu x86_64-unknown-linux-musl
sudo apt-get install -y gcc-aarch64-linux-gnu musl-tools

export CARGO_TARGET_AARCH64_UNKNOWN_LINUX_GNU_LINKER=aarch64-linux-gnu-gcc
export RUSTFLAGS="-C target-cpu=native"

cargo build --release --target aarch64-unknown-linux-gnu
cargo build --release --target x86_64-unknown-linux-musl
ls -lh target/*/release/ledger-sync
''')

mm("config/database.toml", "TOML", "SQL", "DDL statements instead of database settings", r'''
CREATE TABLE IF NOT EXISTS accounts (
    id          BIGSERIAL PRIMARY KEY,
    owner_id    UUID NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    name        VARCHAR(120) NOT NULL,
    currency    CHAR(3) NOT NULL DEFAULT 'EUR',
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS transactions (
    id          BIGSERIAL PRIMARY KEY,
    account_id  BIGINT NOT NULL REFERENCES accounts(id),
    amount_cents BIGINT NOT NULL,
    booked_at   DATE NOT NULL,
    description TEXT
);

CREATE INDEX idx_transactions_account_booked ON transactions (account_id, booked''', truncated=True)

mm("deploy/service.toml", "TOML", "systemd unit", "systemd service unit instead of a TOML service definition", r'''
[Unit]
Description=Orders API
After=network-online.target postgresql.service
Wants=network-online.target

[Service]
Type=simple
User=orders
WorkingDirectory=/opt/orders-api
EnvironmentFile=/etc/orders-api/env
ExecStart=/opt/orders-api/bin/orders-api --port 8080
Restart=on-failure
RestartSec=5
LimitNOFILE=65536

[Install]
WantedBy=multi-user.target
''')

# ====================================================================== JSON
mm("package.json", "JSON", "JS", "CommonJS module exporting a package-like object instead of package.json", r'''
// package manifest
module.exports = {
  name: 'storefront',
  version: '1.8.0',
  private: true,
  scripts: {
    dev: 'vite',
    build: 'vite build',
    preview: 'vite preview',
    test: 'vitest run',
  },
  dependencies: {
    react: '^18.3.1',
    'react-dom': '^18.3.1',
    'react-router-dom': '^6.26.0',
  },
  devDependencies: {
    vite: '^5.4.0',
    vitest: '^2.0.5',
    '@vitejs/plugin-react': '^4.3.1',
  },
  engines: { node: '>=1''', truncated=True)

mm("tsconfig.json", "JSON", "TS", "TypeScript config module instead of tsconfig JSON", r'''
import type { CompilerOptions } from 'typescript';

export const compilerOptions: CompilerOptions = {
  target: 'ES2022',
  module: 'ESNext',
  moduleResolution: 'Bundler',
  strict: true,
  jsx: 'react-jsx',
  esModuleInterop: true,
  skipLibCheck: true,
  baseUrl: '.',
  paths: {
    '@/*': ['src/*'],
  },
};

export const include: string[] = ['src', 'vite.config.ts'];
export const exclude: string[] = ['node_modules', 'dist'];
''')

mm(".eslintrc.json", "JSON", "JS", ".eslintrc.js module instead of the JSON config", r'''
module.exports = {
  root: true,
  env: { browser: true, es2022: true, node: true },
  parser: '@typescript-eslint/parser',
  parserOptions: { ecmaVersion: 'latest', sourceType: 'module' },
  plugins: ['@typescript-eslint', 'react-hooks'],
  extends: [
    'eslint:recommended',
    'plugin:@typescript-eslint/recommended',
    'plugin:react-hooks/recommended',
    'prettier',
  ],
  rules: {
    'no-console': ['warn', { allow: ['warn', 'error'] }],
    '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
  },
  ignorePatterns: ['dist/', 'coverage/'],
};
''')

mm("config/default.json", "JSON", ".env", "dotenv variables instead of a JSON config object", r'''
NODE_ENV=development
PORT=3000
DATABASE_URL=postgres://app:app@localhost:5432/app_dev
JWT_SECRET=change-me-in-production
JWT_EXPIRES_IN=15m
CORS_ORIGINS=http://localhost:5173,http://localhost:3000
S3_BUCKET=acme-dev-uploads
LOG_LEVEL=debug
''')

mm("data/users.json", "JSON", "CSV", "CSV rows instead of a JSON array of users", r'''
id,email,full_name,role,created_at
1,ana.silva@example.com,Ana Silva,admin,2024-01-15T09:12:00Z
2,ben.okafor@example.com,Ben Okafor,editor,2024-02-02T14:40:00Z
3,chloe.martin@example.com,Chloé Martin,viewer,2024-02-19T08:05:00Z
4,dev.patel@example.com,Dev Patel,editor,2024-03-07T17:22:00Z
5,emma.larsen@example.com,Emma Larsen,viewer,2024-03-30T11:48:00Z
6,felix.wagner@example.com,Felix Wag''', truncated=True)

mm("appsettings.json", "JSON", "XML", "App.config-style XML instead of appsettings JSON", r'''
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="Default"
         connectionString="Server=localhost;Database=Inventory;User Id=sa;Password=Passw0rd!;TrustServerCertificate=True"
         providerName="Microsoft.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="Logging:LogLevel:Default" value="Information" />
    <add key="AllowedHosts" value="*" />
    <add key="Jwt:Issuer" value="https://auth.example.com" />
  </appSettings>
</configuration>
''')

mm("public/manifest.json", "JSON", "Markdown", "Markdown notes about the PWA manifest instead of the manifest itself", r'''
# Web app manifest

The manifest tells the browser how the app should behave when installed.

| Field | Value |
| --- | --- |
| name | Acme Storefront |
| short_name | Storefront |
| start_url | `/` |
| display | `standalone` |
| theme_color | `#1e3a8a` |

## Icons

Provide at least a 192×192 and a 512×512 PNG in `public/icons/`. The 512px icon is
also used as the spl''', truncated=True)

mm(".vscode/settings.json", "JSON", "INI", "INI sections instead of VS Code settings JSON", r'''
[editor]
formatOnSave = true
tabSize = 2
rulers = 100

[files]
trimTrailingWhitespace = true
insertFinalNewline = true
exclude = **/node_modules, **/dist

[typescript]
preferences.importModuleSpecifier = non-relative
tsdk = node_modules/typescript/lib
''')

mm("firebase.json", "JSON", "Python", "firebase-admin Python deploy helper instead of firebase.json", r'''
import json
import subprocess
import sys

HOSTING_CONFIG = {
    "public": "dist",
    "ignore": ["firebase.json", "**/.*", "**/node_modules/**"],
    "rewrites": [{"source": "**", "destination": "/index.html"}],
}


def deploy(project: str) -> int:
    with open("firebase.generated.json", "w", encoding="utf-8") as fh:
        json.dump({"hosting": HOSTING_CONFIG}, fh, indent=2)
    return subprocess.call(
        ["firebase", "deploy", "--only", "hosting", "--project", project,
         "--config", "firebase.generated.json"]
    )


if __name__ == "__main__":
    sys.exit(deploy(sys.argv[1] if len(sys.argv) > 1 else "acme-staging"))
''')

mm("schema.json", "JSON", "SQL", "CREATE TABLE statements instead of a JSON Schema", r'''
CREATE TABLE customers (
    id           UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    email        TEXT NOT NULL UNIQUE,
    display_name TEXT,
    country      CHAR(2) NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE orders (
    id           UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    customer_id  UUID NOT NULL REFERENCES customers(id),
    status       TEXT NOT NULL CHECK (status IN ('pending', 'paid', 'shipped', 'cancel''', truncated=True)

mm("src/main/resources/messages.json", "JSON", "Java properties", "messages.properties pairs instead of a JSON message bundle", r'''
# Validation messages
validation.required=This field is required.
validation.email=Please enter a valid e-mail address.
validation.min=Must be at least {0} characters.
validation.max=Must be at most {0} characters.
order.created=Order {0} has been created.
order.cancelled=Order {0} was cancelled.
error.generic=Something went wrong. Please try again later.
''')

mm("vercel.json", "JSON", "nginx", "nginx location blocks instead of Vercel rewrites/headers", r'''
location /api/ {
    proxy_pass https://api.example.com/;
    proxy_set_header Host api.example.com;
}

location ~* \.(js|css|woff2)$ {
    add_header Cache-Control "public, max-age=31536000, immutable";
}

location / {
    try_files $uri /index.html;
}
''')
