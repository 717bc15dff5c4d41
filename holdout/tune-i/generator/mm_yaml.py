from common import F

L = "language-mismatch"
Y = "YAML"

FILES = [
F(L, ".github/workflows/deploy.yml", Y, r'''
#!/usr/bin/env bash
set -euo pipefail

# Deploy the current commit to the production cluster.
TAG="$(git rev-parse --short HEAD)"
IMAGE="ghcr.io/acme/shop:${TAG}"

docker build -t "$IMAGE" .
docker push "$IMAGE"

kubectl -n production set image deployment/shop shop="$IMAGE"
kubectl -n production rollout status deployment/shop --timeout=5m

if [[ "${NOTIFY:-1}" == "1" ]]; then
  curl -fsS -X POST "$SLACK_WEBHOOK" \
    -H 'Content-Type: application/json' \
    -d "{\"text\": \"shop ${TAG} deployed\"}"
fi
''', "bash deploy script instead of a GitHub Actions workflow", line=1, kind="mm", content="shell"),

F(L, "docker-compose.yml", Y, r'''
FROM node:20-alpine AS build
WORKDIR /app
COPY package*.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM nginx:1.27-alpine
COPY --from=build /app/dist /usr/share/nginx/html
COPY nginx.conf /etc/nginx/conf.d/default.conf
EXPOSE 80
HEALTHCHECK --interval=30s CMD wget -qO- http://localhost/ || exit 1
CMD ["nginx", "-g", "daemon off;"]
''', "Dockerfile instead of a compose file", line=1, kind="mm", content="Dockerfile"),

F(L, "config/database.yml", Y, r'''
[development]
adapter = "postgresql"
host = "localhost"
database = "shop_development"
pool = 5

[test]
adapter = "postgresql"
host = "localhost"
database = "shop_test"
pool = 5

[production]
adapter = "postgresql"
url = "${DATABASE_URL}"
pool = 20
''', "TOML tables instead of a Rails database.yml", line=1, kind="mm", content="TOML"),

F(L, ".gitlab-ci.yml", Y, r'''
pipeline {
    agent any

    environment {
        REGISTRY = 'registry.gitlab.com/acme/api'
    }

    stages {
        stage('Test') {
            steps {
                sh 'mvn -B test'
            }
        }
        stage('Package') {
            steps {
                sh 'mvn -B -DskipTests package'
                archiveArtifacts artifacts: 'target/*.jar', fingerprint: true
            }
        }
        stage('Deploy') {
            when { branch 'main' }
            steps {
                sh "docker build -t ${REGISTRY}:${env.BUILD_NUMBER} ."
                sh "docker push ${REGISTRY}:${env.BUILD_NUMBER}"
            }
        }
    }
}
''', "Jenkinsfile (Groovy declarative pipeline) instead of GitLab CI YAML", line=1, kind="mm", content="Groovy/Jenkinsfile"),

F(L, "k8s/deployment.yaml", Y, r'''
resource "kubernetes_deployment" "api" {
  metadata {
    name      = "api"
    namespace = "default"
    labels = {
      app = "api"
    }
  }

  spec {
    replicas = 3

    selector {
      match_labels = {
        app = "api"
      }
    }

    template {
      metadata {
        labels = {
          app = "api"
        }
      }
      spec {
        container {
          name  = "api"
          image = "ghcr.io/acme/api:1.4.0"
        }
      }
    }
  }
}
''', "Terraform HCL kubernetes_deployment resource instead of a Kubernetes manifest", line=1, kind="mm", content="HCL"),

F(L, ".github/dependabot.yml", Y, r'''
import json
import pathlib

ECOSYSTEMS = {
    "package.json": "npm",
    "requirements.txt": "pip",
    "Dockerfile": "docker",
}


def build_config(root: pathlib.Path) -> dict:
    updates = []
    for marker, ecosystem in ECOSYSTEMS.items():
        if (root / marker).exists():
            updates.append({
                "package-ecosystem": ecosystem,
                "directory": "/",
                "schedule": {"interval": "weekly"},
            })
    return {"version": 2, "updates": updates}


if __name__ == "__main__":
    print(json.dumps(build_config(pathlib.Path(".")), indent=2))
''', "Python script that generates a Dependabot config instead of the config itself", line=1, kind="mm", content="Python"),

F(L, "mkdocs.yml", Y, r'''
# Acme SDK documentation

This site is built with MkDocs and the Material theme.

## Navigation

- [Home](index.md)
- [Getting started](getting-started.md)
- [API reference](reference/index.md)

## Building locally

```bash
pip install mkdocs-material
mkdocs serve
```

The site is published to https://docs.acme.dev on every push to `main`.
''', "Markdown document instead of mkdocs configuration", line=1, kind="mm", content="Markdown"),

F(L, "config/nginx.yaml", Y, r'''
server {
    listen 80;
    server_name shop.example.com;

    location / {
        proxy_pass http://127.0.0.1:3000;
        proxy_set_header Host $host;
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
    }

    location /static/ {
        alias /srv/shop/static/;
        expires 30d;
    }
}
''', "nginx server block instead of YAML", line=1, kind="mm", content="nginx config"),

F(L, "ansible/site.yml", Y, r'''
#!/bin/sh
# Provision the web hosts.
set -e

for host in web1 web2 web3; do
  ssh "root@$host" '
    apt-get update -qq &&
    apt-get install -y -qq nginx &&
    systemctl enable --now nginx
  '
  scp templates/site.conf "root@$host:/etc/nginx/sites-enabled/site.conf"
  ssh "root@$host" systemctl reload nginx
done
''', "POSIX sh provisioning script instead of an Ansible playbook", line=1, kind="mm", content="shell"),

F(L, ".pre-commit-config.yaml", Y, r'''
[flake8]
max-line-length = 100
extend-ignore = E203, W503
exclude = .git,__pycache__,build,dist

[isort]
profile = black
line_length = 100

[mypy]
python_version = 3.11
strict = True
ignore_missing_imports = Tr''', "setup.cfg-style INI sections instead of a pre-commit config, cut off mid-word", kind="mm", content="INI", cut=True),

F(L, "openapi.yaml", Y, r'''
import express from 'express';

const router = express.Router();

/**
 * GET /invoices
 * Returns a page of invoices for the authenticated account.
 */
router.get('/invoices', async (req, res) => {
  const { status, cursor } = req.query;
  const page = await req.ctx.invoices.list({ status, cursor, limit: 50 });
  res.json(page);
});

router.post('/invoices', async (req, res) => {
  const invoice = await req.ctx.invoices.create(req.body);
  res.status(201).json(invoice);
});

export default router;
''', "JavaScript Express router module instead of an OpenAPI document", line=1, kind="mm", content="JavaScript"),

F(L, "helm/values.yaml", Y, r'''
# Application settings
APP_ENV=production
APP_PORT=8080
LOG_LEVEL=info

DATABASE_URL=postgres://shop:change-me@db.internal:5432/shop
REDIS_URL=redis://cache.internal:6379/0

S3_BUCKET=acme-shop-uploads
S3_REGION=eu-west-1

FEATURE_NEW_CHECKOUT=true
''', ".env file instead of Helm values", line=2, kind="mm", content=".env"),

F(L, "src/main/resources/application.yml", Y, r'''
spring.application.name=orders-service
server.port=8081

spring.datasource.url=jdbc:postgresql://localhost:5432/orders
spring.datasource.username=orders
spring.datasource.password=orders
spring.jpa.hibernate.ddl-auto=validate
spring.jpa.open-in-view=false

management.endpoints.web.exposure.include=health,info,prometheus
logging.level.com.acme.orders=DEBUG
''', "Java .properties instead of a Spring application.yml", line=1, kind="mm", content="Java properties"),

F(L, ".circleci/config.yml", Y, r'''
.PHONY: install test lint build

NODE_ENV ?= test

install:
	npm ci

lint:
	npx eslint . --max-warnings=0

test: install
	NODE_ENV=$(NODE_ENV) npx jest --ci

build: test
	npm run build
	tar -czf dist.tar.gz dist/
''', "Makefile (with tab-indented recipes) instead of a CircleCI config", line=1, kind="mm", content="Makefile"),

F(L, "serverless.yml", Y, r'''
import type { AWS } from '@serverless/typescript';

const config: AWS = {
  service: 'thumbnails',
  frameworkVersion: '3',
  provider: {
    name: 'aws',
    runtime: 'nodejs20.x',
    region: 'eu-west-1',
    memorySize: 1024,
  },
  functions: {
    resize: {
      handler: 'src/resize.handler',
      events: [{ s3: { bucket: 'acme-uploads', event: 's3:ObjectCreated:*' } }],
    },
  },
};

module.exports = config;
''', "TypeScript serverless.ts module instead of serverless.yml", line=1, kind="mm", content="TypeScript"),

F(L, "config/logging.yaml", Y, r'''
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "json": {"()": "pythonjsonlogger.jsonlogger.JsonFormatter"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "json",
        },
    },
    "root": {"level": "INFO", "handlers": ["cons''', "Python logging dictConfig dict instead of YAML, cut off inside a string", kind="mm", content="Python", cut=True),

F(L, "deploy/worker.service.yaml", Y, r'''
[Unit]
Description=Acme background worker
After=network-online.target
Wants=network-online.target

[Service]
Type=simple
User=acme
WorkingDirectory=/opt/acme
EnvironmentFile=/etc/acme/worker.env
ExecStart=/opt/acme/venv/bin/python -m acme.worker
Restart=on-failure
RestartSec=5

[Install]
WantedBy=multi-user.target
''', "systemd unit file instead of YAML", line=1, kind="mm", content="systemd unit"),

F(L, "db/seeds.yml", Y, r'''
INSERT INTO roles (id, name) VALUES
  (1, 'admin'),
  (2, 'editor'),
  (3, 'viewer');

INSERT INTO users (email, name, role_id) VALUES
  ('ada@example.com', 'Ada Lovelace', 1),
  ('grace@example.com', 'Grace Hopper', 2),
  ('alan@example.com', 'Alan Tur''', "SQL INSERT statements instead of YAML seed data, cut off inside a string literal", kind="mm", content="SQL", cut=True),

F(L, "config/beans.yml", Y, r'''
<?xml version="1.0" encoding="UTF-8"?>
<beans xmlns="http://www.springframework.org/schema/beans"
       xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
       xsi:schemaLocation="http://www.springframework.org/schema/beans
                           http://www.springframework.org/schema/beans/spring-beans.xsd">

    <bean id="dataSource" class="com.zaxxer.hikari.HikariDataSource">
        <property name="jdbcUrl" value="jdbc:postgresql://localhost:5432/app"/>
        <property name="username" value="app"/>
        <property name="maximumPoolSize" value="10"/>
    </bean>

    <bean id="userRepository" class="com.acme.repo.JdbcUserRepository">
        <constructor-arg ref="dataSo''', "Spring XML bean definitions instead of YAML, cut off mid-attribute", kind="mm", content="XML", cut=True),

F(L, "config/caddy.yaml", Y, r'''
{
	email ops@acme.io
}

acme.io, www.acme.io {
	encode zstd gzip
	root * /srv/www
	file_server

	handle /api/* {
		reverse_proxy 127.0.0.1:8080
	}

	log {
		output file /var/log/caddy/acme.log
	}
}
''', "Caddyfile instead of YAML", line=1, kind="mm", content="Caddyfile"),
]
