from common import add

L = "truncated"
Y = "YAML"


def le(path, body, what):
    """cut exactly at a line end; the final newline is kept"""
    add(L, path, Y, body, f"cut at a line end: {what} (last line {{last}})", [], True, kind="line-end")


def mid(path, body, what):
    """cut inside a line; no final newline"""
    add(L, path, Y, body, f"cut mid-line: {what} at line {{last}}", [], False, kind="mid-line")


# ---------- cut at a line end (12) ----------
le(".github/workflows/deploy.yml", r'''
name: Deploy

on:
  push:
    branches: [main]

concurrency:
  group: deploy-production
  cancel-in-progress: false

jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          cache: npm
      - run: npm ci
      - run: npm run build
      - name: Deploy
''', "last step '- name: Deploy' has no uses/run")

le(".github/workflows/test.yml", r'''
name: Test

on:
  pull_request:
    paths:
      - "src/**"
      - "tests/**"
      - "pyproject.toml"

jobs:
  pytest:
    runs-on: ubuntu-22.04
    strategy:
      fail-fast: false
      matrix:
        python-version: ["3.10", "3.11", "3.12"]
    steps:
''', "'steps:' with no entries")

le(".github/workflows/docs.yml", r'''
name: Docs

on:
  push:
    branches: [main]
    paths: ["docs/**", "mkdocs.yml"]
  workflow_dispatch:

permissions:
  contents: read
  pages: write
  id-token: write

concurrency:
  group: pages
  cancel-in-progress: true

env:
  PYTHON_VERSION: "3.12"

jobs:
''', "'jobs:' is empty")

le(".github/workflows/e2e.yml", r'''
name: E2E

on:
  workflow_run:
    workflows: ["Build"]
    types: [completed]

jobs:
  playwright:
    if: ${{ github.event.workflow_run.conclusion == 'success' }}
    runs-on: ubuntu-latest
    timeout-minutes: 30
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm ci
      - run: npx playwright install --with-deps
      - run: npx playwright test
    env:
''', "job-level 'env:' is empty")

le("k8s/api-deployment.yaml", r'''
apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  namespace: backend
  labels:
    app.kubernetes.io/name: api
spec:
  replicas: 3
  revisionHistoryLimit: 5
  selector:
    matchLabels:
      app.kubernetes.io/name: api
  template:
    metadata:
      labels:
        app.kubernetes.io/name: api
    spec:
      serviceAccountName: api
      initContainers:
        - name: migrate
          image: ghcr.io/acme/api:3.2.0
          command: ["./api", "migrate", "up"]
      containers:
        - name: app
''', "container list ends with '- name: app' without image")

le(".github/workflows/publish-crate.yml", r'''
name: Publish crate

on:
  release:
    types: [published]

jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: dtolnay/rust-toolchain@stable
      - uses: Swatinem/rust-cache@v2
      - name: Verify version matches tag
        run: |
          test "v$(cargo pkgid | cut -d# -f2)" = "${GITHUB_REF_NAME}"
      - name: Publish
        env:
          CARGO_REGISTRY_TOKEN: ${{ secrets.CARGO_REGISTRY_TOKEN }}
        run: |
''', "'run: |' with no body")

le(".gitlab-ci.yml", r'''
image: python:3.12-slim

stages:
  - lint
  - test
  - package

cache:
  key: ${CI_COMMIT_REF_SLUG}
  paths:
    - .cache/pip

variables:
  PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"

lint:
  stage: lint
  script:
    - pip install ruff
    - ruff check .

test:
  stage: test
  script:
    - pip install -e ".[test]"
    - pytest --junitxml=report.xml
  artifacts:
    reports:
      junit: report.xml

package:
  stage: package
  script:
''', "key 'script:' with no value at the very end")

le("docker-compose.yml", r'''
services:
  web:
    build: ./web
    ports:
      - "8080:80"
    depends_on:
      - api

  api:
    build: ./api
    environment:
      DATABASE_URL: postgres://app:app@db:5432/app
      CACHE_URL: redis://cache:6379/0
    depends_on:
      - db
      - cache

  db:
    image: postgres:16
    volumes:
      - dbdata:/var/lib/postgresql/data
    environment:
      POSTGRES_USER: app
      POSTGRES_PASSWORD: app

  cache:
    image:
''', "compose service 'cache' ends with an empty 'image:'")

le("ansible/playbooks/nginx.yml", r'''
- name: Set up reverse proxy
  hosts: proxies
  become: true
  vars:
    server_names:
      - app.example.com
      - www.app.example.com
  tasks:
    - name: Install nginx and certbot
      ansible.builtin.apt:
        name:
          - nginx
          - certbot
          - python3-certbot-nginx
        state: present

    - name: Render site config
      ansible.builtin.template:
        src: site.conf.j2
        dest: /etc/nginx/sites-available/app.conf

    - name: Enable site
      ansible.builtin.file:
        src: /etc/nginx/sites-available/app.conf
        dest: /etc/nginx/sites-enabled/app.conf
        state: link

    - name: Restart nginx
''', "last task '- name: Restart nginx' has no module")

le("k8s/cronjob.yaml", r'''
apiVersion: batch/v1
kind: CronJob
metadata:
  name: nightly-report
  namespace: reporting
spec:
  schedule: "15 1 * * *"
  concurrencyPolicy: Forbid
  successfulJobsHistoryLimit: 3
  failedJobsHistoryLimit: 5
  jobTemplate:
    spec:
      backoffLimit: 2
      template:
        metadata:
          labels:
            app: nightly-report
        spec:
''', "pod template 'spec:' is empty")

le("charts/web/values.yaml", r'''
replicaCount: 2

image:
  repository: registry.example.com/web/frontend
  pullPolicy: IfNotPresent
  tag: ""

serviceAccount:
  create: true
  name: ""

service:
  type: ClusterIP
  port: 8080

ingress:
  enabled: true
  className: nginx
  annotations:
    cert-manager.io/cluster-issuer: letsencrypt
  hosts:
''', "ingress 'hosts:' list is empty")

le(".circleci/config.yml", r'''
version: 2.1

orbs:
  node: circleci/node@5.2

executors:
  default:
    docker:
      - image: cimg/node:20.14

jobs:
  test:
    executor: default
    steps:
      - checkout
      - node/install-packages:
          pkg-manager: npm
      - run:
          name: Unit tests
          command: npm test -- --ci --maxWorkers=2
      - store_test_results:
          path: reports

workflows:
''', "'workflows:' is empty")

# ---------- cut inside a line (13), no final newline ----------
mid(".github/workflows/lint.yml", r'''
name: Lint

on:
  pull_request:
  push:
    branches: [main]

permissions:
  contents: read
  pull-requests: read

concurrency:
  group: lint-${{ github.ref }}
  cancel-in-progress: true

jobs:
  golangci:
    name: golangci-lint
    runs-on: ubuntu-lat
''', "mid-word in 'runs-on: ubuntu-lat'")

mid("k8s/job-migrate.yaml", r'''
apiVersion: batch/v1
kind: Job
metadata:
  name: db-migrate
  namespace: payments
  annotations:
    argocd.argoproj.io/hook: PreSync
    argocd.argoproj.io/hook-delete-policy: BeforeHookCreation
spec:
  ttlSecondsAfterFinished: 600
  backoffLimit: 1
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: migrate
          image: "registry.example.com/payments/api:2024.06
''', "inside a double-quoted scalar 'image: \"registry...'")

mid(".github/workflows/pr.yml", r'''
name: PR checks

permissions:
  contents: read
  checks: write

env:
  FORCE_COLOR: "1"
  CARGO_TERM_COLOR: always

defaults:
  run:
    shell: bash

on:
  pull_request:
    types: [opened, synchronize, reopened]
  push:
    branches: [main, release/*
''', "mid-flow-sequence '[main, release/*'")

mid("k8s/redis-statefulset.yaml", r'''
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: redis
spec:
  serviceName: redis
  replicas: 1
  selector:
    matchLabels:
      app: redis
  template:
    metadata:
      labels:
        app: redis
    spec:
      containers:
        - name: redis
          image: redis:7.2-alpine
          ports:
            - containerPort: 6379
          resources: {limits: {cpu: 500m,
''', "mid-flow-mapping 'resources: {limits: {cpu: 500m,'")

mid("compose.yaml", r'''
services:
  db:
    image: postgres:16-alpine
    environment:
      POSTGRES_DB: notes
      POSTGRES_USER: notes
      POSTGRES_PASSWORD: notes
    volumes:
      - db-data:/var/lib/postgresql/data

  app:
    image: ghcr.io/acme/notes:1.3
    environment:
      DATABASE_URL: postgres://notes:notes@db:5432/notes
    ports:
      - "8080:8080"
    depends_on:
      - db
    command: ['sh', '-c', 'until nc -z db 5432; do sle
''', "inside a single-quoted scalar in a flow sequence")

mid("k8s/frontend.yaml", r'''
apiVersion: apps/v1
kind: Deployment
metadata:
  name: frontend
spec:
  replicas: 2
  selector:
    matchLabels:
      app: frontend
  template:
    metadata:
      labels:
        app: frontend
    spec:
      containers:
        - name: nginx
          image: nginx:1.27-alpine
          imagePullPol
''', "mid-key 'imagePullPol'")

mid("k8s/limits.yaml", r'''
apiVersion: v1
kind: LimitRange
metadata:
  name: default-limits
  namespace: team-a
spec:
  limits:
    - type: Container
      max:
        cpu: "2"
        memory: 2Gi
      default:
        cpu: 500m
        memory: 512Mi
      defaultRequest:
        cpu: 100m
        memory: 25
''', "mid-number 'memory: 25' (was 256Mi)")

mid(".github/workflows/build.yml", r'''
name: Build

on: [push]

jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: pnpm/action-setup@v4
        with:
          version: 9
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          cache: pnpm
      - run: |
          pnpm install --frozen-lockfile
          pnpm run bui
''', "mid-word inside a literal block scalar 'pnpm run bui'")

mid("alertmanager.yml", r'''
global:
  resolve_timeout: 5m

route:
  receiver: slack-default
  group_by: [alertname, cluster]
  group_wait: 30s
  group_interval: 5m
  repeat_interval: 4h

receivers:
  - name: slack-default
    slack_configs:
      - channel: "#alerts"
        send_resolved: true
        api_url: https://hooks.slack.com/services/T00
''', "mid-URL 'https://hooks.slack.com/services/T00'")

mid("ansible/roles/users/tasks/main.yml", r'''
- name: Ensure admin groups exist
  ansible.builtin.group:
    name: "{{ item }}"
    state: present
  loop:
    - ops
    - developers

- name: Create user accounts
  ansible.builtin.user:
    name: "{{ item.name }}"
    groups: "{{ item.groups | join(',') }}"
    shell: /bin/bash
    state: present
  loop: "{{ users }}"

- name: Install authorized keys
  ansible.posix.authorized_key:
    user: "{{ item.na
''', "inside a double-quoted Jinja expression '\"{{ item.na'")

mid(".github/workflows/unit.yml", r'''
name: Unit

on: [push, pull_request]

jobs:
  unit:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-java@v4
        with:
          distribution: temurin
          java-version: "21"
          cache: gradle
      - name: Compile
        run: ./gradlew compileJava compileTestJava
      - name: Run unit te
''', "mid-word in step name '- name: Run unit te'")

mid(".github/workflows/matrix.yml", r'''
name: Matrix

on:
  push:
    branches: [main]
  pull_request:
    branches: [main]

jobs:
  test:
    runs-on: ${{ matrix.os }}
    strategy:
      matrix:
        os: [ubuntu-latest, macos-latest, windows-latest]
        node: [18, 20, 2
''', "mid-flow-sequence '[18, 20, 2'")

mid("prometheus.yml", r'''
global:
  scrape_interval: 15s
  evaluation_interval: 15s

rule_files:
  - /etc/prometheus/rules/*.yml

scrape_configs:
  - job_name: node
    static_configs:
      - targets: ["node-exporter:9100"]
  - job_name: api
    metrics_path: /metrics
    static_configs:
      - targets: ["api:8080", "api-canary:8080"]
        labels:
          env: 'prod
''', "inside a single-quoted scalar \"env: 'prod\"")
