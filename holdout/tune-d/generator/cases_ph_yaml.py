CASES = [
("ci.yml", "GitHub Actions jobs map: '# ... other jobs as before' replaces the test job between lint and deploy; valid YAML", r'''
name: CI

on:
  push:
    branches: [main]
  pull_request:

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

@@{
  test:
    runs-on: ubuntu-latest
    needs: lint
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          cache: npm
      - run: npm ci
      - run: npm test -- --coverage
@@|
  # ... other jobs as before
@@}

  deploy:
    runs-on: ubuntu-latest
    needs: test
    if: github.ref == 'refs/heads/main'
    steps:
      - uses: actions/checkout@v4
      - run: ./scripts/deploy.sh
        env:
          DEPLOY_TOKEN: ${{ secrets.DEPLOY_TOKEN }}
'''),

("release.yaml", "GitHub Actions steps list: '# (remaining steps unchanged)' at the end of steps; valid YAML", r'''
name: Release

on:
  push:
    tags: ["v*.*.*"]

permissions:
  contents: write

jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0
      - uses: actions/setup-go@v5
        with:
          go-version: "1.22"
@@{
      - name: Run GoReleaser
        uses: goreleaser/goreleaser-action@v6
        with:
          version: latest
          args: release --clean
        env:
          GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}
@@|
      # (remaining steps unchanged)
@@}
'''),

(".gitlab-ci.yml", "GitLab CI: '# ... same as before for the test stage' replaces the test job; valid YAML", r'''
stages:
  - build
  - test
  - deploy

variables:
  DOCKER_DRIVER: overlay2
  IMAGE: $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA

build:
  stage: build
  image: docker:24
  services:
    - docker:24-dind
  script:
    - docker login -u "$CI_REGISTRY_USER" -p "$CI_REGISTRY_PASSWORD" "$CI_REGISTRY"
    - docker build -t "$IMAGE" .
    - docker push "$IMAGE"

@@{
test:
  stage: test
  image: $IMAGE
  script:
    - pytest -q --junitxml=report.xml
  artifacts:
    reports:
      junit: report.xml
@@|
# ... same as before for the test stage
@@}

deploy:
  stage: deploy
  image: bitnami/kubectl:1.29
  environment: production
  only:
    - main
  script:
    - kubectl set image deployment/web web="$IMAGE"
    - kubectl rollout status deployment/web --timeout=120s
'''),

("deployment.yaml", "k8s Deployment container: '# ... rest of the spec unchanged' replaces ports/resources/probes under the container; valid YAML", r'''
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels:
    app: web
spec:
  replicas: 3
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
        - name: web
          image: ghcr.io/acme/web:1.8.2
          env:
            - name: LOG_LEVEL
              value: info
@@{
          ports:
            - containerPort: 8080
          resources:
            requests:
              cpu: 100m
              memory: 128Mi
            limits:
              memory: 256Mi
          readinessProbe:
            httpGet:
              path: /healthz
              port: 8080
@@|
          # ... rest of the spec unchanged
@@}
'''),

("docker-compose.yml", "compose services map: '# other services unchanged' replaces redis and worker services; valid YAML", r'''
services:
  app:
    build: .
    ports:
      - "3000:3000"
    environment:
      DATABASE_URL: postgres://app:app@db:5432/app
      REDIS_URL: redis://redis:6379
    depends_on:
      - db
      - redis

@@{
  redis:
    image: redis:7-alpine
    restart: unless-stopped

  worker:
    build: .
    command: npm run worker
    depends_on:
      - redis
@@|
  # other services unchanged
@@}

  db:
    image: postgres:16
    environment:
      POSTGRES_USER: app
      POSTGRES_PASSWORD: app
      POSTGRES_DB: app
    volumes:
      - pgdata:/var/lib/postgresql/data

volumes:
  pgdata:
'''),

("values.yaml", "Helm values: bare '# ...' comment line replaces ingress block in the middle of the map; valid YAML", r'''
replicaCount: 2

image:
  repository: ghcr.io/acme/api
  pullPolicy: IfNotPresent
  tag: ""

serviceAccount:
  create: true
  name: ""

service:
  type: ClusterIP
  port: 80

@@{
ingress:
  enabled: true
  className: nginx
  hosts:
    - host: api.example.com
      paths:
        - path: /
          pathType: Prefix
  tls:
    - secretName: api-tls
      hosts:
        - api.example.com
@@|
# ...
@@}

resources:
  limits:
    cpu: 500m
    memory: 512Mi
  requests:
    cpu: 100m
    memory: 128Mi

autoscaling:
  enabled: false
  minReplicas: 2
  maxReplicas: 10
'''),

("playbook.yml", "Ansible tasks list: '# ... existing tasks ...' between tasks; valid YAML", r'''
- name: Configure web servers
  hosts: web
  become: true
  vars:
    app_user: deploy
    app_dir: /srv/app

  tasks:
    - name: Install packages
      ansible.builtin.apt:
        name:
          - nginx
          - git
          - python3-venv
        state: present
        update_cache: true

@@{
    - name: Create app user
      ansible.builtin.user:
        name: "{{ app_user }}"
        shell: /bin/bash

    - name: Checkout application
      ansible.builtin.git:
        repo: https://github.com/acme/app.git
        dest: "{{ app_dir }}"
        version: main
@@|
    # ... existing tasks ...
@@}

    - name: Deploy nginx site
      ansible.builtin.template:
        src: templates/site.conf.j2
        dest: /etc/nginx/sites-enabled/app.conf
      notify: Reload nginx

  handlers:
    - name: Reload nginx
      ansible.builtin.service:
        name: nginx
        state: reloaded
'''),

("openapi.yaml", "OpenAPI paths: '# ... other endpoints omitted for brevity' replaces /users/{id}; valid YAML", r'''
openapi: 3.0.3
info:
  title: Users API
  version: 1.2.0
paths:
  /users:
    get:
      summary: List users
      parameters:
        - in: query
          name: limit
          schema:
            type: integer
            maximum: 100
      responses:
        "200":
          description: A page of users
          content:
            application/json:
              schema:
                type: array
                items:
                  $ref: "#/components/schemas/User"
@@{
  /users/{id}:
    get:
      summary: Get a user
      parameters:
        - in: path
          name: id
          required: true
          schema:
            type: string
      responses:
        "200":
          description: The user
        "404":
          description: Not found
@@|
  # ... other endpoints omitted for brevity
@@}
components:
  schemas:
    User:
      type: object
      required: [id, email]
      properties:
        id:
          type: string
        email:
          type: string
          format: email
'''),

("workflow-matrix.yml", "bare '...' at column 0 between steps (YAML document-end marker: ruamel splits the rest into a second document, so it still loads)", r'''
name: Test matrix

on: [push, pull_request]

jobs:
  test:
    runs-on: ${{ matrix.os }}
    strategy:
      fail-fast: false
      matrix:
        os: [ubuntu-latest, macos-latest, windows-latest]
        python: ["3.10", "3.11", "3.12"]
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: ${{ matrix.python }}
@@{
      - name: Install dependencies
        run: |
          python -m pip install --upgrade pip
          pip install -e ".[test]"
@@|
...
@@}
      - name: Run tests
        run: pytest -q
'''),

("k8s-service-list.yaml", "list item '- ...' as a placeholder in the ports sequence of a Service; valid YAML (string '...')", r'''
apiVersion: v1
kind: Service
metadata:
  name: gateway
  namespace: edge
  annotations:
    service.beta.kubernetes.io/aws-load-balancer-type: nlb
spec:
  type: LoadBalancer
  selector:
    app: gateway
  ports:
    - name: http
      port: 80
      targetPort: 8080
@@{
    - name: https
      port: 443
      targetPort: 8443
    - name: metrics
      port: 9090
      targetPort: 9090
@@|
    - ...
@@}
  externalTrafficPolicy: Local
  sessionAffinity: None
'''),

("build.yml", "inside a 'run: |' block: '# ... (same build commands as before)' replaces shell lines; valid YAML", r'''
name: Build

on:
  push:
    branches: [main, "release/**"]

jobs:
  build:
    runs-on: ubuntu-22.04
    steps:
      - uses: actions/checkout@v4
      - name: Install toolchain
        run: |
          sudo apt-get update
          sudo apt-get install -y cmake ninja-build
      - name: Build
        run: |
          cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release
@@{
          cmake --build build --parallel
          ctest --test-dir build --output-on-failure
          cmake --install build --prefix dist
@@|
          # ... (same build commands as before)
@@}
      - uses: actions/upload-artifact@v4
        with:
          name: dist
          path: dist/
'''),

("env-config.yaml", "k8s container env list: unicode '…' item line in the middle of the env sequence; invalid YAML (plain scalar in block sequence context)", r'''
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: kafka
spec:
  serviceName: kafka
  replicas: 3
  selector:
    matchLabels:
      app: kafka
  template:
    metadata:
      labels:
        app: kafka
    spec:
      containers:
        - name: kafka
          image: bitnami/kafka:3.7
          env:
            - name: KAFKA_CFG_PROCESS_ROLES
              value: controller,broker
@@{
            - name: KAFKA_CFG_LISTENERS
              value: PLAINTEXT://:9092,CONTROLLER://:9093
            - name: KAFKA_CFG_CONTROLLER_LISTENER_NAMES
              value: CONTROLLER
@@|
            …
@@}
            - name: KAFKA_KRAFT_CLUSTER_ID
              valueFrom:
                secretKeyRef:
                  name: kafka-cluster
                  key: id
'''),

("nginx-configmap.yaml", "ConfigMap: '# <existing config>' replaces a data key; valid YAML", r'''
apiVersion: v1
kind: ConfigMap
metadata:
  name: nginx-conf
  namespace: web
data:
@@{
  gzip.conf: |
    gzip on;
    gzip_types text/plain text/css application/json application/javascript;
    gzip_min_length 1024;
@@|
  # <existing config>
@@}
  default.conf: |
    server {
      listen 80;
      server_name _;
      location / {
        proxy_pass http://app:3000;
        proxy_set_header Host $host;
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      }
      location /healthz {
        return 200 "ok";
      }
    }
'''),

("pipeline.yml", "job value replaced inline: 'test: ...  # unchanged' (value is the string '...'); valid YAML", r'''
name: Pipeline

on:
  pull_request:
    branches: [main]

jobs:
  typecheck:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: pnpm/action-setup@v4
      - run: pnpm install --frozen-lockfile
      - run: pnpm tsc --noEmit

@@{
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: pnpm/action-setup@v4
      - run: pnpm install --frozen-lockfile
      - run: pnpm vitest run
@@|
  test: ...  # unchanged
@@}

  e2e:
    runs-on: ubuntu-latest
    needs: [typecheck, test]
    steps:
      - uses: actions/checkout@v4
      - run: npx playwright install --with-deps
      - run: pnpm e2e
'''),

("matrix-include.yml", "strategy.matrix.include list: '# [rest unchanged]' after first include entry; valid YAML", r'''
name: Cross-compile

on:
  workflow_dispatch:
  push:
    tags: ["v*"]

jobs:
  build:
    runs-on: ${{ matrix.os }}
    strategy:
      matrix:
        include:
          - os: ubuntu-latest
            target: x86_64-unknown-linux-gnu
@@{
          - os: ubuntu-latest
            target: aarch64-unknown-linux-gnu
            cross: true
          - os: macos-latest
            target: aarch64-apple-darwin
          - os: windows-latest
            target: x86_64-pc-windows-msvc
@@|
          # [rest unchanged]
@@}
    steps:
      - uses: actions/checkout@v4
      - uses: dtolnay/rust-toolchain@stable
        with:
          targets: ${{ matrix.target }}
      - run: cargo build --release --target ${{ matrix.target }}
'''),

("prometheus.yml", "scrape_configs list: '# ... other scrape jobs' replaces two jobs at the end; valid YAML", r'''
global:
  scrape_interval: 15s
  evaluation_interval: 15s

alerting:
  alertmanagers:
    - static_configs:
        - targets: ["alertmanager:9093"]

rule_files:
  - /etc/prometheus/rules/*.yml

scrape_configs:
  - job_name: prometheus
    static_configs:
      - targets: ["localhost:9090"]

  - job_name: node
    static_configs:
      - targets: ["node-exporter:9100"]
@@{

  - job_name: cadvisor
    static_configs:
      - targets: ["cadvisor:8080"]

  - job_name: api
    metrics_path: /internal/metrics
    static_configs:
      - targets: ["api:8000"]
@@|

  # ... other scrape jobs
@@}
'''),

("dependabot.yml", "updates list: '# TODO: same as before' replaces docker/github-actions entries; valid YAML", r'''
version: 2
updates:
  - package-ecosystem: npm
    directory: /
    schedule:
      interval: weekly
      day: monday
    open-pull-requests-limit: 10
    groups:
      dev-dependencies:
        dependency-type: development
@@{
  - package-ecosystem: docker
    directory: /
    schedule:
      interval: weekly
  - package-ecosystem: github-actions
    directory: /
    schedule:
      interval: monthly
@@|
  # TODO: same as before
@@}
  - package-ecosystem: pip
    directory: /scripts
    schedule:
      interval: monthly
    ignore:
      - dependency-name: numpy
        versions: [">=2"]
'''),

("redis-configmap.yml", "ConfigMap data block scalar: '(unchanged)' text line replaces config lines inside redis.conf literal; valid YAML", r'''
apiVersion: v1
kind: ConfigMap
metadata:
  name: redis-config
  labels:
    app: redis
data:
  redis.conf: |
    bind 0.0.0.0
    port 6379
@@{
    maxmemory 256mb
    maxmemory-policy allkeys-lru
    appendonly yes
    appendfsync everysec
@@|
    (unchanged)
@@}
    save 900 1
    save 300 10
  sentinel.conf: |
    sentinel monitor mymaster redis-0.redis 6379 2
    sentinel down-after-milliseconds mymaster 5000
    sentinel failover-timeout mymaster 60000
'''),

("handlers.yml", "Ansible handlers file: '# Keep the remaining handlers as they were' at end of list; valid YAML", r'''
---
- name: Restart nginx
  ansible.builtin.service:
    name: nginx
    state: restarted

- name: Reload systemd
  ansible.builtin.systemd:
    daemon_reload: true

@@{
- name: Restart app
  ansible.builtin.systemd:
    name: app
    state: restarted

- name: Restart postgresql
  ansible.builtin.service:
    name: postgresql
    state: restarted
@@|
# Keep the remaining handlers as they were
@@}
'''),

(".pre-commit-config.yaml", "repos list: '# ... existing hooks' replaces the hooks of the second repo (key 'hooks:' left empty); valid YAML", r'''
default_language_version:
  python: python3.11

repos:
  - repo: https://github.com/pre-commit/pre-commit-hooks
    rev: v4.6.0
    hooks:
      - id: trailing-whitespace
      - id: end-of-file-fixer
      - id: check-yaml
      - id: check-added-large-files

  - repo: https://github.com/astral-sh/ruff-pre-commit
    rev: v0.5.1
    hooks:
@@{
      - id: ruff
        args: [--fix]
      - id: ruff-format
@@|
      # ... existing hooks
@@}

  - repo: https://github.com/pre-commit/mirrors-mypy
    rev: v1.10.1
    hooks:
      - id: mypy
        additional_dependencies: [types-requests]
'''),

("gitlab-deploy.yml", "GitLab script list: '# ... (build commands unchanged)' in the middle of script items; valid YAML", r'''
image: node:20-alpine

cache:
  key:
    files:
      - package-lock.json
  paths:
    - .npm/

stages: [build, deploy]

build:
  stage: build
  script:
    - npm ci --cache .npm --prefer-offline
@@{
    - npm run lint
    - npm run test -- --ci
    - npm run build
@@|
    # ... (build commands unchanged)
@@}
    - du -sh dist
  artifacts:
    paths:
      - dist/
    expire_in: 1 week

pages:
  stage: deploy
  script:
    - rm -rf public
    - mv dist public
  artifacts:
    paths:
      - public
  rules:
    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH
'''),

("circleci-config.yml", "CircleCI: '# ... rest of workflows unchanged' replaces workflow job list entries; valid YAML", r'''
version: 2.1

orbs:
  node: circleci/node@5.2.0

jobs:
  test:
    docker:
      - image: cimg/node:20.11
    steps:
      - checkout
      - node/install-packages
      - run:
          name: Run tests
          command: npm test

  publish:
    docker:
      - image: cimg/node:20.11
    steps:
      - checkout
      - run: echo "//registry.npmjs.org/:_authToken=$NPM_TOKEN" > ~/.npmrc
      - run: npm publish

workflows:
  main:
    jobs:
      - test
@@{
      - publish:
          requires:
            - test
          filters:
            branches:
              only: main
@@|
      # ... rest of workflows unchanged
@@}
'''),
]
