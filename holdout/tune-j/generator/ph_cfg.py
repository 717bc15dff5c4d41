"""placeholder / YAML (10 files, 3 syntax-breaking) and TOML (10 files, 2 syntax-breaking)."""
from common import P

YAML = [
P(".github/workflows/ci.yml",
  "the `test` job is elided ({L}) but `build` declares needs: [lint, test]; the workflow is rejected by Actions for the unknown job",
  r'''
name: CI

on:
  push:
    branches: [main]
  pull_request:

concurrency:
  group: ci-${{ github.ref }}
  cancel-in-progress: true

jobs:
  lint:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          cache: npm
      - run: npm ci
      - run: npm run lint

§  # test job unchanged (matrix over node 18/20, uploads coverage);
§  # build still waits for it below

  build:
    needs: [lint, test]
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          cache: npm
      - run: npm ci
      - run: npm run build
      - uses: actions/upload-artifact@v4
        with:
          name: dist
          path: dist/
'''),

P("k8s/api/deployment.yaml",
  "the pod spec's volumes list is elided ({L}) while the container mounts `config` and `tmp` volumes",
  r'''
apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  labels:
    app.kubernetes.io/name: api
spec:
  replicas: 3
  selector:
    matchLabels:
      app.kubernetes.io/name: api
  template:
    metadata:
      labels:
        app.kubernetes.io/name: api
    spec:
      serviceAccountName: api
      containers:
        - name: api
          image: ghcr.io/acme/api:1.14.2
          ports:
            - name: http
              containerPort: 8080
          envFrom:
            - secretRef:
                name: api-env
          readinessProbe:
            httpGet:
              path: /healthz
              port: http
          volumeMounts:
            - name: config
              mountPath: /etc/api
              readOnly: true
            - name: tmp
              mountPath: /tmp
§      # volumes: same as in the worker deployment (configMap api-config + an
§      # emptyDir for /tmp)
'''),

P("docker-compose.yml",
  "the `redis` and `mailpit` services are elided ({L}) though `api` depends_on them and REDIS_URL/SMTP_HOST point at them",
  r'''
services:
  db:
    image: postgres:16-alpine
    environment:
      POSTGRES_USER: app
      POSTGRES_PASSWORD: app
      POSTGRES_DB: app
    volumes:
      - pgdata:/var/lib/postgresql/data
    healthcheck:
      test: ["CMD-SHELL", "pg_isready -U app"]
      interval: 5s
      retries: 10

§  # (remaining services — redis, mailpit — as before)

  api:
    build: ./api
    ports:
      - "8080:8080"
    environment:
      DATABASE_URL: postgres://app:app@db:5432/app
      REDIS_URL: redis://redis:6379/0
      SMTP_HOST: mailpit
    depends_on:
      db:
        condition: service_healthy
      redis:
        condition: service_started
      mailpit:
        condition: service_started

volumes:
  pgdata:
'''),

P("charts/api/values.yaml",
  "a Jinja-like `{{ ... }}` line inside the image block ({L}) stands for tag/pullPolicy, which are missing; it is not valid YAML",
  r'''
replicaCount: 2

image:
  repository: ghcr.io/acme/api
§  {{ ... }}

imagePullSecrets:
  - name: ghcr

serviceAccount:
  create: true
  annotations: {}

service:
  type: ClusterIP
  port: 80
  targetPort: 8080

ingress:
  enabled: true
  className: nginx
  hosts:
    - host: api.example.com
      paths:
        - path: /
          pathType: Prefix
  tls:
    - secretName: api-example-com-tls
      hosts: [api.example.com]

resources:
  requests:
    cpu: 100m
    memory: 256Mi
  limits:
    memory: 512Mi
''''', breaks=True),

P(".github/workflows/release.yml",
  "an indented bare `...` line among the steps ({L}) stands for the build/sign steps; YAML rejects it and the upload step refers to artifacts those steps produce",
  r'''
name: Release

on:
  push:
    tags: ["v*"]

permissions:
  contents: write
  id-token: write

jobs:
  release:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0
      - uses: actions/setup-go@v5
        with:
          go-version-file: go.mod
§      ... build + sign steps ...
      - name: Upload release assets
        uses: softprops/action-gh-release@v2
        with:
          files: |
            dist/*.tar.gz
            dist/checksums.txt
            dist/checksums.txt.sig
''''', breaks=True),

P("k8s/web/ingress.yaml",
  "the Ingress routes to a `web` Service on port 3000, but that Service document is elided ({L})",
  r'''
apiVersion: v1
kind: Service
metadata:
  name: api
spec:
  selector:
    app: api
  ports:
    - name: http
      port: 8080
      targetPort: 8080
---
§# Service for web: same as the api Service above, port 3000, selector app=web
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: shop
  annotations:
    cert-manager.io/cluster-issuer: letsencrypt
spec:
  ingressClassName: nginx
  tls:
    - hosts: [shop.example.com]
      secretName: shop-tls
  rules:
    - host: shop.example.com
      http:
        paths:
          - path: /api
            pathType: Prefix
            backend:
              service:
                name: api
                port:
                  number: 8080
          - path: /
            pathType: Prefix
            backend:
              service:
                name: web
                port:
                  number: 3000
'''),

P(".gitlab-ci.yml",
  "the hidden `.node-base` template is elided ({L}) but both jobs `extends: .node-base`",
  r'''
stages:
  - test
  - deploy

variables:
  NODE_VERSION: "20"
  npm_config_cache: "$CI_PROJECT_DIR/.npm"

§# .node-base: image/cache/before_script block — keep it from the old file,
§# nothing in it changed

unit-tests:
  extends: .node-base
  stage: test
  script:
    - npm run test -- --ci --reporters=default --reporters=jest-junit
  artifacts:
    when: always
    reports:
      junit: junit.xml

deploy-staging:
  extends: .node-base
  stage: deploy
  environment:
    name: staging
    url: https://staging.example.com
  rules:
    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH
  script:
    - npm run build
    - npx wrangler deploy --env staging
'''),

P("deploy/docker-compose.prod.yml",
  "a flow-sequence line `[... other services as before ...]` ({L}) replaces the worker and proxy services; it is not valid YAML and the proxy's volumes are still declared",
  r'''
services:
  web:
    image: registry.example.com/shop/web:${TAG:?}
    restart: unless-stopped
    env_file: .env.production
    deploy:
      replicas: 2
      resources:
        limits:
          memory: 768M
    healthcheck:
      test: ["CMD", "wget", "-qO-", "http://localhost:3000/health"]
      interval: 15s
      timeout: 3s
§  [... other services as before ...]

volumes:
  caddy_data:
  caddy_config:

networks:
  default:
    name: shop-prod
''''', breaks=True),

P(".github/workflows/deploy.yml",
  "the build job's steps and `outputs` are elided ({L}) but deploy reads needs.build.outputs.image",
  r'''
name: Deploy

on:
  workflow_dispatch:
    inputs:
      environment:
        type: choice
        options: [staging, production]
        default: staging

jobs:
  build:
    runs-on: ubuntu-latest
    permissions:
      contents: read
      packages: write
§    # outputs + the docker build/push steps: unchanged from the previous workflow

  deploy:
    needs: build
    runs-on: ubuntu-latest
    environment: ${{ inputs.environment }}
    steps:
      - uses: azure/setup-kubectl@v4
      - name: Configure kubeconfig
        run: echo "${{ secrets.KUBECONFIG }}" > "$RUNNER_TEMP/kubeconfig"
      - name: Roll out
        env:
          KUBECONFIG: ${{ runner.temp }}/kubeconfig
        run: |
          kubectl -n shop-${{ inputs.environment }} set image deploy/web web=${{ needs.build.outputs.image }}
          kubectl -n shop-${{ inputs.environment }} rollout status deploy/web --timeout=5m
'''),

P("api/openapi.yaml",
  "components.schemas elides Error and NewPet ({L}) although paths $ref both",
  r'''
openapi: 3.0.3
info:
  title: Pet Store API
  version: 2.1.0
paths:
  /pets:
    get:
      operationId: listPets
      responses:
        "200":
          description: A list of pets
          content:
            application/json:
              schema:
                type: array
                items:
                  $ref: "#/components/schemas/Pet"
    post:
      operationId: createPet
      requestBody:
        required: true
        content:
          application/json:
            schema:
              $ref: "#/components/schemas/NewPet"
      responses:
        "201":
          description: Created
        default:
          description: Error
          content:
            application/json:
              schema:
                $ref: "#/components/schemas/Error"
components:
  schemas:
    Pet:
      type: object
      required: [id, name]
      properties:
        id: { type: integer, format: int64 }
        name: { type: string }
        tag: { type: string }
§    # NewPet, Error: as in v2.0 of the spec —
§    # (only the `tag` property on Pet is new)
'''),
]

TOML = [
P("Cargo.toml",
  "the [dependencies] table is cut short ({L}); the `tls` and `metrics` features reference dep:rustls and dep:prometheus which are no longer declared",
  r'''
[package]
name = "ingestd"
version = "0.7.3"
edition = "2021"
rust-version = "1.75"
license = "Apache-2.0"
description = "Log ingestion daemon"

[dependencies]
tokio = { version = "1.38", features = ["rt-multi-thread", "macros", "net", "signal"] }
axum = "0.7"
serde = { version = "1", features = ["derive"] }
serde_json = "1"
tracing = "0.1"
tracing-subscriber = { version = "0.3", features = ["env-filter", "json"] }
§# ...remaining deps as before (rustls, prometheus, clap, etc.)

[features]
default = ["tls"]
tls = ["dep:rustls", "dep:tokio-rustls"]
metrics = ["dep:prometheus"]

[dev-dependencies]
tokio-test = "0.4"
tempfile = "3"

[profile.release]
lto = "thin"
codegen-units = 1
strip = true
'''),

P("pyproject.toml",
  "`dynamic = [\"version\"]` is declared but the [tool.hatch.version] table that supplies it is elided ({L})",
  r'''
[build-system]
requires = ["hatchling>=1.21"]
build-backend = "hatchling.build"

[project]
name = "quickreport"
dynamic = ["version"]
description = "Generate PDF reports from SQL queries"
readme = "README.md"
requires-python = ">=3.10"
license = { text = "MIT" }
dependencies = [
  "sqlalchemy>=2.0",
  "jinja2>=3.1",
  "weasyprint>=61",
  "typer>=0.12",
]

[project.scripts]
quickreport = "quickreport.cli:app"

§# [tool.hatch.*] sections unchanged (version source + sdist excludes)

[tool.pytest.ini_options]
addopts = "-ra --strict-markers"
testpaths = ["tests"]
'''),

P("crates/server/Cargo.toml",
  "a bare `...` line in [dependencies] ({L}) replaces the workspace deps the crate uses; not valid TOML",
  r'''
[package]
name = "shop-server"
version.workspace = true
edition.workspace = true
publish = false

[[bin]]
name = "shop-server"
path = "src/main.rs"

[dependencies]
shop-core = { path = "../core" }
shop-db = { path = "../db" }
axum = { workspace = true, features = ["macros"] }
tokio = { workspace = true }
§... (rest of the workspace deps)
tower-http = { workspace = true, features = ["trace", "cors", "compression-gzip"] }

[dev-dependencies]
reqwest = { workspace = true, features = ["json"] }
insta = { workspace = true }

[lints]
workspace = true
''', breaks=True),

P("services/api/pyproject.toml",
  "the dev dependency group is elided ({L}) while pytest options configure pytest-asyncio (asyncio_mode) and coverage that only exist in that group",
  r'''
[tool.poetry]
name = "orders-api"
version = "1.8.0"
description = "Orders service"
authors = ["Platform Team <platform@example.com>"]
packages = [{ include = "orders_api", from = "src" }]

[tool.poetry.dependencies]
python = "^3.11"
fastapi = "^0.111"
uvicorn = { extras = ["standard"], version = "^0.30" }
sqlalchemy = { extras = ["asyncio"], version = "^2.0" }
asyncpg = "^0.29"
pydantic-settings = "^2.3"

§# [tool.poetry.group.dev.dependencies] — same as before; I only bumped fastapi
§# above

[tool.poetry.scripts]
orders-api = "orders_api.main:run"

[tool.pytest.ini_options]
asyncio_mode = "auto"
addopts = "--cov=orders_api --cov-report=term-missing"

[build-system]
requires = ["poetry-core>=1.8"]
build-backend = "poetry.core.masonry.api"
'''),

P("netlify.toml",
  "the SPA fallback redirect is elided ({L}); only the /api proxy remains so client-side routes 404 on reload",
  r'''
[build]
  command = "npm run build"
  publish = "dist"

[build.environment]
  NODE_VERSION = "20"
  NPM_FLAGS = "--no-audit --no-fund"

[[redirects]]
  from = "/api/*"
  to = "https://api.example.com/:splat"
  status = 200
  force = true

§# the /* -> /index.html 200 rewrite from before goes here

[[headers]]
  for = "/assets/*"
  [headers.values]
    Cache-Control = "public, max-age=31536000, immutable"

[[headers]]
  for = "/*"
  [headers.values]
    X-Frame-Options = "DENY"
    Referrer-Policy = "strict-origin-when-cross-origin"
'''),

P("fly.toml",
  "[http_service] and the [[vm]] block target the `app` and `worker` process groups but the [processes] table defining them is elided ({L})",
  r'''
app = "ledger-api"
primary_region = "fra"
kill_signal = "SIGTERM"
kill_timeout = "30s"

[build]
  dockerfile = "Dockerfile"

[env]
  PORT = "8080"
  LOG_LEVEL = "info"

§# [processes]: the app/worker commands are unchanged
§# (app runs the server, worker runs the queue consumer)

[http_service]
  internal_port = 8080
  force_https = true
  auto_stop_machines = "stop"
  auto_start_machines = true
  min_machines_running = 1
  processes = ["app"]

  [[http_service.checks]]
    grace_period = "10s"
    interval = "30s"
    method = "GET"
    path = "/healthz"
    timeout = "5s"

[[vm]]
  size = "shared-cpu-1x"
  memory = "512mb"
  processes = ["app", "worker"]
'''),

P("wrangler.toml",
  "a `[... staging env as before ...]` pseudo-header ({L}) replaces the [env.staging] tables; it is not valid TOML",
  r'''
name = "edge-router"
main = "src/index.ts"
compatibility_date = "2024-09-02"
compatibility_flags = ["nodejs_compat"]
workers_dev = false

[vars]
ORIGIN = "https://origin.example.com"
CACHE_TTL = "300"

[[kv_namespaces]]
binding = "ROUTES"
id = "8c2a9d6e4f1b4c7a9e3d5f0a1b2c3d4e"

[[r2_buckets]]
binding = "ASSETS"
bucket_name = "edge-assets"

§[... staging env as before ...]

[env.production]
route = { pattern = "example.com/*", zone_name = "example.com" }

[env.production.vars]
ORIGIN = "https://origin.example.com"
CACHE_TTL = "3600"
''', breaks=True),

P("libs/core/pyproject.toml",
  "the ruff isort settings ({L1}) and the [tool.pydantic-mypy] table ({L2}) are elided; mypy loads the pydantic plugin whose settings table is missing",
  r'''
[project]
name = "acme-core"
version = "3.2.0"
requires-python = ">=3.11"
dependencies = ["pydantic>=2.7", "httpx>=0.27", "tenacity>=8.3"]

[project.optional-dependencies]
dev = ["mypy>=1.10", "ruff>=0.5", "pytest>=8"]

[tool.ruff]
line-length = 100
target-version = "py311"
src = ["src", "tests"]

[tool.ruff.lint]
select = ["E", "F", "I", "UP", "B", "SIM"]
ignore = ["E501"]
§# [tool.ruff.lint.isort] with known-first-party = ["acme_core"] — keep yours

[tool.mypy]
python_version = "3.11"
strict = true
plugins = ["pydantic.mypy"]
mypy_path = "src"

§# pydantic-mypy settings omitted for brevity

[build-system]
requires = ["setuptools>=69"]
build-backend = "setuptools.build_meta"
'''),

P("crates/parser/Cargo.toml",
  "the [[bench]] target needs criterion but [dev-dependencies] is elided at the end of the file ({L})",
  r'''
[package]
name = "tinyexpr-parser"
version = "0.3.1"
edition = "2021"
license = "MIT OR Apache-2.0"
description = "A small expression parser with good error messages"
repository = "https://github.com/example/tinyexpr"
categories = ["parser-implementations"]

[lib]
path = "src/lib.rs"

[dependencies]
logos = "0.14"
thiserror = "1"
miette = { version = "7", optional = true }

[features]
default = []
fancy-errors = ["dep:miette", "miette/fancy"]

[[bench]]
name = "parse"
harness = false

§# rest unchanged — dev-dependencies as in your branch
'''),

P("packages/sdk/pyproject.toml",
  "the `all` extra pulls in sdk[async,cli] but those two extras are elided ({L})",
  r'''
[build-system]
requires = ["setuptools>=69", "setuptools-scm>=8"]
build-backend = "setuptools.build_meta"

[project]
name = "acme-sdk"
dynamic = ["version"]
description = "Python client for the Acme API"
requires-python = ">=3.9"
dependencies = [
  "requests>=2.31",
  "attrs>=23.2",
]

[project.optional-dependencies]
§# async = [...] and cli = [...] — identical to the 1.x releases
all = ["acme-sdk[async,cli]"]
test = ["pytest>=8", "responses>=0.25"]

[project.urls]
Homepage = "https://github.com/acme/acme-sdk"
Changelog = "https://github.com/acme/acme-sdk/blob/main/CHANGELOG.md"

[tool.setuptools_scm]
version_file = "src/acme_sdk/_version.py"
'''),
]

FILES = YAML + TOML
