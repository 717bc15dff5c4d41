from common import F

L = "llm-chatter"
Y = "YAML"

FILES = [
F(L, ".github/workflows/ci.yml", Y, r'''
Sure! Here's the updated workflow with Node 20 added to the matrix:

name: CI

on:
  push:
    branches: [main]
  pull_request:

jobs:
  test:
    runs-on: ubuntu-latest
    strategy:
      matrix:
        node: [18, 20]
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: ${{ matrix.node }}
      - run: npm ci
      - run: npm test

Let me know if you want me to add caching too.
''', "intro sentence before the workflow and a closing offer after it, both outside comments",
  mark="Sure! Here's the updated workflow", also=["Let me know if you want me"], kind="chat-prose"),

F(L, ".github/workflows/deploy.yml", Y, r'''
name: Deploy

# As you asked, I removed the cron trigger; deploys now only run on pushes to
# main or when started by hand.
on:
  push:
    branches: [main]
  workflow_dispatch:

concurrency:
  group: deploy-production
  cancel-in-progress: false

jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    permissions:
      id-token: write
      contents: read
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: ${{ secrets.DEPLOY_ROLE_ARN }}
          aws-region: eu-west-1
      - run: ./scripts/deploy.sh production
''', "comment addressed to the user about the conversation (still valid YAML)",
  mark="# As you asked, I removed the cron trigger", kind="chat-comment"),

F(L, ".gitlab-ci.yml", Y, r'''
### Updated `.gitlab-ci.yml`

stages:
  - lint
  - test
  - deploy

variables:
  PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"

cache:
  paths:
    - .cache/pip

lint:
  stage: lint
  image: python:3.12
  script:
    - pip install ruff
    - ruff check .

test:
  stage: test
  image: python:3.12
  script:
    - pip install -r requirements.txt
    - pytest -q

deploy:
  stage: deploy
  script:
    - ./deploy.sh
  only:
    - main

**What I changed:**
- Added a separate `lint` stage running ruff
- Enabled pip caching between jobs
- Restricted `deploy` to the `main` branch
''', "markdown heading before the content and a bold 'What I changed:' bullet list after it",
  mark="### Updated", also=["**What I changed:**"], kind="chat-prose"),

F(L, "k8s/deployment.yaml", Y, r'''
apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  labels:
    app: api
spec:
  replicas: 3
  selector:
    matchLabels:
      app: api
  template:
    metadata:
      labels:
        app: api
    spec:
      containers:
        - name: api
          image: registry.example.com/api:1.14.2
          ports:
            - containerPort: 8080
          resources:
            # Updated per your feedback: bumped the memory limit to 1Gi.
            # This fixes the OOMKilled restarts you were seeing under load.
            requests:
              cpu: 250m
              memory: 512Mi
            limits:
              memory: 1Gi
          readinessProbe:
            httpGet:
              path: /healthz
              port: 8080
''', "comments speaking to the user about their feedback and their error (still valid YAML)",
  mark="Updated per your feedback", kind="chat-comment"),

F(L, "docker-compose.yml", Y, r'''
services:
  app:
    build: .
    ports:
      - "3000:3000"
    environment:
      DATABASE_URL: postgres://app:app@db:5432/app
    depends_on:
      db:
        condition: service_healthy

Next, the database service. I've added a healthcheck so the app container waits until Postgres is actually accepting connections:

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

volumes:
  pgdata:
''', "walkthrough sentence between two services, outside comments",
  mark="Next, the database service", kind="chat-prose"),

F(L, "helm/values.yaml", Y, r'''
replicaCount: 2

image:
  repository: ghcr.io/acme/web
  tag: "2.3.0"
  pullPolicy: IfNotPresent

service:
  type: ClusterIP
  port: 80

ingress:
  enabled: true
  className: nginx
  hosts:
    - host: app.acme.io
      paths:
        - path: /
          pathType: Prefix
  tls:
    - secretName: app-acme-io-tls
      hosts:
        - app.acme.io

resources:
  limits:
    cpu: 500m
    memory: 512Mi

Note: the `tls` block assumes cert-manager is already installed in the cluster and
that a ClusterIssuer annotation is set on the ingress. If you're not using
cert-manager, remove the `tls` section or create the secret yourself.
''', "'Note:' paragraph after the values, outside comments",
  mark="Note: the `tls` block", kind="chat-prose"),

F(L, "ansible/playbook.yml", Y, r'''
Here is the playbook. It installs nginx, drops in your site config and makes sure the service is running:

- hosts: web
  become: true
  vars:
    site_name: shop
  tasks:
    - name: Install nginx
      ansible.builtin.apt:
        name: nginx
        state: present
        update_cache: true

    - name: Deploy site config
      ansible.builtin.template:
        src: templates/site.conf.j2
        dest: "/etc/nginx/sites-enabled/{{ site_name }}.conf"
      notify: Reload nginx

    - name: Ensure nginx is running
      ansible.builtin.service:
        name: nginx
        state: started
        enabled: true

  handlers:
    - name: Reload nginx
      ansible.builtin.service:
        name: nginx
        state: reloaded

Changes:
- switched to fully qualified module names (`ansible.builtin.*`)
- added a handler so nginx only reloads when the config changes
''', "intro sentence and a 'Changes:' list around the playbook, outside comments",
  mark="Here is the playbook", also=["Changes:"], kind="chat-prose"),

F(L, "openapi.yaml", Y, r'''
openapi: 3.0.3
info:
  title: Billing API
  version: 1.4.0
# I kept your original schemas untouched and only added the /invoices path
# below, as discussed.
paths:
  /invoices:
    get:
      summary: List invoices
      parameters:
        - name: status
          in: query
          schema:
            type: string
            enum: [draft, open, paid, void]
      responses:
        "200":
          description: A page of invoices
          content:
            application/json:
              schema:
                type: array
                items:
                  $ref: "#/components/schemas/Invoice"
components:
  schemas:
    Invoice:
      type: object
      required: [id, amount_due]
      properties:
        id:
          type: string
        amount_due:
          type: integer
''', "comment addressed to the user about what was kept and added (still valid YAML)",
  mark="I kept your original schemas", kind="chat-comment"),

F(L, "mkdocs.yml", Y, r'''
site_name: Acme SDK
site_url: https://docs.acme.dev/
repo_url: https://github.com/acme/sdk
theme:
  name: material
  features:
    - navigation.tabs
    - navigation.sections
    - content.code.copy
  palette:
    scheme: slate
    primary: indigo
nav:
  - Home: index.md
  - Getting started: getting-started.md
  - Guides:
      - Authentication: guides/auth.md
      - Webhooks: guides/webhooks.md
  - API reference: reference/
markdown_extensions:
  - admonition
  - pymdownx.superfences
  - toc:
      permalink: true
plugins:
  - search
  - mkdocstrings

Hope this helps! If you also want versioned docs with `mike`, I can add that config as well.
''', "closing remark with an offer after the config, outside comments",
  mark="Hope this helps!", kind="chat-prose"),

F(L, ".github/dependabot.yml", Y, r'''
Here's a `dependabot.yml` that covers npm, Docker and GitHub Actions, grouped so you get one PR per ecosystem each week:

version: 2
updates:
  - package-ecosystem: npm
    directory: "/"
    schedule:
      interval: weekly
      day: monday
    groups:
      npm-minor-and-patch:
        update-types: [minor, patch]
    open-pull-requests-limit: 5

  - package-ecosystem: docker
    directory: "/"
    schedule:
      interval: weekly

  - package-ecosystem: github-actions
    directory: "/"
    schedule:
      interval: weekly
''', "intro sentence before the configuration, outside comments",
  mark="Here's a `dependabot.yml`", kind="chat-prose"),

F(L, ".pre-commit-config.yaml", Y, r'''
# Note: I pinned the revs to the versions you mentioned in your message rather
# than the latest tags, so CI and your local hooks stay in sync.
repos:
  - repo: https://github.com/pre-commit/pre-commit-hooks
    rev: v4.6.0
    hooks:
      - id: trailing-whitespace
      - id: end-of-file-fixer
      - id: check-yaml
      - id: check-added-large-files
  - repo: https://github.com/astral-sh/ruff-pre-commit
    rev: v0.4.4
    hooks:
      - id: ruff
        args: [--fix]
      - id: ruff-format
  # Added mypy as you requested; it only runs on the src/ package.
  - repo: https://github.com/pre-commit/mirrors-mypy
    rev: v1.10.0
    hooks:
      - id: mypy
        files: ^src/
''', "'Note:' and 'as you requested' comments addressed to the user (still valid YAML)",
  mark="# Note: I pinned the revs", also=["# Added mypy as you requested"], kind="chat-comment"),

F(L, "k8s/ingress.yaml", Y, r'''
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector:
    app: web
  ports:
    - port: 80
      targetPort: 3000
---
**Important:** make sure cert-manager is installed and the `letsencrypt-prod` ClusterIssuer exists before you apply the Ingress below, otherwise the certificate will never be issued.
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
  annotations:
    cert-manager.io/cluster-issuer: letsencrypt-prod
spec:
  ingressClassName: nginx
  tls:
    - hosts: [shop.example.com]
      secretName: shop-tls
  rules:
    - host: shop.example.com
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: web
                port:
                  number: 80
''', "bold 'Important:' paragraph placed as its own document between two manifests",
  mark="**Important:**", kind="chat-prose"),

F(L, ".github/workflows/release.yml", Y, r'''
What I changed:
- The release job now only runs for tags that look like `v*.*.*`
- Replaced the deprecated `actions/create-release` with `softprops/action-gh-release`
- Artifacts from the build job are attached to the release

name: Release
on:
  push:
    tags: ["v*.*.*"]
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: make dist
      - uses: actions/upload-artifact@v4
        with:
          name: dist
          path: dist/
  release:
    needs: build
    runs-on: ubuntu-latest
    permissions:
      contents: write
    steps:
      - uses: actions/download-artifact@v4
        with:
          name: dist
          path: dist
      - uses: softprops/action-gh-release@v2
        with:
          files: dist/*
''', "'What I changed:' bullet list before the workflow, outside comments",
  mark="What I changed:", kind="chat-prose"),

F(L, "docker-compose.prod.yml", Y, r'''
# Per your last message, Redis now uses a named volume instead of a bind
# mount, and I dropped the exposed ports since only the app talks to it.
services:
  web:
    image: ghcr.io/acme/web:${TAG:-latest}
    restart: unless-stopped
    env_file: .env.production
    ports:
      - "80:8000"
    depends_on:
      - redis
      - worker

  worker:
    image: ghcr.io/acme/web:${TAG:-latest}
    command: ["celery", "-A", "app", "worker", "-l", "info"]
    env_file: .env.production
    restart: unless-stopped

  redis:
    image: redis:7-alpine
    restart: unless-stopped
    volumes:
      - redis-data:/data

volumes:
  redis-data:
''', "comment addressed to the user referring to their last message (still valid YAML)",
  mark="Per your last message", kind="chat-comment"),

F(L, "k8s/cronjob.yaml", Y, r'''
apiVersion: batch/v1
kind: CronJob
metadata:
  name: nightly-report
spec:
  schedule: "0 2 * * *"
  concurrencyPolicy: Forbid
  successfulJobsHistoryLimit: 3
  failedJobsHistoryLimit: 5
  jobTemplate:
    spec:
      backoffLimit: 2
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: report
              image: ghcr.io/acme/reports:0.9.1
              args: ["generate", "--since", "24h"]
              envFrom:
                - secretRef:
                    name: reports-env

Want me to also generate the ServiceAccount and RBAC rules this job would need to read from the `analytics` namespace?''', "closing offer after the manifest, outside comments",
  mark="Want me to also generate", kind="chat-prose"),

F(L, "ansible/roles/postgres/tasks/main.yml", Y, r'''
- name: Install PostgreSQL
  ansible.builtin.apt:
    name:
      - postgresql
      - python3-psycopg2
    state: present

- name: Make sure the service is running
  ansible.builtin.service:
    name: postgresql
    state: started
    enabled: true

Now we create the application database and a dedicated user for it. These tasks run as the `postgres` system user:

- name: Create database
  become_user: postgres
  community.postgresql.postgresql_db:
    name: "{{ app_db_name }}"

- name: Create user
  become_user: postgres
  community.postgresql.postgresql_user:
    name: "{{ app_db_user }}"
    password: "{{ app_db_password }}"
    db: "{{ app_db_name }}"
    priv: ALL
''', "walkthrough sentence between tasks, outside comments",
  mark="Now we create the application database", kind="chat-prose"),

F(L, "charts/api/values.yaml", Y, r'''
# I've left your original resource requests alone and only added the
# autoscaling block you asked about; tweak the targets once you have real
# traffic numbers.
replicaCount: 2

image:
  repository: registry.acme.io/api
  tag: ""

resources:
  requests:
    cpu: 200m
    memory: 256Mi
  limits:
    cpu: "1"
    memory: 768Mi

autoscaling:
  enabled: true
  minReplicas: 2
  maxReplicas: 10
  targetCPUUtilizationPercentage: 70

podDisruptionBudget:
  minAvailable: 1
''', "comment addressed to the user about what was left alone and added (still valid YAML)",
  mark="I've left your original resource requests alone", kind="chat-comment"),

F(L, ".github/workflows/lint.yml", Y, r'''
Sure thing — here you go:

name: Lint
on: [push, pull_request]
jobs:
  actionlint:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Run actionlint
        uses: raven-actions/actionlint@v2
  shellcheck:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: ShellCheck
        run: |
          find . -name '*.sh' -print0 | xargs -0 shellcheck

This should fix the `actionlint` warnings you were seeing about the unpinned action.
''', "intro line before the workflow and a closing sentence referring to the user's error, outside comments",
  mark="Sure thing — here you go:", also=["This should fix"], kind="chat-prose"),

F(L, "config/prometheus.yml", Y, r'''
global:
  scrape_interval: 15s
  evaluation_interval: 15s

rule_files:
  - /etc/prometheus/rules/*.yml

scrape_configs:
  - job_name: prometheus
    static_configs:
      - targets: ["localhost:9090"]

  - job_name: node
    static_configs:
      - targets: ["node-1:9100", "node-2:9100", "node-3:9100"]

  - job_name: api
    metrics_path: /metrics
    scheme: https
    static_configs:
      - targets: ["api.internal:8443"]

Explanation:
1. `scrape_interval` is set globally so every job is scraped every 15 seconds.
2. The `node` job points at node_exporter on each host (port 9100).
3. The `api` job uses HTTPS because your service only listens on 8443.
''', "'Explanation:' numbered list after the config, outside comments",
  mark="Explanation:", kind="chat-prose"),

F(L, ".circleci/config.yml", Y, r'''
## CircleCI config

I converted your GitHub Actions workflow to CircleCI. Here's the result:

version: 2.1

orbs:
  node: circleci/node@5.2

jobs:
  test:
    docker:
      - image: cimg/node:20.11
    steps:
      - checkout
      - node/install-packages:
          pkg-manager: npm
      - run:
          name: Run tests
          command: npm test -- --ci

workflows:
  build-and-test:
    jobs:
      - test
''', "markdown heading and an intro sentence before the config, outside comments",
  mark="## CircleCI config", also=["I converted your GitHub Actions"], kind="chat-prose"),
]
