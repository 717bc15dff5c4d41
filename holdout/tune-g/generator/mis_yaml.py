from common import add

L = "language-mismatch"


def mm(path, other, body, mark, cut=False):
    what = f"whole file is {other} content in a YAML file; telltale {other} line at line {{0}}"
    if cut:
        what += "; also cut off mid-line at line {last}"
    add(L, path, f"YAML (contains {other})", body, what, [mark], nl=not cut, kind="mismatch")


mm("config/app.yml", "TOML", r'''
[server]
host = "0.0.0.0"
port = 8080
read_timeout = "15s"
write_timeout = "15s"

[database]
url = "postgres://app:app@localhost:5432/app?sslmode=disable"
max_open_conns = 20
max_idle_conns = 5

[cache]
enabled = true
ttl_seconds = 300

[[upstreams]]
name = "billing"
base_url = "http://billing.internal:9000"
timeout_ms = 2500
''', 'host = "0.0.0.0"')

mm(".pre-commit-config.yaml", "TOML", r'''
# pre-commit hooks for this repo
[[repos]]
repo = "https://github.com/pre-commit/pre-commit-hooks"
rev = "v4.6.0"
hooks = [
  { id = "trailing-whitespace" },
  { id = "end-of-file-fixer" },
  { id = "check-merge-conflict" },
]

[[repos]]
repo = "https://github.com/psf/black"
rev = "24.4.2"
hooks = [{ id = "black", language_version = "python3.12" }]

[[repos]]
repo = "https://github.com/pycqa/flake8"
rev = "7.1.0"
hooks = [{ id = "flake8", args = ["--max-line-length=100"] }]
''', "[[repos]]")

mm("ansible/inventory.yml", "INI", r'''
; production inventory
[webservers]
web1.example.com ansible_host=10.0.1.11
web2.example.com ansible_host=10.0.1.12
web3.example.com ansible_host=10.0.1.13

[dbservers]
db1.example.com ansible_host=10.0.2.21 postgres_role=primary
db2.example.com ansible_host=10.0.2.22 postgres_role=replica

[loadbalancers]
lb1.example.com

[production:children]
webservers
dbservers
loadbalancers

[production:vars]
ansible_user=deploy
ansible_python_interpreter=/usr/bin/python3
''', "[webservers]")

mm("config/php.yml", "INI", r'''
[PHP]
engine = On
short_open_tag = Off
precision = 14
output_buffering = 4096
memory_limit = 256M
max_execution_time = 30
error_reporting = E_ALL & ~E_DEPRECATED & ~E_STRICT
display_errors = Off
log_errors = On
upload_max_filesize = 20M
post_max_size = 25M

[Date]
date.timezone = UTC

[opcache]
opcache.enable = 1
opcache.memory_consumption = 128
opcache.max_accelerated_files = 10000
opcache.validate_timestamps = 0
''', "engine = On", cut=False)

mm("k8s/app-configmap.yaml", ".env", r'''
# Application settings for the orders service
# Loaded into the pod via envFrom
NODE_ENV=production
PORT=3000
LOG_LEVEL=info
DATABASE_URL=postgres://orders:s3cret@orders-db.internal:5432/orders
REDIS_URL=redis://cache.internal:6379/2
JWT_ISSUER=https://auth.example.com/
JWT_AUDIENCE=orders-api
SENTRY_DSN=https://abc123@o4505.ingest.sentry.io/4505
FEATURE_NEW_CHECKOUT=true
RATE_LIMIT_PER_MINUTE=120
SMTP_HOST=smtp.mailgun.org
SMTP_PORT=587
SMTP_USER=postmaster@mg.example.com
SMTP_FROM=orders@exa
''', "NODE_ENV=production", cut=True)

mm("src/main/resources/application.yml", "Java properties", r'''
# Spring Boot configuration
spring.application.name=catalog-service
server.port=8081
server.servlet.context-path=/catalog

spring.datasource.url=jdbc:postgresql://localhost:5432/catalog
spring.datasource.username=catalog
spring.datasource.password=${DB_PASSWORD}
spring.datasource.hikari.maximum-pool-size=15

spring.jpa.hibernate.ddl-auto=validate
spring.jpa.open-in-view=false
spring.jpa.properties.hibernate.jdbc.batch_size=50

management.endpoints.web.exposure.include=health,info,prometheus
management.endpoint.health.probes.enabled=true
logging.level.org.hibernate.SQL=DEBUG
''', "spring.application.name=catalog-service")

mm(".github/ISSUE_TEMPLATE/config.yml", "Markdown", r'''
# Contributing to Lumen

Thanks for taking the time to contribute! Please read this before opening an issue.

## Reporting bugs

- Search the [existing issues](https://github.com/acme/lumen/issues) first
- Include the version (`lumen --version`) and your OS
- Paste the **full** error output in a code block

## Asking questions

Questions belong in [Discussions](https://github.com/acme/lumen/discussions),
not in the issue tracker.

## Security

Please report vulnerabilities privately to security@example.com.
''', "## Reporting bugs")

mm(".gitlab-ci.yml", "shell script", r'''
#!/usr/bin/env bash
set -euo pipefail

echo "Building image for commit: $CI_COMMIT_SHORT_SHA"
docker login -u "$CI_REGISTRY_USER" -p "$CI_REGISTRY_PASSWORD" "$CI_REGISTRY"
docker build -t "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA" .
docker push "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA"

if [ "$CI_COMMIT_BRANCH" = "main" ]; then
  docker tag "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA" "$CI_REGISTRY_IMAGE:latest"
  docker push "$CI_REGISTRY_IMAGE:latest"
fi

for env in staging production; do
  echo "Rendering manifests for: $env"
  helm template api ./chart -f "chart/values-$env.yaml" > "rendered-$env.yaml"
done
''', "set -euo pipefail")

mm(".github/workflows/build.yml", "shell script", r'''
#!/bin/sh
set -e

npm ci
npm run lint
npm test -- --ci
npm run build

if [ -n "$GITHUB_REF_NAME" ] && [ "$GITHUB_REF_NAME" = "main" ]; then
  tar -czf dist.tar.gz dist/
  aws s3 cp dist.tar.gz "s3://acme-builds/web/$GITHUB_SHA/dist.tar.gz"
fi

echo "build finished for ${GITHUB_SHA}"
echo "artifact size: $(du -h dist.tar.gz | cut -f1)"
''', "npm run lint", cut=False)

mm("scripts/seed.yml", "Python", r'''
import json
import os
from pathlib import Path

import psycopg

FIXTURES = Path(__file__).parent / "fixtures"


def load(name):
    with open(FIXTURES / f"{name}.json", encoding="utf-8") as fh:
        return json.load(fh)


def main():
    with psycopg.connect(os.environ["DATABASE_URL"]) as conn:
        with conn.cursor() as cur:
            for user in load("users"):
                cur.execute(
                    "INSERT INTO users (email, name) VALUES (%s, %s) ON CONFLICT DO NOTHING",
                    (user["email"], user["name"]),
                )
        conn.commit()


if __name__ == "__main__":
    main()
''', "def main():")

mm("docker-compose.yml", "Dockerfile", r'''
FROM node:20-alpine AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev

FROM node:20-alpine AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:20-alpine
ENV NODE_ENV=production
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
USER node
EXPOSE 3000
CMD ["node", "dist/server.js"]
''', "FROM node:20-alpine AS deps")

mm("build.yml", "Makefile", r'''
.PHONY: all build test lint clean

BINARY := bin/relay
GOFLAGS := -trimpath
VERSION ?= $(shell git describe --tags --always)

all: lint test build

build:
	go build $(GOFLAGS) -ldflags "-X main.version=$(VERSION)" -o $(BINARY) ./cmd/relay

test:
	go test -race -count=1 ./...

lint:
	golangci-lint run ./...

clean:
	rm -rf bin/ coverage.out
''', ".PHONY: all build test lint clean")

mm("ci/tasks.yml", "Makefile", r'''
PYTHON ?= python3
VENV := .venv

.PHONY: venv install test docs

venv:
	$(PYTHON) -m venv $(VENV)

install: venv
	$(VENV)/bin/pip install -e ".[dev]"

test: install
	$(VENV)/bin/pytest -q --cov=src

docs: install
	$(VENV)/bin/mkdocs build --strict

release: test
	$(VENV)/bin/python -m build
	$(VENV)/bin/twine upload dist/*
''', "$(PYTHON) -m venv $(VENV)", cut=False)

mm("deploy/nginx.yml", "nginx conf", r'''
upstream app_backend {
    server 127.0.0.1:3000;
    server 127.0.0.1:3001;
    keepalive 16;
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

    location / {
        proxy_pass http://app_backend;
        proxy_set_header Host $host;
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
    }
}
''', "upstream app_backend {")

mm("db/schema.yml", "SQL", r'''
-- schema for the bookings service
CREATE TABLE customers (
    id          BIGSERIAL PRIMARY KEY,
    email       TEXT NOT NULL UNIQUE,
    full_name   TEXT NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE bookings (
    id           BIGSERIAL PRIMARY KEY,
    customer_id  BIGINT NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    room_id      INT NOT NULL,
    starts_on    DATE NOT NULL,
    ends_on      DATE NOT NULL,
    status       TEXT NOT NULL DEFAULT 'pending',
    CHECK (ends_on > starts_on)
);

CREATE INDEX bookings_customer_idx ON bookings (customer_id);
CREATE INDEX bookings_dates_idx ON bookings (room_id, starts_on, ends_on
''', "CREATE TABLE customers (", cut=True)

mm("infra/variables.yml", "HCL/Terraform", r'''
variable "region" {
  description = "AWS region to deploy into"
  type        = string
  default     = "eu-west-1"
}

variable "environment" {
  type = string
  validation {
    condition     = contains(["dev", "staging", "prod"], var.environment)
    error_message = "environment must be dev, staging or prod"
  }
}

variable "instance_type" {
  type    = string
  default = "t3.medium"
}

variable "tags" {
  type = map(string)
  default = {
    team    = "platform"
    managed = "terraform"
  }
}
''', 'variable "region" {')

mm("infra/main.yml", "HCL/Terraform", r'''
terraform {
  required_version = ">= 1.6"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.50"
    }
  }
}

provider "aws" {
  region = var.region
}

resource "aws_s3_bucket" "artifacts" {
  bucket = "acme-${var.environment}-artifacts"
  tags   = var.tags
}

resource "aws_s3_bucket_versioning" "artifacts" {
  bucket = aws_s3_bucket.artifacts.id
  versioning_configuration {
    status = "Enab
''', 'resource "aws_s3_bucket" "artifacts" {', cut=True)

mm("maven/pom.yml", "XML", r'''
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0"
         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
  <modelVersion>4.0.0</modelVersion>
  <groupId>com.example</groupId>
  <artifactId>ledger</artifactId>
  <version>1.4.0-SNAPSHOT</version>
  <packaging>jar</packaging>

  <properties>
    <java.version>21</java.version>
    <spring-boot.version>3.3.1</spring-boot.version>
  </properties>

  <dependencies>
    <dependency>
      <groupId>org.springframework.boot</groupId>
      <artifactId>spring-boot-starter-web</artifactId>
      <version>${spring-boot.version}</vers
''', "<modelVersion>4.0.0</modelVersion>", cut=True)

mm("android/app/manifest.yml", "XML", r'''
<?xml version="1.0" encoding="utf-8"?>
<manifest xmlns:android="http://schemas.android.com/apk/res/android"
    package="com.example.fieldnotes">

    <uses-permission android:name="android.permission.INTERNET" />
    <uses-permission android:name="android.permission.CAMERA" />

    <application
        android:name=".FieldNotesApp"
        android:icon="@mipmap/ic_launcher"
        android:label="@string/app_name"
        android:theme="@style/Theme.FieldNotes">
        <activity
            android:name=".MainActivity"
            android:exported="true">
            <intent-filter>
                <action android:name="android.intent.action.MAIN" />
                <category android:name="android.intent.category.LAUNCHER" />
            </intent-filter>
        </activity>
    </application>
</manifest>
''', '<uses-permission android:name="android.permission.INTERNET" />')

mm("data/stores.yml", "CSV", r'''
store_id,name,city,country,opened_on,square_meters,manager_email
1001,Alexanderplatz,Berlin,DE,2015-03-01,820,berlin.alex@example.com
1002,Schanze,Hamburg,DE,2016-09-15,610,hamburg.schanze@example.com
1003,Marienplatz,Munich,DE,2017-04-22,900,muenchen.mp@example.com
1004,Zeil,Frankfurt,DE,2018-11-05,740,frankfurt.zeil@example.com
1005,"Kö, Flagship",Düsseldorf,DE,2019-06-30,1250,duesseldorf.koe@example.com
1006,Neumarkt,Cologne,DE,2020-02-14,580,koeln.neumarkt@example.com
1007,Prager Straße,Dresden,DE,2021-08-01,530,dresden.prager@example.com
1008,Altmarkt,Leipzig,DE,2022-10-10,495,leipzig.altmarkt@example.com
1009,Sendlinger Tor,Munich,DE,2022-12-01,610,muenchen.st@example.com
1010,Königstraße,Stuttgart,DE,2023-03-18,700,stuttgart.ks@example.com
1011,Kröpeliner Straße,Rostock,DE,2023-05-02,410,rostock.kroepeliner@example.com
1012,Obernstraße,Bremen,DE,2023-09-09,560,bremen.obern@example.com
1013,Breite Straße,Lübeck,DE,2024-01-15,450,luebeck.breite@example.com
1014,Kettwiger Straße,Essen,DE,2024-04-20,620,essen.kettwiger@example.com
1015,Westenhellweg,Dortmund,DE,2024-06-01,880,dortmund.westenh
''', "store_id,name,city,country", cut=True)
