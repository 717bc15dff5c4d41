from common import F

L = "language-mismatch"
J = "JSON"

FILES = [
F(L, "package.json", J, r'''
module.exports = {
  name: 'acme-dashboard',
  version: '2.1.0',
  private: true,
  scripts: {
    dev: 'vite',
    build: 'vite build',
    test: 'vitest run',
    lint: 'eslint src --ext .ts,.tsx',
  },
  dependencies: {
    react: '^18.3.1',
    'react-dom': '^18.3.1',
  },
  devDependencies: {
    vite: '^5.2.0',
    vitest: '^1.6.0',
  },
};
''', "package.json written as a CommonJS module.exports object literal", line=1, kind="mm", content="JavaScript"),

F(L, "tsconfig.json", J, r'''
compilerOptions:
  target: ES2022
  module: ESNext
  moduleResolution: Bundler
  strict: true
  jsx: react-jsx
  baseUrl: .
  paths:
    "@/*":
      - src/*
  skipLibCheck: true
include:
  - src
exclude:
  - node_modules
  - dist
''', "YAML instead of tsconfig JSON", line=1, kind="mm", content="YAML"),

F(L, ".eslintrc.json", J, r'''
/** @type {import('eslint').Linter.Config} */
module.exports = {
  root: true,
  parser: '@typescript-eslint/parser',
  plugins: ['@typescript-eslint', 'react-hooks'],
  extends: [
    'eslint:recommended',
    'plugin:@typescript-eslint/recommended',
    'plugin:react-hooks/recommended',
  ],
  rules: {
    'no-console': ['warn', { allow: ['warn', 'error'] }],
    '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
  },
  ignorePatterns: ['dist/', 'coverage/'],
};
''', ".eslintrc.js JavaScript module instead of JSON", line=1, kind="mm", content="JavaScript"),

F(L, "appsettings.json", J, r'''
<Project Sdk="Microsoft.NET.Sdk.Web">

  <PropertyGroup>
    <TargetFramework>net8.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <UserSecretsId>9c1e7c4e-3a55-4b6e-a0f2-2f6f3b1d7a10</UserSecretsId>
  </PropertyGroup>

  <ItemGroup>
    <PackageReference Include="Microsoft.EntityFrameworkCore.SqlServer" Version="8.0.4" />
    <PackageReference Include="Serilog.AspNetCore" Version="8.0.1" />
  </ItemGroup>

</Project>
''', ".csproj XML instead of appsettings JSON", line=1, kind="mm", content="XML"),

F(L, "data/users.json", J, r'''
id,email,name,role,created_at
1,ada@example.com,Ada Lovelace,admin,2024-01-15T09:30:00Z
2,grace@example.com,Grace Hopper,editor,2024-02-02T14:05:00Z
3,alan@example.com,Alan Turing,viewer,2024-02-20T08:45:00Z
4,katherine@example.com,Katherine Johnson,editor,2024-03-11T17:20:00Z
5,edsger@example.com,Edsger Dijkstra,viewer,2024-04-01T11:00:00Z
''', "CSV rows instead of a JSON array", line=1, kind="mm", content="CSV"),

F(L, "config/default.json", J, r'''
[server]
host = "0.0.0.0"
port = 8080
request_timeout_ms = 15000

[database]
url = "postgres://app:app@localhost:5432/app"
max_connections = 20

[features]
signup_enabled = true
beta_banner = false
''', "TOML instead of JSON", line=1, kind="mm", content="TOML"),

F(L, "src/settings.json", J, r'''
{
    'DEBUG': False,
    'ALLOWED_HOSTS': ['api.example.com', 'localhost'],
    'DATABASES': {
        'default': {
            'ENGINE': 'django.db.backends.postgresql',
            'NAME': 'shop',
            'HOST': 'db',
            'PORT': 5432,
            'CONN_MAX_AGE': None,
        },
    },
    'CACHE_TTL': 60 * 15,
}
''', "Python dict literal (single quotes, False/None, arithmetic) instead of JSON", line=1, kind="mm", content="Python"),

F(L, "schema.json", J, r'''
type Query {
  product(id: ID!): Product
  products(first: Int = 20, after: String, category: String): ProductConnection!
}

type Product {
  id: ID!
  name: String!
  priceCents: Int!
  category: String
  inStock: Boolean!
}

type ProductConnection {
  edges: [Product!]!
  endCursor: String
  hasNextPage: Boolean!
}
''', "GraphQL SDL schema instead of JSON", line=1, kind="mm", content="GraphQL"),

F(L, "api/messages.json", J, r'''
syntax = "proto3";

package acme.orders.v1;

option go_package = "github.com/acme/orders/gen/ordersv1";

message Order {
  string id = 1;
  string customer_id = 2;
  repeated LineItem items = 3;
  int64 total_cents = 4;
}

message LineItem {
  string sku = 1;
  int32 quantity = 2;
  int64 unit_price_cents = 3;
}
''', "protobuf definitions instead of JSON", line=1, kind="mm", content="protobuf"),

F(L, "deploy/config.json", J, r'''
#!/usr/bin/env bash
export APP_ENV=production
export APP_PORT=8080
export DATABASE_URL="postgres://app:${DB_PASSWORD}@db.internal:5432/app"
export REDIS_URL="redis://cache.internal:6379/0"
export LOG_LEVEL=info

exec /opt/app/bin/server --config /etc/app/config.yaml
''', "bash script exporting environment variables instead of JSON config", line=1, kind="mm", content="shell"),

F(L, "firebase.json", J, r'''
# Firebase setup

1. Install the CLI: `npm i -g firebase-tools`
2. Log in with `firebase login`
3. Deploy hosting and functions:

   ```sh
   firebase deploy --only hosting,functions
   ```

Hosting serves the `dist/` folder and rewrites every route to `/index.html`.
Functions are deployed to `europe-west1`.
''', "Markdown setup notes instead of firebase.json", line=1, kind="mm", content="Markdown"),

F(L, "config/nginx.json", J, r'''
events {
    worker_connections 1024;
}

http {
    gzip on;
    gzip_types text/css application/javascript application/json;

    server {
        listen 8080;
        root /usr/share/nginx/html;

        location / {
            try_files $uri $uri/ /index.html;
        }
    }
}
''', "nginx configuration instead of JSON", line=1, kind="mm", content="nginx config"),

F(L, "locales/en.json", J, r'''
# English messages
app.title=Acme Store
nav.home=Home
nav.cart=Cart ({0})
checkout.button=Place order
checkout.success=Thanks! Your order {0} is confirmed.
errors.required=This field is required
errors.email=Please enter a valid email addr''', "Java messages.properties instead of JSON, cut off mid-word", kind="mm", content="Java properties", cut=True),

F(L, "manifest.json", J, r'''
variable "region" {
  type    = string
  default = "eu-west-1"
}

provider "aws" {
  region = var.region
}

resource "aws_s3_bucket" "assets" {
  bucket = "acme-static-assets"

  tags = {
    Project = "storefront"
  }
}
''', "Terraform HCL instead of JSON", line=1, kind="mm", content="HCL"),

F(L, "docker/build.json", J, r'''
FROM golang:1.22 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/api ./cmd/api

FROM gcr.io/distroless/static-debian12
COPY --from=build /out/api /api
USER nonroot:nonroot
ENTRYPOINT ["/api"]
''', "Dockerfile instead of JSON", line=1, kind="mm", content="Dockerfile"),

F(L, ".devcontainer/devcontainer.json", J, r'''
name: acme-api
image: mcr.microsoft.com/devcontainers/typescript-node:20
features:
  ghcr.io/devcontainers/features/docker-in-docker:2: {}
forwardPorts:
  - 3000
  - 5432
postCreateCommand: npm ci
customizations:
  vscode:
    extensions:
      - dbaeumer.vscode-eslint
      - esbenp.prettier-vscode
''', "YAML instead of devcontainer JSON", line=1, kind="mm", content="YAML"),

F(L, "config/routes.json", J, r'''
import type { RouteObject } from 'react-router-dom';
import { Layout } from '../components/Layout';
import { Home } from '../pages/Home';
import { Orders } from '../pages/Orders';

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Layout />,
    children: [
      { index: true, element: <Home /> },
      { path: 'orders', element: <Orders /> },
    ],
  },
];
''', "TypeScript/TSX route module instead of JSON", line=1, kind="mm", content="TypeScript"),

F(L, "data/dependencies.json", J, r'''
django==5.0.6
djangorestframework==3.15.1
psycopg[binary]==3.1.19
celery[redis]==5.4.0
gunicorn==22.0.0
sentry-sdk[django]==2.3.1
python-dotenv==1.0.1
whitenoise==6.6.''', "requirements.txt pins instead of JSON, cut off mid-version", kind="mm", content="requirements.txt", cut=True),

F(L, "config/database.json", J, r'''
CREATE TABLE accounts (
    id          BIGSERIAL PRIMARY KEY,
    email       TEXT NOT NULL UNIQUE,
    plan        TEXT NOT NULL DEFAULT 'free',
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX accounts_plan_idx ON accounts (plan);

CREATE TABLE api_keys (
    id          BIGSERIAL PRIMARY KEY,
    account_id  BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASC''', "SQL DDL instead of JSON, cut off mid-keyword", kind="mm", content="SQL", cut=True),

F(L, "types/user.json", J, r'''
package models

import "time"

type User struct {
	ID        int64     `json:"id"`
	Email     string    `json:"email"`
	Name      string    `json:"name"`
	IsAdmin   bool      `json:"is_admin"`
	CreatedAt time.Time `json:"created_at"`
	LastLogin *time.Time `json:"last_login,omit''', "Go struct with json tags instead of JSON, cut off inside a struct tag", kind="mm", content="Go", cut=True),
]
