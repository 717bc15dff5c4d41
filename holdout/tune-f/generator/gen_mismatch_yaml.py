from common import F
L = "language-mismatch"

F(L, "config.yaml", "yaml (contains TOML)", "TOML tables, key = value and [[array of tables]] in a .yaml file", r'''
[app]
name = "scheduler"
timezone = "Europe/Berlin"

[http]
listen = "0.0.0.0:9000"
read_timeout = "10s"

[database]
dsn = "postgres://scheduler@db:5432/scheduler?sslmode=disable"
max_open_conns = 20

[[jobs]]
name = "nightly-report"
cron = "0 3 * * *"
command = "report --all"

[[jobs]]
name = "cleanup"
cron = "*/30 * * * *"
command = "cleanup --older-than 7d"
''')

F(L, "settings.yml", "yaml (contains INI)", "INI file ([section], key=value, ; comments) in a .yml file", r'''
; Deployment settings
[defaults]
inventory = ./inventory
remote_user = deploy
host_key_checking = False
retry_files_enabled = False
forks = 20

[privilege_escalation]
become = True
become_method = sudo
become_user = root

[ssh_connection]
pipelining = True
ssh_args = -o ControlMaster=auto -o ControlPersist=60s
control_path = %(directory)s/%%h-%%r
''')

F(L, "ansible/roles/web/tasks/main.yml", "yaml (contains Python)", "Python script (imports, def, with-statement) in a .yml file; also cut off: stops mid-call in the last function", r'''
import subprocess
import sys
from pathlib import Path

PACKAGES = ["nginx", "certbot", "python3-certbot-nginx"]
SITE = Path("/etc/nginx/sites-available/shop.conf")


def install_packages() -> None:
    subprocess.run(["apt-get", "update"], check=True)
    subprocess.run(["apt-get", "install", "-y", *PACKAGES], check=True)


def write_site(server_name: str) -> None:
    with SITE.open("w") as fh:
        fh.write(f"server {{ listen 80; server_name {server_name}; root /srv/shop; }}\n")
    link = Path("/etc/nginx/sites-enabled") / SITE.name
    if not link.exists():
        link.symlink_to(SITE)


def main() -> int:
    install_packages()
    write_site(sys.argv[1] if len(sys.argv) > 1 else "shop.example.com")
    subprocess.run(["nginx", "-t"], check=True)
    subprocess.run(["systemctl", "reload", "ngi''')

F(L, ".gitlab-ci.yml", "yaml (contains shell)", "bash CI script (shebang, set -euo pipefail, if/fi) in a .gitlab-ci.yml", r'''
#!/usr/bin/env bash
set -euo pipefail

echo "Building commit $CI_COMMIT_SHORT_SHA on $CI_COMMIT_REF_NAME"

npm ci
npm run lint
npm test -- --ci

if [ "$CI_COMMIT_REF_NAME" = "main" ]; then
  docker build -t "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA" .
  docker push "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA"
fi
''')

F(L, "infra/cluster.yaml", "yaml (contains HCL)", "Terraform HCL (provider/resource blocks) in a .yaml file; also cut off: stops mid-line inside the node group block", r'''
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

module "eks" {
  source          = "terraform-aws-modules/eks/aws"
  version         = "~> 20.0"
  cluster_name    = "shop-prod"
  cluster_version = "1.29"
  vpc_id          = module.vpc.vpc_id
  subnet_ids      = module.vpc.private_subnets

  eks_managed_node_groups = {
    default = {
      instance_types = ["m6i.large"]
      min_size       = 2
      max_size       = 6
      desired_size   = 3
      labels = { workload = "gene''')

F(L, "docs/mkdocs.yml", "yaml (contains Markdown)", "Markdown page (headings, bullets, link, fenced code) in a mkdocs.yml", r'''
# Getting started

Welcome to the **Acme SDK** documentation.

## Installation

```bash
pip install acme-sdk
```

## First steps

1. Create an API key in the [dashboard](https://app.acme.io/keys).
2. Export it as `ACME_API_KEY`.
3. Run the quickstart:

```python
from acme import Client
print(Client().whoami())
```

See the *Guides* section for more.
''')

F(L, "config/logback.yaml", "yaml (contains XML)", "logback XML configuration in a .yaml file", r'''
<?xml version="1.0" encoding="UTF-8"?>
<configuration scan="true">
  <appender name="STDOUT" class="ch.qos.logback.core.ConsoleAppender">
    <encoder>
      <pattern>%d{HH:mm:ss.SSS} [%thread] %-5level %logger{36} - %msg%n</pattern>
    </encoder>
  </appender>

  <appender name="JSON" class="ch.qos.logback.core.rolling.RollingFileAppender">
    <file>logs/app.json</file>
    <rollingPolicy class="ch.qos.logback.core.rolling.TimeBasedRollingPolicy">
      <fileNamePattern>logs/app.%d{yyyy-MM-dd}.json.gz</fileNamePattern>
      <maxHistory>14</maxHistory>
    </rollingPolicy>
    <encoder class="net.logstash.logback.encoder.LogstashEncoder"/>
  </appender>

  <logger name="com.acme" level="DEBUG"/>
  <root level="INFO">
    <appender-ref ref="STDOUT"/>
    <appender-ref ref="JSON"/>
  </root>
</configuration>
''')

F(L, "docker-compose.yml", "yaml (contains Dockerfile)", "multi-stage Dockerfile (FROM/RUN/COPY/CMD) in a docker-compose.yml", r'''
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

F(L, "src/main/resources/application.yml", "yaml (contains Java properties)", "Spring application.properties (dotted.key=value) in an application.yml", r'''
# Server
server.port=8080
server.servlet.context-path=/api
server.compression.enabled=true

# Datasource
spring.datasource.url=jdbc:postgresql://localhost:5432/catalog
spring.datasource.username=catalog
spring.datasource.password=${DB_PASSWORD}
spring.jpa.hibernate.ddl-auto=validate
spring.jpa.open-in-view=false

# Actuator
management.endpoints.web.exposure.include=health,info,prometheus
management.endpoint.health.show-details=when-authorized

logging.level.com.acme.catalog=DEBUG
''')

F(L, "nginx/site.yaml", "yaml (contains nginx conf)", "nginx server block configuration in a .yaml file; also cut off: stops mid-directive", r'''
upstream app {
    server 127.0.0.1:3000;
    keepalive 32;
}

server {
    listen 80;
    server_name shop.acme.io;
    return 301 https://$host$request_uri;
}

server {
    listen 443 ssl http2;
    server_name shop.acme.io;

    ssl_certificate     /etc/letsencrypt/live/shop.acme.io/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/shop.acme.io/privkey.pem;

    location /static/ {
        alias /srv/shop/static/;
        expires 30d;
    }

    location / {
        proxy_pass http://app;
        proxy_set_header Host $host;
        proxy_set_header X-Forwarded-''')

F(L, "build.yml", "yaml (contains Makefile)", "Makefile (variables, .PHONY, tab-indented recipes) in a .yml file", r'''
APP := orders
VERSION ?= $(shell git describe --tags --always)
GOFLAGS := -trimpath -ldflags "-s -w -X main.version=$(VERSION)"

.PHONY: all build test lint clean

all: lint test build

build:
	CGO_ENABLED=0 go build $(GOFLAGS) -o bin/$(APP) ./cmd/$(APP)

test:
	go test -race -cover ./...

lint:
	golangci-lint run ./...

clean:
	rm -rf bin/ coverage.out
''')

F(L, ".eslintrc.yml", "yaml (contains JavaScript)", "ESLint config as a CommonJS module (module.exports, require) in a .yml file", r'''
/* eslint-env node */
const { resolve } = require('node:path');

module.exports = {
  root: true,
  env: { browser: true, es2022: true },
  parserOptions: {
    ecmaVersion: 'latest',
    sourceType: 'module',
    ecmaFeatures: { jsx: true },
  },
  settings: { react: { version: 'detect' } },
  extends: ['eslint:recommended', 'plugin:react/recommended', 'plugin:react-hooks/recommended'],
  rules: {
    'react/prop-types': 'off',
    'no-unused-vars': ['warn', { varsIgnorePattern: '^_' }],
  },
  ignorePatterns: [resolve(__dirname, 'dist')],
};
''')

F(L, "db/seed.yaml", "yaml (contains SQL)", "SQL seed script (INSERT statements, comments) in a .yaml file", r'''
-- Seed data for local development
BEGIN;

INSERT INTO roles (id, name) VALUES
  (1, 'admin'),
  (2, 'editor'),
  (3, 'viewer');

INSERT INTO users (id, email, display_name, role_id, created_at) VALUES
  (1, 'admin@acme.io', 'Admin', 1, now()),
  (2, 'eva@acme.io', 'Eva Editor', 2, now()),
  (3, 'victor@acme.io', 'Victor Viewer', 3, now());

INSERT INTO projects (id, name, owner_id) VALUES
  (1, 'Website relaunch', 1),
  (2, 'Mobile app', 2);

SELECT setval('users_id_seq', (SELECT max(id) FROM users));
COMMIT;
''')

F(L, ".github/workflows/pipeline.yml", "yaml (contains Groovy)", "Jenkinsfile declarative pipeline (Groovy) in a workflow .yml; also cut off: stops mid-string in the deploy stage", r'''
pipeline {
    agent { docker { image 'maven:3.9-eclipse-temurin-21' } }

    options {
        timeout(time: 30, unit: 'MINUTES')
        buildDiscarder(logRotator(numToKeepStr: '20'))
    }

    stages {
        stage('Build') {
            steps {
                sh 'mvn -B -DskipTests package'
            }
        }
        stage('Test') {
            steps {
                sh 'mvn -B verify'
            }
            post {
                always { junit 'target/surefire-reports/*.xml' }
            }
        }
        stage('Deploy') {
            when { branch 'main' }
            steps {
                sh './deploy.sh --env prod --artifact target/app.j''')

F(L, "config/env.yaml", "yaml (contains dotenv)", "dotenv KEY=value lines with # comments in a .yaml file", r'''
# Runtime configuration for the worker
APP_ENV=production
LOG_FORMAT=json
LOG_LEVEL=info

# Queue
AMQP_URL=amqp://worker:secret@rabbitmq:5672/%2f
PREFETCH=16
MAX_RETRIES=5

# Storage
S3_BUCKET=acme-worker-artifacts
S3_REGION=eu-central-1
TMP_DIR=/tmp/worker

SENTRY_DSN=https://abc123@o1.ingest.sentry.io/42
''')

F(L, "deploy.yaml", "yaml (contains PowerShell)", "PowerShell deployment script (param block, cmdlets, try/catch) in a .yaml file", r'''
param(
    [Parameter(Mandatory = $true)]
    [ValidateSet('staging', 'production')]
    [string]$Environment,
    [string]$Version = 'latest'
)

$ErrorActionPreference = 'Stop'
$siteName = "Acme-$Environment"
$artifact = "\\build01\artifacts\acme-web-$Version.zip"

Import-Module WebAdministration

try {
    Stop-WebAppPool -Name $siteName
    Expand-Archive -Path $artifact -DestinationPath "C:\inetpub\$siteName" -Force
    Start-WebAppPool -Name $siteName
    Write-Host "Deployed $Version to $Environment" -ForegroundColor Green
}
catch {
    Write-Error "Deployment failed: $_"
    exit 1
}
''')
