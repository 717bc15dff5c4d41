from common import F
L = "language-mismatch"
J = "json"

F(L, "package.json", "json (contains YAML)", "YAML package manifest in a .json file (key: value, indentation, '- ' lists); also cut off: stops mid-line in the last dependency", r'''
name: "@acme/ui-kit"
version: 2.3.0
description: Shared React components
main: dist/index.cjs
module: dist/index.js
types: dist/index.d.ts
files:
  - dist
  - README.md
scripts:
  build: tsup src/index.ts --format esm,cjs --dts
  test: vitest run
  lint: eslint src --ext .ts,.tsx
peerDependencies:
  react: ">=18"
  react-dom: ">=18"
devDependencies:
  tsup: ^8.0.2
  typescript: ^5.4.5
  vitest: ^1.6''')

F(L, ".eslintrc.json", "json (contains JavaScript)", "CommonJS module (module.exports = {...} with require(), comments, unquoted keys, trailing commas) in a .json file", r'''
// ESLint configuration
const path = require('path');

module.exports = {
  root: true,
  parser: '@typescript-eslint/parser',
  parserOptions: {
    project: path.join(__dirname, 'tsconfig.json'),
    ecmaVersion: 2022,
    sourceType: 'module',
  },
  plugins: ['@typescript-eslint', 'import'],
  extends: [
    'eslint:recommended',
    'plugin:@typescript-eslint/recommended',
    'plugin:import/typescript',
    'prettier',
  ],
  rules: {
    'no-console': ['warn', { allow: ['warn', 'error'] }],
    'import/order': ['error', { 'newlines-between': 'always' }],
    '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
  },
  ignorePatterns: ['dist/', 'coverage/'],
};
''')

F(L, "config/settings.json", "json (contains TOML)", "TOML tables and key = value pairs in a .json file", r'''
# Application settings
title = "Acme Ledger"

[server]
host = "0.0.0.0"
port = 8443
tls = true

[database]
url = "postgres://ledger@db:5432/ledger"
pool_size = 12
timeout_secs = 5

[features]
exports = true
multi_currency = false
beta_users = ["ana@acme.io", "raj@acme.io"]

[[webhooks]]
name = "billing"
url = "https://hooks.acme.io/billing"
events = ["invoice.paid", "invoice.void"]
''')

F(L, "test/fixtures/orders.json", "json (contains Python)", "Python literal (single quotes, True/False/None, trailing commas, variable assignment) in a .json file; also cut off: stops mid-string in the third order", r'''
ORDERS = [
    {
        'id': 1001,
        'customer': 'ana@example.com',
        'paid': True,
        'shipped_at': None,
        'items': [('SKU-1', 2), ('SKU-7', 1)],
    },
    {
        'id': 1002,
        'customer': 'ben@example.com',
        'paid': False,
        'shipped_at': None,
        'items': [('SKU-3', 1)],
    },
    {
        'id': 1003,
        'customer': 'chloe@exam''')

F(L, "config/env.json", "json (contains dotenv)", ".env KEY=value lines with comments in a .json file", r'''
# Local development environment
NODE_ENV=development
PORT=3000
LOG_LEVEL=debug

# Database
DATABASE_URL=postgres://app:app@localhost:5432/app_dev
DATABASE_POOL_MAX=5

# Redis / queues
REDIS_URL=redis://localhost:6379/0
QUEUE_PREFIX=dev

# Third-party
STRIPE_PUBLISHABLE_KEY=pk_test_51Hxxxxxxxxxxxxxxxx
SENTRY_DSN=
FEATURE_NEW_CHECKOUT=true
''')

F(L, "app/config.json", "json (contains INI)", "INI sections with key=value and ; comments in a .json file", r'''
; Main application configuration
[general]
app_name = Inventory
environment = production
debug = false

[database]
host = db.internal
port = 5432
name = inventory
user = inventory_app

[mail]
smtp_host = smtp.acme.io
smtp_port = 587
from_address = inventory@acme.io

[paths]
uploads = /var/lib/inventory/uploads
logs = /var/log/inventory
''')

F(L, "config/logging.json", "json (contains XML)", "log4j2 XML configuration in a .json file; also cut off: stops inside an opening tag", r'''
<?xml version="1.0" encoding="UTF-8"?>
<Configuration status="WARN" monitorInterval="30">
  <Properties>
    <Property name="pattern">%d{ISO8601} %-5level [%t] %logger{36} - %msg%n</Property>
  </Properties>
  <Appenders>
    <Console name="Console" target="SYSTEM_OUT">
      <PatternLayout pattern="${pattern}"/>
    </Console>
    <RollingFile name="File" fileName="logs/app.log"
                 filePattern="logs/app-%d{yyyy-MM-dd}-%i.log.gz">
      <PatternLayout pattern="${pattern}"/>
      <Policies>
        <TimeBasedTriggeringPolicy/>
        <SizeBasedTriggeringPolicy size="50 MB"/>
      </Policies>
    </RollingFile>
  </Appenders>
  <Loggers>
    <Logger name="com.acme" level="debug" additivity="false">
      <AppenderRef ref="Console"/>
      <AppenderRef re''')

F(L, "docs/endpoints.json", "json (contains Markdown)", "Markdown document (headings, table, fenced code) in a .json file", r'''
# API endpoints

All endpoints require a bearer token unless marked *public*.

| Method | Path              | Description            | Auth   |
|--------|-------------------|------------------------|--------|
| GET    | `/health`         | Liveness probe         | public |
| GET    | `/v1/projects`    | List projects          | token  |
| POST   | `/v1/projects`    | Create a project       | token  |
| DELETE | `/v1/projects/:id`| Delete a project       | admin  |

## Example

```bash
curl -H "Authorization: Bearer $TOKEN" https://api.acme.io/v1/projects
```

Responses are JSON with `snake_case` keys.
''')

F(L, "hooks.json", "json (contains shell)", "POSIX shell script (shebang, set -e, if/fi, for loop) in a .json file", r'''
#!/bin/sh
set -e

HOOK_DIR=$(git rev-parse --git-dir)/hooks

for hook in pre-commit pre-push commit-msg; do
  src="scripts/git-hooks/$hook"
  if [ -f "$src" ]; then
    cp "$src" "$HOOK_DIR/$hook"
    chmod +x "$HOOK_DIR/$hook"
    echo "installed $hook"
  fi
done

if ! command -v commitlint >/dev/null 2>&1; then
  echo "warning: commitlint not found, commit-msg hook will be skipped" >&2
fi
''')

F(L, "i18n/fr.json", "json (contains TypeScript)", "TypeScript module (import type, typed const, export default) in a .json file", r'''
import type { Messages } from './types';

const fr: Messages = {
  common: {
    save: 'Enregistrer',
    cancel: 'Annuler',
    delete: 'Supprimer',
  },
  auth: {
    signIn: 'Se connecter',
    signOut: 'Se déconnecter',
    forgot: 'Mot de passe oublié ?',
  },
  errors: {
    required: 'Ce champ est obligatoire',
    network: 'Erreur réseau, veuillez réessayer',
  },
};

export default fr;
''')

F(L, "infra/variables.json", "json (contains HCL)", "Terraform HCL variable blocks in a .json file; also cut off: stops mid-line in the last block", r'''
variable "region" {
  description = "AWS region to deploy into"
  type        = string
  default     = "eu-west-1"
}

variable "instance_type" {
  description = "EC2 instance type for the app servers"
  type        = string
  default     = "t3.medium"
}

variable "min_size" {
  type    = number
  default = 2
}

variable "allowed_cidrs" {
  type    = list(string)
  default = ["10.0.0.0/8"]
}

variable "tags" {
  type = map(string)
  default = {
    Project = "storefront"
    Owner   = "platf''')

F(L, "src/main/resources/messages.json", "json (contains Java properties)", "Java .properties file (dotted keys, '=' and ':' separators, '!' and '#' comments) in a .json file", r'''
# Default message bundle
app.title=Acme Portal
app.footer=© 2024 Acme Corp. All rights reserved.

! Login page
login.title=Sign in
login.username=Username
login.password=Password
login.submit=Sign in
login.error.invalid=Invalid username or password

# Validation
validation.required={0} is required
validation.length={0} must be between {1} and {2} characters
validation.email: Please enter a valid e-mail address
''')

F(L, "api/openapi.json", "json (contains YAML)", "OpenAPI document written in YAML in a .json file", r'''
openapi: 3.0.3
info:
  title: Notifications API
  version: 1.2.0
paths:
  /notifications:
    get:
      summary: List notifications for the current user
      parameters:
        - name: unread
          in: query
          schema:
            type: boolean
      responses:
        '200':
          description: OK
  /notifications/{id}/read:
    post:
      summary: Mark a notification as read
      parameters:
        - name: id
          in: path
          required: true
          schema:
            type: string
      responses:
        '204':
          description: Marked as read
''')

F(L, "data/products.json", "json (contains CSV)", "CSV table with header row in a .json file", r'''
sku,name,category,price_eur,stock,active
TS-001,Basic Tee,apparel,19.90,240,true
TS-002,Organic Tee,apparel,27.50,120,true
HD-010,Zip Hoodie,apparel,59.00,45,true
MG-100,Enamel Mug,kitchen,12.00,300,true
MG-101,Travel Mug,kitchen,24.90,80,true
BT-200,Water Bottle 750ml,outdoor,29.00,60,true
CP-300,Baseball Cap,accessories,17.50,0,false
ST-400,"Sticker Pack, 10 pcs",accessories,4.90,1000,true
TB-500,Tote Bag,accessories,14.00,150,true
NB-600,Dot Grid Notebook,stationery,11.50,210,true
''')

F(L, ".devcontainer/devcontainer.json", "json (contains Dockerfile)", "Dockerfile instructions (FROM, RUN, COPY, USER) in a .json file", r'''
FROM mcr.microsoft.com/devcontainers/base:bookworm

ARG NODE_VERSION=20
ARG USERNAME=vscode

RUN apt-get update \
    && apt-get install -y --no-install-recommends postgresql-client redis-tools \
    && rm -rf /var/lib/apt/lists/*

RUN curl -fsSL https://deb.nodesource.com/setup_${NODE_VERSION}.x | bash - \
    && apt-get install -y nodejs \
    && npm install -g pnpm@9

COPY .devcontainer/post-create.sh /usr/local/bin/post-create
RUN chmod +x /usr/local/bin/post-create

USER ${USERNAME}
WORKDIR /workspaces/app
''')

F(L, "backend/settings.json", "json (contains Python)", "Django settings module (Python imports, assignments, os.environ calls) in a .json file", r'''
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
    "rest_framework",
    "orders",
]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("DB_NAME", "orders"),
        "HOST": os.environ.get("DB_HOST", "localhost"),
    }
}
''')
