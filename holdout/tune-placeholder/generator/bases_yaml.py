from bases import ph

ph("ci_workflow_steps_tail.yml", r'''
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
    steps:
      - uses: actions/checkout@v4
      - uses: pnpm/action-setup@v4
        with:
          version: 9
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          cache: pnpm
      - run: pnpm install --frozen-lockfile
      - run: pnpm test -- --coverage
      # ... rest of the steps unchanged
''')

ph("deploy_workflow_other_jobs_remain.yml", r'''
name: Deploy

on:
  workflow_dispatch:
  push:
    tags: ['v*']

permissions:
  contents: read
  id-token: write

jobs:
  build-image:
    runs-on: ubuntu-latest
    outputs:
      digest: ${{ steps.push.outputs.digest }}
    steps:
      - uses: actions/checkout@v4
      - uses: docker/setup-buildx-action@v3
      - uses: docker/login-action@v3
        with:
          registry: ghcr.io
          username: ${{ github.actor }}
          password: ${{ secrets.GITHUB_TOKEN }}
      - id: push
        uses: docker/build-push-action@v6
        with:
          push: true
          tags: ghcr.io/${{ github.repository }}:${{ github.ref_name }}

  # (other jobs remain the same)
''')

ph("k8s_deployment_env_vars_other.yaml", r'''
apiVersion: apps/v1
kind: Deployment
metadata:
  name: orders-api
  namespace: shop
  labels:
    app: orders-api
spec:
  replicas: 3
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
          image: registry.example.com/shop/orders-api:1.14.2
          ports:
            - containerPort: 8080
          env:
            - name: DATABASE_URL
              valueFrom:
                secretKeyRef:
                  name: orders-db
                  key: url
            - name: LOG_LEVEL
              value: info
            # ...other env vars
          readinessProbe:
            httpGet:
              path: /healthz
              port: 8080
            periodSeconds: 10
''')

ph("compose_existing_services_unchanged.yml", r'''
services:
  web:
    build:
      context: .
      dockerfile: Dockerfile
    ports:
      - "8000:8000"
    env_file: .env
    depends_on:
      db:
        condition: service_healthy
      redis:
        condition: service_started
    command: gunicorn app.wsgi:application --bind 0.0.0.0:8000 --workers 3

  worker:
    build: .
    command: celery -A app worker -l info
    env_file: .env
    depends_on: [redis]

  # existing services (db, redis) unchanged

volumes:
  pgdata:
''')

ph("compose_volumes_bare_ellipsis_line.yml", r'''
services:
  api:
    image: ghcr.io/acme/api:latest
    restart: unless-stopped
    ports:
      - "3000:3000"
    environment:
      NODE_ENV: production
      DATABASE_URL: postgres://app:app@db:5432/app
    volumes:
      - uploads:/app/uploads
      ...

  db:
    image: postgres:16
    environment:
      POSTGRES_USER: app
      POSTGRES_PASSWORD: app
    volumes:
      - pgdata:/var/lib/postgresql/data

volumes:
  uploads:
  pgdata:
''', parses=False)

ph("ansible_playbook_same_tasks.yml", r'''
- name: Provision web servers
  hosts: web
  become: true
  vars:
    app_user: deploy
    app_dir: /srv/app
    node_version: "20"

  tasks:
    - name: Install base packages
      ansible.builtin.apt:
        name: [git, curl, nginx, ufw]
        state: present
        update_cache: true

    - name: Create app user
      ansible.builtin.user:
        name: "{{ app_user }}"
        shell: /bin/bash
        create_home: true

    # ... same tasks as before ...

  handlers:
    - name: Reload nginx
      ansible.builtin.service:
        name: nginx
        state: reloaded
''')

ph("helm_values_resources_existing_config.yaml", r'''
replicaCount: 2

image:
  repository: ghcr.io/acme/catalog
  tag: ""
  pullPolicy: IfNotPresent

service:
  type: ClusterIP
  port: 80
  targetPort: 8080

ingress:
  enabled: true
  className: nginx
  hosts:
    - host: catalog.example.com
      paths:
        - path: /
          pathType: Prefix

resources:
  # <existing resources config>

autoscaling:
  enabled: true
  minReplicas: 2
  maxReplicas: 8
  targetCPUUtilizationPercentage: 70
''')

ph("test_matrix_more_entries.yml", r'''
name: Test

on: [push, pull_request]

jobs:
  pytest:
    runs-on: ${{ matrix.os }}
    strategy:
      fail-fast: false
      matrix:
        os: [ubuntu-latest]
        python: ["3.10", "3.11", "3.12"]
        include:
          - os: windows-latest
            python: "3.12"
          - os: macos-14
            python: "3.12"
          # ... more matrix entries
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: ${{ matrix.python }}
          cache: pip
      - run: pip install -e ".[test]"
      - run: pytest -q
''')

ph("k8s_ingress_rules_bare_ellipsis.yaml", r'''
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: public
  annotations:
    cert-manager.io/cluster-issuer: letsencrypt-prod
    nginx.ingress.kubernetes.io/proxy-body-size: 20m
spec:
  ingressClassName: nginx
  tls:
    - hosts: [app.example.com, api.example.com]
      secretName: public-tls
  rules:
    - host: app.example.com
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: web
                port:
                  number: 80
    ...
''', parses=False)

ph("ansible_role_defaults_snip.yml", r'''
---
# defaults for role postgresql
postgresql_version: 16
postgresql_port: 5432
postgresql_listen_addresses: "localhost"
postgresql_max_connections: 200
postgresql_shared_buffers: "2GB"
postgresql_work_mem: "16MB"

postgresql_databases:
  - name: app
    owner: app
    encoding: UTF8

# [snip]

postgresql_hba_entries:
  - { type: local, database: all, user: postgres, auth_method: peer }
  - { type: host, database: app, user: app, address: "10.0.0.0/8", auth_method: scram-sha-256 }
''')

ph("gitlab_ci_deploy_jobs_etc.yml", r'''
stages:
  - lint
  - test
  - build
  - deploy

default:
  image: node:20-bookworm
  cache:
    key: $CI_COMMIT_REF_SLUG
    paths: [node_modules/]

lint:
  stage: lint
  script:
    - npm ci
    - npm run lint

test:
  stage: test
  script:
    - npm ci
    - npm test -- --ci --reporters=default --reporters=jest-junit
  artifacts:
    reports:
      junit: junit.xml

build:
  stage: build
  script:
    - npm ci
    - npm run build
  artifacts:
    paths: [dist/]

# etc. for the staging and production deploy jobs
''')

ph("k8s_configmap_remaining_keys_omitted.yaml", r'''
apiVersion: v1
kind: ConfigMap
metadata:
  name: gateway-config
  namespace: edge
data:
  LOG_FORMAT: json
  UPSTREAM_TIMEOUT_MS: "15000"
  RATE_LIMIT_RPS: "50"
  CORS_ALLOWED_ORIGINS: "https://app.example.com,https://admin.example.com"
  # (remaining keys omitted)
---
apiVersion: v1
kind: Service
metadata:
  name: gateway
  namespace: edge
spec:
  selector:
    app: gateway
  ports:
    - port: 80
      targetPort: 8080
''')

ph("prometheus_scrape_jobs_here.yml", r'''
global:
  scrape_interval: 15s
  evaluation_interval: 30s

rule_files:
  - /etc/prometheus/rules/*.yml

alerting:
  alertmanagers:
    - static_configs:
        - targets: ["alertmanager:9093"]

scrape_configs:
  - job_name: prometheus
    static_configs:
      - targets: ["localhost:9090"]

  - job_name: node
    static_configs:
      - targets: ["node-exporter:9100"]

  # … other scrape jobs here
''')

ph("openapi_schemas_truncated_for_brevity.yaml", r'''
openapi: 3.1.0
info:
  title: Bookings API
  version: 2.0.0
paths:
  /bookings:
    get:
      operationId: listBookings
      parameters:
        - in: query
          name: from
          schema: { type: string, format: date }
      responses:
        "200":
          description: A page of bookings
          content:
            application/json:
              schema:
                $ref: "#/components/schemas/BookingPage"
components:
  schemas:
    Booking:
      type: object
      required: [id, roomId, start, end]
      properties:
        id: { type: string, format: uuid }
        roomId: { type: string }
        start: { type: string, format: date-time }
        end: { type: string, format: date-time }
    # truncated for brevity
''')

ph("dependabot_repeat_other_ecosystems.yml", r'''
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
    ignore:
      - dependency-name: "@types/node"
        update-types: ["version-update:semver-major"]

  # repeat for other ecosystems
''')

ph("helm_values_ingress_current_annotations.yaml", r'''
nameOverride: ""
fullnameOverride: ""

podAnnotations:
  prometheus.io/scrape: "true"
  prometheus.io/port: "9102"

ingress:
  enabled: true
  className: nginx
  annotations:
    # keep your current annotations
  hosts:
    - host: docs.example.com
      paths:
        - path: /
          pathType: ImplementationSpecific
  tls:
    - secretName: docs-tls
      hosts:
        - docs.example.com

nodeSelector: {}
tolerations: []
''')

ph("workflow_env_bare_ellipsis.yml", r'''
name: Nightly

on:
  schedule:
    - cron: "0 3 * * *"

env:
  NODE_VERSION: 20
  PLAYWRIGHT_BROWSERS_PATH: 0
  ...

jobs:
  e2e:
    runs-on: ubuntu-latest
    timeout-minutes: 45
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: ${{ env.NODE_VERSION }}
      - run: npm ci
      - run: npx playwright install --with-deps chromium
      - run: npx playwright test
''', parses=False)

ph("k8s_pod_labels_ellipsis_pair.yaml", r'''
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: redis
  labels:
    app.kubernetes.io/name: redis
    app.kubernetes.io/part-of: cache
    ...: ...
spec:
  serviceName: redis
  replicas: 1
  selector:
    matchLabels:
      app.kubernetes.io/name: redis
  template:
    metadata:
      labels:
        app.kubernetes.io/name: redis
    spec:
      containers:
        - name: redis
          image: redis:7.2-alpine
          args: ["--appendonly", "yes"]
          ports:
            - containerPort: 6379
''')
