from common import F

L = "language-mismatch"
T = "TOML"

FILES = [
F(L, "pyproject.toml", T, r'''
from setuptools import find_packages, setup

setup(
    name="acme-client",
    version="0.7.1",
    description="Python client for the Acme API",
    packages=find_packages(where="src"),
    package_dir={"": "src"},
    python_requires=">=3.9",
    install_requires=[
        "httpx>=0.27",
        "pydantic>=2.6",
    ],
    extras_require={"dev": ["pytest", "respx"]},
    entry_points={"console_scripts": ["acme=acme_client.cli:main"]},
)
''', "setup.py Python code instead of pyproject TOML", line=1, kind="mm", content="Python"),

F(L, "Cargo.toml", T, r'''
{
  "name": "image-resizer",
  "version": "0.3.0",
  "private": true,
  "type": "module",
  "scripts": {
    "build": "tsc -p .",
    "test": "vitest run"
  },
  "dependencies": {
    "sharp": "^0.33.2"
  },
  "devDependencies": {
    "typescript": "^5.4.0",
    "vitest": "^1.5.0"
  }
}
''', "package.json JSON instead of a Cargo manifest", line=1, kind="mm", content="JSON"),

F(L, "netlify.toml", T, r'''
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
''', "YAML instead of netlify.toml", line=1, kind="mm", content="YAML"),

F(L, "hugo.toml", T, r'''
baseURL: https://blog.example.org/
languageCode: en-us
title: Notes from the Field
theme: PaperMod

params:
  author: Dana Whitfield
  ShowReadingTime: true
  ShowCodeCopyButtons: true

menu:
  main:
    - name: Posts
      url: /posts/
      weight: 10
    - name: About
      url: /about/
      weight: 20
''', "Hugo config written as YAML under a .toml name", line=1, kind="mm", content="YAML"),

F(L, "rustfmt.toml", T, r'''
{
  // Keep lines a bit longer than the default 100.
  "max_width": 120,
  "edition": "2021",
  /* group std, external and crate imports */
  "group_imports": "StdExternalCrate",
  "imports_granularity": "Crate",
  "newline_style": "Unix",
  "use_field_init_shorthand": true
}
''', "JSON with comments (JSONC) instead of TOML", line=1, kind="mm", content="JSONC"),

F(L, "tox.toml", T, r'''
[tox]
envlist = py310, py311, py312, lint
isolated_build = true

[testenv]
deps =
    pytest
    pytest-cov
commands = pytest --cov=acme {posargs}

[testenv:lint]
skip_install = true
deps = ruff
commands = ruff check src tests
''', "tox.ini INI syntax (bare values, indented continuation lines) instead of TOML", line=2, kind="mm", content="INI"),

F(L, "tools/gitconfig.toml", T, r'''
[user]
	name = Priya Raman
	email = priya@example.com
[core]
	editor = nvim
	autocrlf = input
[alias]
	co = checkout
	st = status -sb
	lg = log --oneline --graph --decorate
[pull]
	rebase = true
[init]
	defaultBranch = main
''', ".gitconfig INI syntax with bare values instead of TOML", line=2, kind="mm", content="INI"),

F(L, "wrangler.toml", T, r'''
export default {
  async fetch(request, env, ctx) {
    const url = new URL(request.url);

    if (url.pathname === '/health') {
      return new Response('ok');
    }

    const cached = await env.CACHE.get(url.pathname);
    if (cached) {
      return new Response(cached, { headers: { 'content-type': 'application/json' } });
    }

    const upstream = await fetch(`${env.ORIGIN}${url.pathname}`, request);
    const body = await upstream.text();
    ctx.waitUntil(env.CACHE.put(url.pathname, body, { expirationTtl: 300 }));
    return new Response(body, upstream);
  },
};
''', "JavaScript Cloudflare Worker module instead of wrangler configuration", line=1, kind="mm", content="JavaScript"),

F(L, "config/app.toml", T, r'''
# Local development settings
APP_NAME=inventory
APP_ENV=development
PORT=4000

DATABASE_URL=postgres://inventory:inventory@localhost:5432/inventory
SESSION_SECRET=dev-only-not-secret
SMTP_HOST=localhost
SMTP_PORT=1025
''', ".env file (unquoted values) instead of TOML", line=2, kind="mm", content=".env"),

F(L, "fly.toml", T, r'''
FROM python:3.12-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1

WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .

EXPOSE 8080
CMD ["gunicorn", "app:create_app()", "--bind", "0.0.0.0:8080"]
''', "Dockerfile instead of fly.toml", line=1, kind="mm", content="Dockerfile"),

F(L, "Makefile.toml", T, r'''
.PHONY: build test fmt clippy

CARGO ?= cargo

build:
	$(CARGO) build --release

test:
	$(CARGO) test --all-features

fmt:
	$(CARGO) fmt --all -- --check

clippy:
	$(CARGO) clippy --all-targets -- -D warnings
''', "GNU Makefile instead of a cargo-make Makefile.toml", line=1, kind="mm", content="Makefile"),

F(L, "infra/backend.toml", T, r'''
terraform {
  required_version = ">= 1.6"

  backend "s3" {
    bucket         = "acme-terraform-state"
    key            = "prod/network.tfstate"
    region         = "eu-west-1"
    dynamodb_table = "terraform-locks"
    encrypt        = true
  }

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.40"
    }
  }
}
''', "Terraform HCL block instead of TOML", line=1, kind="mm", content="HCL"),

F(L, "supabase/config.toml", T, r'''
create table if not exists public.profiles (
  id uuid primary key references auth.users (id) on delete cascade,
  username text unique not null,
  avatar_url text,
  created_at timestamptz not null default now()
);

alter table public.profiles enable row level security;

create policy "profiles are viewable by everyone"
  on public.profiles for select
  using (true);

create policy "users can update their own profile"
  on public.profiles for update
  using (auth.uid() = i''', "SQL migration instead of Supabase config TOML, cut off mid-expression", kind="mm", content="SQL", cut=True),

F(L, "config/server.toml", T, r'''
upstream app {
    server 127.0.0.1:8000;
    keepalive 32;
}

server {
    listen 443 ssl http2;
    server_name api.example.com;

    ssl_certificate     /etc/letsencrypt/live/api.example.com/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/api.example.com/privkey.pem;

    location / {
        proxy_pass http://app;
        proxy_http_version 1.1;
        proxy_set_header Connection "";
    }
}
''', "nginx configuration instead of TOML", line=1, kind="mm", content="nginx config"),

F(L, "deploy/worker.toml", T, r'''
[Unit]
Description=Inventory sync worker
After=network.target postgresql.service

[Service]
User=inventory
ExecStart=/usr/local/bin/inventory-sync --interval 60
Restart=always
Environment=RUST_LOG=info

[Install]
WantedBy=multi-user.target
''', "systemd unit (bare string values) instead of TOML", line=2, kind="mm", content="systemd unit"),

F(L, "gradle/libs.versions.toml", T, r'''
plugins {
    id 'java'
    id 'org.springframework.boot' version '3.2.5'
    id 'io.spring.dependency-management' version '1.1.4'
}

group = 'com.acme'
version = '0.1.0-SNAPSHOT'

java {
    toolchain {
        languageVersion = JavaLanguageVersion.of(21)
    }
}

dependencies {
    implementation 'org.springframework.boot:spring-boot-starter-web'
    testImplementation 'org.springframework.boot:spring-boot-starter-te''', "Groovy build.gradle instead of a Gradle version catalog, cut off mid-word inside a string", kind="mm", content="Groovy", cut=True),

F(L, "config/log4j.toml", T, r'''
log4j.rootLogger=INFO, stdout, file

log4j.appender.stdout=org.apache.log4j.ConsoleAppender
log4j.appender.stdout.layout=org.apache.log4j.PatternLayout
log4j.appender.stdout.layout.ConversionPattern=%d{ISO8601} %-5p [%t] %c - %m%n

log4j.appender.file=org.apache.log4j.RollingFileAppender
log4j.appender.file.File=/var/log/acme/app.log
log4j.appender.file.MaxFileSize=10MB
log4j.appender.file.MaxBackupIndex=5
''', "Java log4j.properties instead of TOML", line=1, kind="mm", content="Java properties"),

F(L, "book.toml", T, r'''
# The Acme Handbook

Welcome! This book collects how we build, ship and operate software at Acme.

## Chapters

1. [Onboarding](onboarding.md)
2. [Code review](code-review.md)
3. [On-call](on-call.md)

> **Tip:** run `mdbook serve` and open http://localhost:3000 to preview changes.
''', "Markdown document instead of an mdBook book.toml", line=1, kind="mm", content="Markdown"),

F(L, ".cargo/config.toml", T, r'''
#!/usr/bin/env bash
# Cross-compile release binaries for the supported targets.
set -euo pipefail

TARGETS=(x86_64-unknown-linux-musl aarch64-unknown-linux-musl)

for t in "${TARGETS[@]}"; do
  rustup target add "$t"
  cargo build --release --target "$t"
  cp "target/$t/release/acme" "dist/acme-$t"
done

echo "built ${#TARGETS[@]} targ''', "bash build script instead of cargo configuration, cut off inside a string", kind="mm", content="shell", cut=True),

F(L, "config/features.toml", T, r'''
package config

// Features toggles loaded at startup.
type Features struct {
	NewCheckout    bool   `toml:"new_checkout"`
	SearchBackend  string `toml:"search_backend"`
	MaxUploadMB    int    `toml:"max_upload_mb"`
	BetaAllowlist  []string `toml:"beta_allowlist"`
}

var Defaults = Features{
	NewCheckout:   false,
	SearchBackend: "postgres",
	MaxUploadMB:   25,
	BetaAllowlist: []string{"acme-staff", "design-partn''', "Go struct and defaults instead of TOML, cut off inside a string literal", kind="mm", content="Go", cut=True),
]
