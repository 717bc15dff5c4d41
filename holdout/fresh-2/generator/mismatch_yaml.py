from common import add

L = "language-mismatch"

add(L, ".github/workflows/build.yml", "yaml",
    "content is a Groovy declarative Jenkins pipeline (Jenkinsfile)",
    body=r'''pipeline {
    agent { docker { image 'maven:3.9-eclipse-temurin-21' } }

    environment {
        MAVEN_OPTS = '-Dmaven.repo.local=.m2/repository'
    }

    stages {
        stage('Build') {
            steps {
                sh 'mvn -B -DskipTests package'
            }
        }
        stage('Test') {
            steps {
                sh 'mvn -B test'
            }
            post {
                always {
                    junit 'target/surefire-reports/*.xml'
                }
            }
        }
        stage('Publish') {
            when { branch 'main' }
            steps {
                withCredentials([usernamePassword(credentialsId: 'nexus', usernameVariable: 'U', passwordVariable: 'P')]) {
                    sh 'mvn -B deploy -s settings.xml'
                }
            }
        }
    }
}
''')

add(L, "docker-compose.yaml", "yaml",
    "content is a multi-stage Dockerfile",
    body=r'''FROM node:20-alpine AS deps
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

add(L, "infra/network.yaml", "yaml",
    "content is Terraform HCL (VPC and subnets)",
    body=r'''terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_vpc" "main" {
  cidr_block           = "10.20.0.0/16"
  enable_dns_hostnames = true

  tags = {
    Name = "main"
  }
}

resource "aws_subnet" "private" {
  count             = 3
  vpc_id            = aws_vpc.main.id
  cidr_block        = cidrsubnet(aws_vpc.main.cidr_block, 4, count.index)
  availability_zone = data.aws_availability_zones.available.names[count.index]
}

data "aws_availability_zones" "available" {
  state = "available"
}
''')

add(L, "config/settings.yml", "yaml",
    "content is TOML (tables and key = value pairs)",
    body=r'''[server]
host = "0.0.0.0"
port = 8080
workers = 4

[database]
url = "postgres://app@localhost/app"
pool_size = 10
statement_timeout_ms = 5000

[logging]
level = "info"
format = "json"

[[features]]
name = "new-checkout"
enabled = true

[[features]]
name = "beta-search"
enabled = false
''')

add(L, "k8s/service.yaml", "yaml",
    "content is a Python script using the kubernetes client",
    body=r'''from kubernetes import client, config


def main() -> None:
    config.load_kube_config()
    v1 = client.CoreV1Api()

    service = client.V1Service(
        metadata=client.V1ObjectMeta(name="web", labels={"app": "web"}),
        spec=client.V1ServiceSpec(
            selector={"app": "web"},
            ports=[client.V1ServicePort(port=80, target_port=8080)],
            type="ClusterIP",
        ),
    )
    v1.create_namespaced_service(namespace="default", body=service)
    print("service created")


if __name__ == "__main__":
    main()
''')

add(L, "db/schema.yml", "yaml",
    "content is SQL DDL; cut off mid-statement without final newline",
    body=r'''CREATE TABLE customers (
    id          BIGSERIAL PRIMARY KEY,
    email       TEXT NOT NULL UNIQUE,
    full_name   TEXT NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE orders (
    id           BIGSERIAL PRIMARY KEY,
    customer_id  BIGINT NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    status       TEXT NOT NULL CHECK (status IN ('pending', 'paid', 'shipped')),
    total_cents  INTEGER NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX orders_customer_idx ON orders (customer_id);
CREATE INDEX orders_status_created_idx ON orders (status, creat''')

add(L, "ci/pipeline.yml", "yaml",
    "content is a GNU Makefile",
    body=r'''.PHONY: all build test lint clean

GO ?= go
BIN := bin/server
PKGS := $(shell $(GO) list ./...)

all: lint test build

build:
	$(GO) build -trimpath -o $(BIN) ./cmd/server

test:
	$(GO) test -race -coverprofile=coverage.out $(PKGS)

lint:
	golangci-lint run ./...

clean:
	rm -rf bin coverage.out
''')

add(L, "deploy/nginx.yaml", "yaml",
    "content is an nginx server configuration",
    body=r'''upstream app {
    server 127.0.0.1:8000;
    keepalive 32;
}

server {
    listen 443 ssl http2;
    server_name example.com;

    ssl_certificate     /etc/letsencrypt/live/example.com/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/example.com/privkey.pem;

    location /static/ {
        alias /srv/app/static/;
        expires 30d;
    }

    location / {
        proxy_pass http://app;
        proxy_set_header Host $host;
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
        proxy_set_header X-Forwarded-Proto $scheme;
    }
}
''')

add(L, "supervisord.yml", "yaml",
    "content is an INI-style supervisord configuration",
    body=r'''[supervisord]
nodaemon=true
logfile=/dev/null
logfile_maxbytes=0

[program:web]
command=gunicorn app.wsgi:application --bind 0.0.0.0:8000
autorestart=true
stdout_logfile=/dev/stdout
stdout_logfile_maxbytes=0

[program:worker]
command=celery -A app worker --loglevel=INFO
numprocs=2
process_name=%(program_name)s_%(process_num)02d
autorestart=true
''')

add(L, "pkg/config/loader.yaml", "yaml",
    "content is Go source (config loader)",
    body=r'''package config

import (
	"fmt"
	"os"
	"strconv"
)

type Config struct {
	Addr        string
	DatabaseURL string
	MaxConns    int
}

func Load() (*Config, error) {
	cfg := &Config{
		Addr:        getenv("ADDR", ":8080"),
		DatabaseURL: os.Getenv("DATABASE_URL"),
	}
	if cfg.DatabaseURL == "" {
		return nil, fmt.Errorf("DATABASE_URL is required")
	}
	n, err := strconv.Atoi(getenv("MAX_CONNS", "10"))
	if err != nil {
		return nil, fmt.Errorf("MAX_CONNS: %w", err)
	}
	cfg.MaxConns = n
	return cfg, nil
}

func getenv(key, def string) string {
	if v, ok := os.LookupEnv(key); ok {
		return v
	}
	return def
}
''')

add(L, "config/database.yml", "yaml",
    "content is a Ruby Rails initializer; cut off mid-line without final newline",
    body=r'''# frozen_string_literal: true

Rails.application.configure do
  config.active_record.query_log_tags_enabled = true
  config.active_record.query_log_tags = [:application, :controller, :action, :job]

  config.after_initialize do
    ActiveRecord::Base.connection_pool.with_connection do |conn|
      conn.execute("SET statement_timeout = '5s'")
    end
  end
end

ActiveSupport.on_load(:active_record) do
  ActiveRecord::Base.establish_connection(
    adapter: "postgresql",
    url: ENV.fetch("DATABASE_URL"),
    pool: ENV.fetch("RAILS_MAX_THREADS", 5).to_i,
    prepared_statements: fal''')

add(L, "site/_config.yml", "yaml",
    "content is an HTML page layout with Liquid tags",
    body=r'''<!DOCTYPE html>
<html lang="{{ site.lang | default: "en" }}">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{{ page.title }} | {{ site.title }}</title>
    <link rel="stylesheet" href="{{ '/assets/css/main.css' | relative_url }}">
  </head>
  <body>
    <header class="site-header">
      <a href="{{ '/' | relative_url }}">{{ site.title }}</a>
    </header>
    <main>
      {{ content }}
    </main>
    <footer>&copy; {{ 'now' | date: "%Y" }} {{ site.author }}</footer>
  </body>
</html>
''')

add(L, "docs/index.yml", "yaml",
    "content is a Markdown documentation page",
    body=r'''# Getting started

Install the CLI with your package manager of choice:

```bash
npm install -g @acme/cli
```

## Logging in

Run `acme login` and follow the link that opens in your browser. Tokens are
stored in `~/.config/acme/credentials`.

## Next steps

- [Create your first project](projects.md)
- [Configure environments](environments.md)
- [Deploy](deploy.md)

> **Tip:** run `acme --help` to see every command.
''')

add(L, "theme.yaml", "yaml",
    "content is CSS custom properties and rules; cut off mid-declaration without final newline",
    body=r''':root {
  --color-bg: #0f172a;
  --color-fg: #e2e8f0;
  --color-accent: #38bdf8;
  --radius: 8px;
  --font-sans: "Inter", system-ui, sans-serif;
}

body {
  margin: 0;
  background: var(--color-bg);
  color: var(--color-fg);
  font-family: var(--font-sans);
}

.button {
  display: inline-flex;
  align-items: center;
  padding: 0.5rem 1rem;
  border-radius: var(--radius);
  background: var(--color-accent);
  color: #0b1120;
}

.button:hover {
  filter: brightn''')

add(L, "webpack.config.yml", "yaml",
    "content is a JavaScript webpack configuration (CommonJS)",
    body=r'''const path = require('path');
const TerserPlugin = require('terser-webpack-plugin');

module.exports = (env, argv) => ({
  entry: './src/main.ts',
  output: {
    path: path.resolve(__dirname, 'dist'),
    filename: 'bundle.[contenthash].js',
  },
  resolve: {
    extensions: ['.ts', '.js'],
  },
  module: {
    rules: [{ test: /\.ts$/, use: 'ts-loader', exclude: /node_modules/ }],
  },
  optimization: {
    minimize: argv.mode === 'production',
    minimizer: [new TerserPlugin()],
  },
});
''')

add(L, "api/schema.yaml", "yaml",
    "content is a GraphQL schema (SDL)",
    body=r'''scalar DateTime

type Query {
  me: User
  project(id: ID!): Project
  projects(first: Int = 20, after: String): ProjectConnection!
}

type Mutation {
  createProject(input: CreateProjectInput!): Project!
  archiveProject(id: ID!): Project!
}

type User {
  id: ID!
  email: String!
  projects: [Project!]!
}

type Project {
  id: ID!
  name: String!
  owner: User!
  createdAt: DateTime!
}

type ProjectConnection {
  nodes: [Project!]!
  endCursor: String
  hasNextPage: Boolean!
}

input CreateProjectInput {
  name: String!
}
''')

add(L, "proto/service.yaml", "yaml",
    "content is a Protocol Buffers definition; cut off mid-line without final newline",
    body=r'''syntax = "proto3";

package billing.v1;

option go_package = "github.com/acme/billing/gen/billing/v1;billingv1";

import "google/protobuf/timestamp.proto";

service InvoiceService {
  rpc GetInvoice(GetInvoiceRequest) returns (Invoice);
  rpc ListInvoices(ListInvoicesRequest) returns (ListInvoicesResponse);
}

message Invoice {
  string id = 1;
  string customer_id = 2;
  int64 amount_cents = 3;
  string currency = 4;
  google.protobuf.Timestamp issued_at = 5;
}

message GetInvoiceRequest {
  string id = 1;
}

message ListInvoicesRequest {
  string customer_id = 1;
  int32 page_si''')

add(L, "scripts/setup.yml", "yaml",
    "content is a PowerShell setup script",
    body=r'''#Requires -Version 7
param(
    [string]$Environment = 'dev'
)

$ErrorActionPreference = 'Stop'

Write-Host "Setting up $Environment environment"

if (-not (Get-Command winget -ErrorAction SilentlyContinue)) {
    throw 'winget is required'
}

$packages = @('Git.Git', 'OpenJS.NodeJS.LTS', 'Docker.DockerDesktop')
foreach ($pkg in $packages) {
    winget install --id $pkg --silent --accept-package-agreements
}

New-Item -ItemType Directory -Force -Path "$HOME\src" | Out-Null
Set-Location "$HOME\src"
git clone https://github.com/acme/app.git
''')
