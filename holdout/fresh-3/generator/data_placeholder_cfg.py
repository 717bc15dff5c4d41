from registry import add

L = "placeholder"
Y = "YAML"
T = "TOML"

# ------------------------------------------------------------------ YAML
add(L, ".github/workflows/ci.yml", Y,
    "GitHub Actions CI; install/test steps replaced by an existing-steps comment, coverage upload remains; parses",
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
  test:
    runs-on: ubuntu-latest
    strategy:
      matrix:
        node: [18, 20, 22]
    services:
      postgres:
        image: postgres:16
        env:
          POSTGRES_PASSWORD: postgres
        ports: ["5432:5432"]
        options: >-
          --health-cmd pg_isready --health-interval 10s --health-timeout 5s --health-retries 5
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: ${{ matrix.node }}
          cache: npm
      # ... existing steps ...
      - name: Upload coverage
        if: matrix.node == 20
        uses: codecov/codecov-action@v4
        with:
          files: coverage/lcov.info
          token: ${{ secrets.CODECOV_TOKEN }}
''', expect="parse", marks=["# ... existing steps ..."])

add(L, "k8s/deployment.yaml", Y,
    "Kubernetes Deployment; remaining env entries replaced by a bare Unicode ellipsis line inside the sequence; breaks syntax",
    r'''
apiVersion: apps/v1
kind: Deployment
metadata:
  name: orders-api
  namespace: shop
  labels:
    app: orders-api
spec:
  replicas: 3
  revisionHistoryLimit: 5
  selector:
    matchLabels:
      app: orders-api
  template:
    metadata:
      labels:
        app: orders-api
    spec:
      containers:
        - name: api
          image: ghcr.io/acme/orders-api:1.14.2
          ports:
            - containerPort: 8080
          env:
            - name: DATABASE_URL
              valueFrom:
                secretKeyRef:
                  name: orders-db
                  key: url
            …
          readinessProbe:
            httpGet:
              path: /healthz
              port: 8080
            periodSeconds: 10
          resources:
            requests:
              cpu: 250m
              memory: 256Mi
            limits:
              memory: 512Mi
''', expect="reject", marks=["            …\n"])

add(L, "docker-compose.yml", Y,
    "Compose file; worker service replaced by a commented paragraph saying it mirrors api; another service depends on it; parses",
    r'''
services:
  api:
    build:
      context: .
      dockerfile: docker/api.Dockerfile
    env_file: .env
    environment:
      DATABASE_URL: postgres://app:app@db:5432/app
      REDIS_URL: redis://redis:6379/0
    ports:
      - "8000:8000"
    depends_on:
      db:
        condition: service_healthy
      redis:
        condition: service_started

  # worker:
  #   Same build, env_file and environment block as `api` above — only the
  #   command differs (celery -A app worker -l info) and it doesn't publish
  #   any ports. I didn't write it out twice; duplicate the api service and
  #   change those two things.

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

  redis:
    image: redis:7-alpine

  flower:
    image: mher/flower:2.0
    command: celery --broker=redis://redis:6379/0 flower
    depends_on:
      - worker
    ports:
      - "5555:5555"

volumes:
  pgdata:
''', expect="parse", para=True,
    marks=["""  # worker:
  #   Same build, env_file and environment block as `api` above — only the
  #   command differs (celery -A app worker -l info) and it doesn't publish
  #   any ports. I didn't write it out twice; duplicate the api service and
  #   change those two things."""])

add(L, ".gitlab-ci.yml", Y,
    "GitLab CI; production deploy job body replaced by a bracketed same-as-staging note; parses",
    r'''
stages:
  - test
  - build
  - deploy

variables:
  DOCKER_DRIVER: overlay2
  IMAGE_TAG: $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA

.deploy_template: &deploy_template
  image: alpine/k8s:1.29.2
  before_script:
    - kubectl config use-context acme/infra:$KUBE_CONTEXT
  script:
    - kubectl -n $NAMESPACE set image deployment/web web=$IMAGE_TAG
    - kubectl -n $NAMESPACE rollout status deployment/web --timeout=180s

test:
  stage: test
  image: node:20
  cache:
    paths: [node_modules/]
  script:
    - npm ci
    - npm test -- --ci

build:
  stage: build
  image: docker:24
  services: [docker:24-dind]
  script:
    - docker login -u $CI_REGISTRY_USER -p $CI_REGISTRY_PASSWORD $CI_REGISTRY
    - docker build -t $IMAGE_TAG .
    - docker push $IMAGE_TAG

deploy_staging:
  <<: *deploy_template
  stage: deploy
  environment: staging
  variables:
    KUBE_CONTEXT: staging
    NAMESPACE: web-staging
  only: [main]

deploy_production:
  <<: *deploy_template
  # [same as staging, different environment]
  when: manual
  only: [main]
''', expect="parse", marks=["# [same as staging, different environment]"])

add(L, "helm/values.yaml", Y,
    "Helm values; ingress settings replaced by an angle-bracket tag line inside the mapping; breaks syntax",
    r'''
replicaCount: 2

image:
  repository: ghcr.io/acme/web
  tag: ""
  pullPolicy: IfNotPresent

serviceAccount:
  create: true
  name: web

service:
  type: ClusterIP
  port: 80
  targetPort: 3000

ingress:
  enabled: true
  className: nginx
  <existing ingress settings>

resources:
  requests:
    cpu: 100m
    memory: 128Mi
  limits:
    memory: 256Mi

autoscaling:
  enabled: true
  minReplicas: 2
  maxReplicas: 8
  targetCPUUtilizationPercentage: 70
''', expect="reject", marks=["<existing ingress settings>"])

add(L, "ansible/playbook.yml", Y,
    "Ansible playbook; four tasks replaced by a comment paragraph; a handler still targets the unit they created; parses",
    r'''
---
- name: Configure web servers
  hosts: web
  become: true
  vars:
    app_user: app
    app_dir: /opt/app
    node_version: "20"

  tasks:
    - name: Install base packages
      ansible.builtin.apt:
        name: [git, nginx, ufw, build-essential]
        state: present
        update_cache: true

    - name: Create app user
      ansible.builtin.user:
        name: "{{ app_user }}"
        shell: /bin/bash
        home: "{{ app_dir }}"

    # Node.js install, the git checkout of the app, the npm ci step and the
    # systemd unit template were fine in your playbook and aren't affected by
    # the nginx change, so I've left those four tasks out here. Keep them in
    # this position; the handler below expects the unit to exist.

    - name: Deploy nginx site
      ansible.builtin.template:
        src: templates/nginx-site.conf.j2
        dest: /etc/nginx/sites-available/app.conf
        mode: "0644"
      notify: Reload nginx

    - name: Enable nginx site
      ansible.builtin.file:
        src: /etc/nginx/sites-available/app.conf
        dest: /etc/nginx/sites-enabled/app.conf
        state: link
      notify: Reload nginx

  handlers:
    - name: Reload nginx
      ansible.builtin.service:
        name: nginx
        state: reloaded

    - name: Restart app
      ansible.builtin.systemd:
        name: app
        state: restarted
        daemon_reload: true
''', expect="parse", para=True,
    marks=["""    # Node.js install, the git checkout of the app, the npm ci step and the
    # systemd unit template were fine in your playbook and aren't affected by
    # the nginx change, so I've left those four tasks out here. Keep them in
    # this position; the handler below expects the unit to exist."""])

add(L, ".github/workflows/release.yml", Y,
    "GitHub Actions release; second job's steps key holds only a comment (null steps); parses",
    r'''
name: Release

on:
  push:
    tags: ["v*.*.*"]

permissions:
  contents: write
  packages: write

jobs:
  build:
    runs-on: ubuntu-latest
    outputs:
      version: ${{ steps.meta.outputs.version }}
    steps:
      - uses: actions/checkout@v4
      - id: meta
        run: echo "version=${GITHUB_REF_NAME#v}" >> "$GITHUB_OUTPUT"
      - uses: docker/setup-buildx-action@v3
      - uses: docker/login-action@v3
        with:
          registry: ghcr.io
          username: ${{ github.actor }}
          password: ${{ secrets.GITHUB_TOKEN }}
      - uses: docker/build-push-action@v6
        with:
          push: true
          tags: ghcr.io/${{ github.repository }}:${{ steps.meta.outputs.version }}

  publish-release:
    needs: build
    runs-on: ubuntu-latest
    steps:
      # Release-notes and gh release steps: identical to the ones in your old workflow.
''', expect="parse",
    marks=["# Release-notes and gh release steps: identical to the ones in your old workflow."])

add(L, "k8s/ingress.yaml", Y,
    "Kubernetes Ingress; two host rules replaced by a follow-the-same-shape comment while TLS still lists the hosts; parses",
    r'''
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: public
  namespace: shop
  annotations:
    cert-manager.io/cluster-issuer: letsencrypt-prod
    nginx.ingress.kubernetes.io/proxy-body-size: 20m
spec:
  ingressClassName: nginx
  tls:
    - hosts:
        - shop.example.com
        - api.example.com
        - admin.example.com
      secretName: public-tls
  rules:
    - host: shop.example.com
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: storefront
                port:
                  number: 80
    # api.example.com and admin.example.com rules follow the same shape, pointing at orders-api:8080 and admin:80
''', expect="parse",
    marks=["# api.example.com and admin.example.com rules follow the same shape, pointing at orders-api:8080 and admin:80"])

add(L, "openapi.yaml", Y,
    "OpenAPI document; single-order operations replaced by a comment paragraph (path maps to null), referenced schemas replaced by a note; parses",
    r'''
openapi: 3.0.3
info:
  title: Orders API
  version: 1.4.0
servers:
  - url: https://api.example.com/v1
paths:
  /orders:
    get:
      summary: List orders
      parameters:
        - $ref: '#/components/parameters/Page'
        - $ref: '#/components/parameters/PageSize'
      responses:
        '200':
          description: A page of orders
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/OrderPage'
    post:
      summary: Create an order
      requestBody:
        required: true
        content:
          application/json:
            schema:
              $ref: '#/components/schemas/NewOrder'
      responses:
        '201':
          description: Created
  /orders/{id}:
    # GET / PATCH / DELETE for a single order
    #   — omitted for brevity; they're defined the same way as above and
    #   reference #/components/schemas/Order. Paste your existing
    #   definitions back under this path.
components:
  parameters:
    Page:
      name: page
      in: query
      schema: { type: integer, minimum: 1, default: 1 }
    PageSize:
      name: pageSize
      in: query
      schema: { type: integer, minimum: 1, maximum: 100, default: 20 }
  schemas:
    Order:
      type: object
      required: [id, status, totalCents]
      properties:
        id: { type: string, format: uuid }
        status: { type: string, enum: [pending, paid, shipped, cancelled] }
        totalCents: { type: integer }
    # OrderPage and NewOrder: unchanged from your spec
''', expect="parse", para=True,
    marks=["""    # GET / PATCH / DELETE for a single order
    #   — omitted for brevity; they're defined the same way as above and
    #   reference #/components/schemas/Order. Paste your existing
    #   definitions back under this path.""",
           "# OrderPage and NewOrder: unchanged from your spec"])

add(L, ".circleci/config.yml", Y,
    "CircleCI config; a job's tail replaced by a bare ellipsis at column 0 (document end marker) followed by more content; breaks syntax",
    r'''
version: 2.1

orbs:
  node: circleci/node@5.2.0
  aws-ecr: circleci/aws-ecr@9.1.0

executors:
  default:
    docker:
      - image: cimg/node:20.11

jobs:
  test:
    executor: default
    steps:
      - checkout
      - node/install-packages:
          pkg-manager: npm
      - run:
          name: Unit tests
          command: npm test -- --ci --reporters=jest-junit
      - store_test_results:
          path: reports
...
  build-and-push:
    executor: default
    steps:
      - checkout
      - setup_remote_docker
      - aws-ecr/build_and_push_image:
          repo: web
          tag: ${CIRCLE_SHA1}

workflows:
  main:
    jobs:
      - test
      - build-and-push:
          requires: [test]
          filters:
            branches:
              only: main
''', expect="reject", marks=["reports\n...\n"])

# ------------------------------------------------------------------ TOML
add(L, "Cargo.toml", T,
    "Rust crate manifest; some dependencies replaced by a short other-deps comment; features still point at the missing crate; parses",
    r'''
[package]
name = "ledger-sync"
version = "0.7.3"
edition = "2021"
rust-version = "1.75"
description = "Syncs bank transactions into the accounting ledger"
license = "MIT OR Apache-2.0"

[dependencies]
tokio = { version = "1.38", features = ["macros", "rt-multi-thread", "signal"] }
reqwest = { version = "0.12", default-features = false, features = ["json", "rustls-tls"] }
serde = { version = "1", features = ["derive"] }
serde_json = "1"
# ... other deps

[dev-dependencies]
wiremock = "0.6"
tokio-test = "0.4"

[features]
default = ["postgres"]
postgres = ["sqlx/postgres"]
sqlite = ["sqlx/sqlite"]

[profile.release]
lto = "thin"
codegen-units = 1
strip = true
''', expect="parse", marks=["# ... other deps"])

add(L, "pyproject.toml", T,
    "hatchling pyproject; lint settings tail replaced by a bare ellipsis line; breaks syntax",
    r'''
[build-system]
requires = ["hatchling>=1.24"]
build-backend = "hatchling.build"

[project]
name = "invoice-parser"
version = "2.1.0"
description = "Extract line items and totals from supplier PDF invoices"
readme = "README.md"
requires-python = ">=3.10"
license = { text = "MIT" }
dependencies = [
    "pdfplumber>=0.11",
    "pydantic>=2.7",
    "typer>=0.12",
]

[project.optional-dependencies]
dev = ["pytest>=8", "pytest-cov", "ruff>=0.5", "mypy>=1.10"]

[project.scripts]
invoice-parser = "invoice_parser.cli:app"

[tool.ruff]
line-length = 100
target-version = "py310"

[tool.ruff.lint]
select = ["E", "F", "I", "B", "UP"]
...

[tool.pytest.ini_options]
addopts = "-ra --cov=invoice_parser"
testpaths = ["tests"]
''', expect="reject", marks=["\"UP\"]\n...\n"])

add(L, "netlify.toml", T,
    "Netlify config; further redirect rules replaced by a parenthesised unchanged note; parses",
    r'''
[build]
  command = "npm run build"
  publish = "dist"
  functions = "netlify/functions"

[build.environment]
  NODE_VERSION = "20"
  NPM_FLAGS = "--no-audit --no-fund"

[context.deploy-preview]
  command = "npm run build:preview"

[[redirects]]
  from = "/api/*"
  to = "/.netlify/functions/:splat"
  status = 200

[[redirects]]
  from = "/blog/:slug"
  to = "/posts/:slug"
  status = 301

# (remaining redirects unchanged)

[[headers]]
  for = "/assets/*"
  [headers.values]
    Cache-Control = "public, max-age=31536000, immutable"
''', expect="parse", marks=["# (remaining redirects unchanged)"])

add(L, "crates/api/Cargo.toml", T,
    "workspace member manifest; several workspace dependencies replaced by a comment paragraph asking to add them back; parses",
    r'''
[package]
name = "api"
version.workspace = true
edition.workspace = true
publish = false

[[bin]]
name = "api-server"
path = "src/main.rs"

[dependencies]
axum = { version = "0.7", features = ["macros"] }
tower-http = { version = "0.5", features = ["cors", "trace", "compression-gzip"] }
tracing.workspace = true
tracing-subscriber = { workspace = true, features = ["env-filter", "json"] }
domain = { path = "../domain" }
# The storage crate, sqlx, uuid, time and the serde pair come from
# [workspace.dependencies] exactly like in the other member crates —
# I didn't list them again here, but `storage::PgRepo` in main.rs
# still needs them, so add the same `.workspace = true` lines back.

[dev-dependencies]
axum-test = "15"
tokio = { workspace = true, features = ["test-util"] }
''', expect="parse", para=True,
    marks=["""# The storage crate, sqlx, uuid, time and the serde pair come from
# [workspace.dependencies] exactly like in the other member crates —
# I didn't list them again here, but `storage::PgRepo` in main.rs
# still needs them, so add the same `.workspace = true` lines back."""])

add(L, "config/app.toml", T,
    "service config; database table body replaced by an angle-bracket tag line; breaks syntax",
    r'''
title = "billing-service"
environment = "production"

[server]
host = "0.0.0.0"
port = 8080
read_timeout = "15s"
write_timeout = "15s"

[database]
<your database settings>

[cache]
url = "redis://cache.internal:6379/2"
ttl_seconds = 300

[payments]
provider = "stripe"
webhook_path = "/webhooks/stripe"
currency = "EUR"

[logging]
level = "info"
format = "json"
''', expect="reject", marks=["<your database settings>"])

add(L, "services/worker/pyproject.toml", T,
    "Poetry pyproject; shared dependency block replaced by a comment paragraph saying to copy it from another service; parses",
    r'''
[tool.poetry]
name = "report-worker"
version = "0.3.0"
description = "Celery worker that renders scheduled PDF reports"
authors = ["Data Platform <data-platform@example.com>"]
packages = [{ include = "report_worker", from = "src" }]

[tool.poetry.dependencies]
python = "^3.11"
celery = { version = "^5.4", extras = ["redis"] }
weasyprint = "^62.1"
jinja2 = "^3.1"
# Same database and storage dependencies as services/api/pyproject.toml:
# sqlalchemy, psycopg, boto3 and our internal `shared-models` package
# pinned to the same versions. I haven't repeated them here because they
# have to stay in lockstep with the API — copy that block over verbatim.

[tool.poetry.group.dev.dependencies]
pytest = "^8.2"
pytest-celery = "^1.0"
moto = { version = "^5.0", extras = ["s3"] }

[tool.poetry.scripts]
report-worker = "report_worker.main:run"

[build-system]
requires = ["poetry-core>=1.9"]
build-backend = "poetry.core.masonry.api"
''', expect="parse", para=True,
    marks=["""# Same database and storage dependencies as services/api/pyproject.toml:
# sqlalchemy, psycopg, boto3 and our internal `shared-models` package
# pinned to the same versions. I haven't repeated them here because they
# have to stay in lockstep with the API — copy that block over verbatim."""])

add(L, ".cargo/config.toml", T,
    "cargo config; one target table replaced by a note that it is set up like the one above; parses",
    r'''
[build]
rustflags = ["-C", "target-cpu=native"]

[target.x86_64-unknown-linux-gnu]
linker = "clang"
rustflags = ["-C", "link-arg=-fuse-ld=mold"]

# aarch64-unknown-linux-gnu is set up exactly like the x86_64 target above

[target.x86_64-pc-windows-msvc]
rustflags = ["-C", "target-feature=+crt-static"]

[alias]
xtask = "run --package xtask --"
ci = "xtask ci"
cov = "llvm-cov --workspace --lcov --output-path lcov.info"

[env]
RUST_LOG = { value = "info,sqlx=warn", force = false }
SQLX_OFFLINE = "true"

[net]
git-fetch-with-cli = true
''', expect="parse",
    marks=["# aarch64-unknown-linux-gnu is set up exactly like the x86_64 target above"])

add(L, "fly.toml", T,
    "Fly.io app config; further sections replaced by an ellipsis in table-header brackets; breaks syntax",
    r'''
app = "acme-storefront"
primary_region = "ams"
kill_signal = "SIGINT"
kill_timeout = "5s"

[build]
  dockerfile = "Dockerfile"

[env]
  PORT = "8080"
  NODE_ENV = "production"

[http_service]
  internal_port = 8080
  force_https = true
  auto_stop_machines = true
  auto_start_machines = true
  min_machines_running = 1

  [[http_service.checks]]
    grace_period = "10s"
    interval = "30s"
    method = "GET"
    path = "/healthz"
    timeout = "5s"

[...]

[[vm]]
  cpu_kind = "shared"
  cpus = 1
  memory = "512mb"
''', expect="reject", marks=["[...]"])

add(L, "hugo.toml", T,
    "Hugo site config; four menu entries replaced by a comment paragraph; parses",
    r'''
baseURL = "https://blog.example.com/"
languageCode = "en-us"
title = "Field Notes"
theme = "PaperMod"
paginate = 10
enableRobotsTXT = true

[params]
  description = "Notes on infrastructure, databases and the occasional bread recipe."
  author = "Sam Ortega"
  ShowReadingTime = true
  ShowShareButtons = false
  ShowCodeCopyButtons = true

[[menu.main]]
  identifier = "posts"
  name = "Posts"
  url = "/posts/"
  weight = 10

# The other four menu entries (Tags, Archive, Search, About) use the
# same four keys with weights 20 through 50. I trimmed them from this
# answer since only the Posts entry changed; keep yours as they are.

[markup.goldmark.renderer]
  unsafe = true

[markup.highlight]
  style = "dracula"
  lineNos = false

[outputs]
  home = ["HTML", "RSS", "JSON"]
''', expect="parse", para=True,
    marks=["""# The other four menu entries (Tags, Archive, Search, About) use the
# same four keys with weights 20 through 50. I trimmed them from this
# answer since only the Posts entry changed; keep yours as they are."""])

add(L, "packages/sdk/pyproject.toml", T,
    "setuptools pyproject; most runtime dependencies replaced by a Unicode-ellipsis comment inside the array; parses",
    r'''
[build-system]
requires = ["setuptools>=69", "setuptools-scm>=8"]
build-backend = "setuptools.build_meta"

[project]
name = "acme-sdk"
dynamic = ["version"]
description = "Python client for the Acme public API"
readme = "README.md"
requires-python = ">=3.9"
authors = [{ name = "Acme Developer Relations", email = "devrel@example.com" }]
classifiers = [
    "Programming Language :: Python :: 3",
    "License :: OSI Approved :: Apache Software License",
]
dependencies = [
    "httpx>=0.27",
    # …
]

[project.urls]
Homepage = "https://developer.example.com/sdk/python"
Source = "https://github.com/acme/acme-sdk-python"

[tool.setuptools.packages.find]
where = ["src"]

[tool.setuptools_scm]
root = "../.."
''', expect="parse", marks=["    # …\n"])
