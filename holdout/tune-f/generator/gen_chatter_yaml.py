from common import F
L = "llm-chatter"
Y = "yaml"

F(L, ".github/workflows/ci.yml", Y, "prose before the code: line 1 'Here's the updated workflow with caching enabled:'", r'''
Here's the updated workflow with caching enabled:

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
        python-version: ["3.10", "3.11", "3.12"]
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: ${{ matrix.python-version }}
          cache: pip
      - run: pip install -r requirements-dev.txt
      - run: pytest -q
''')

F(L, "docker-compose.yml", Y, "prose after the code: from line 25 'This configuration does the following:' with a numbered list and 'Let me know if you need anything else!'", r'''
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: app
      POSTGRES_PASSWORD: app
      POSTGRES_DB: app
    volumes:
      - pgdata:/var/lib/postgresql/data
    healthcheck:
      test: ["CMD-SHELL", "pg_isready -U app"]
      interval: 5s
  api:
    build: ./api
    ports:
      - "8080:8080"
    depends_on:
      db:
        condition: service_healthy

volumes:
  pgdata:

This configuration does the following:
1. Starts a Postgres 16 database with a persistent volume.
2. Builds the API from `./api` and waits until the database is healthy.

Let me know if you need anything else!
''')

F(L, "k8s/service.yaml", Y, "prose as a YAML comment addressing the user: line 1 '# I've changed the service type to LoadBalancer as you asked'", r'''
# I've changed the service type to LoadBalancer as you asked
apiVersion: v1
kind: Service
metadata:
  name: storefront
  namespace: shop
  labels:
    app: storefront
  annotations:
    service.beta.kubernetes.io/aws-load-balancer-type: nlb
spec:
  type: LoadBalancer
  selector:
    app: storefront
  ports:
    - name: http
      port: 80
      targetPort: 3000
      protocol: TCP
    - name: https
      port: 443
      targetPort: 3000
      protocol: TCP
''')

F(L, "charts/web/values.yaml", Y, "markdown prose between sections: line 17 '**Note:** make sure to set the image tag before deploying to production.'", r'''
replicaCount: 3

image:
  repository: ghcr.io/acme/web
  tag: ""
  pullPolicy: IfNotPresent

resources:
  requests:
    cpu: 200m
    memory: 256Mi
  limits:
    memory: 512Mi

**Note:** make sure to set the image tag before deploying to production.

autoscaling:
  enabled: true
  minReplicas: 3
  maxReplicas: 10
  targetCPUUtilizationPercentage: 70

ingress:
  enabled: true
  className: nginx
  hosts:
    - host: www.acme.io
      paths:
        - path: /
          pathType: Prefix
''')

F(L, ".gitlab-ci.yml", Y, "bullet list after the code: from line 27 'Key changes:' followed by '- Added a cache ...' bullets", r'''
stages: [test, build]

default:
  image: python:3.12-slim

variables:
  PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"

cache:
  paths:
    - .cache/pip

unit:
  stage: test
  script:
    - pip install -r requirements.txt
    - pytest -m "not integration"

integration:
  stage: test
  services: [postgres:16]
  script:
    - pip install -r requirements.txt
    - pytest -m integration

Key changes:
- Added a pip cache so dependencies are not downloaded on every run
- Split the tests into `unit` and `integration` jobs that run in parallel
- Switched to the slim Python image to speed up job start
''')

F(L, "ansible/nginx.yml", Y, "prose before the code: line 1 'Sure! Below is a playbook that installs nginx and deploys the static site.'", r'''
Sure! Below is a playbook that installs nginx and deploys the static site.

- name: Deploy static site
  hosts: web
  become: true
  vars:
    site_root: /var/www/site
  tasks:
    - name: Install nginx
      ansible.builtin.apt:
        name: nginx
        state: present
        update_cache: true
    - name: Copy site files
      ansible.builtin.copy:
        src: dist/
        dest: "{{ site_root }}"
        owner: www-data
        mode: "0644"
    - name: Install vhost
      ansible.builtin.template:
        src: site.conf.j2
        dest: /etc/nginx/sites-enabled/site.conf
      notify: Reload nginx
  handlers:
    - name: Reload nginx
      ansible.builtin.service:
        name: nginx
        state: reloaded
''')

F(L, "mkdocs.yml", Y, "prose as a YAML comment at the end: line 27 '# Let me know if you'd like me to add the blog plugin too.'", r'''
site_name: Widget SDK
site_description: Documentation for the Widget SDK
repo_url: https://github.com/acme/widget-sdk

theme:
  name: material
  language: en
  features:
    - content.code.copy
    - navigation.instant

plugins:
  - search
  - mkdocstrings:
      handlers:
        python:
          options:
            show_source: false

nav:
  - Overview: index.md
  - Quickstart: quickstart.md
  - API reference: api.md
  - Changelog: changelog.md

# Let me know if you'd like me to add the blog plugin too.
''')

F(L, ".github/workflows/release.yml", Y, "prose between jobs: line 25 'Now add the publish job, which only runs after the build succeeds:'", r'''
name: Release

on:
  push:
    tags: ["v*"]

permissions:
  contents: write
  id-token: write

jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: python -m pip install build
      - run: python -m build
      - uses: actions/upload-artifact@v4
        with:
          name: dist
          path: dist/

Now add the publish job, which only runs after the build succeeds:

  publish:
    needs: build
    runs-on: ubuntu-latest
    environment: pypi
    steps:
      - uses: actions/download-artifact@v4
        with:
          name: dist
          path: dist/
      - uses: pypa/gh-action-pypi-publish@release/v1
''')

F(L, "k8s/backup-cronjob.yaml", Y, "prose after the code: line 27 'With this CronJob, the backup runs every night at 02:00. You can adjust the `schedule` field if needed.'", r'''
apiVersion: batch/v1
kind: CronJob
metadata:
  name: pg-backup
  namespace: data
spec:
  schedule: "0 2 * * *"
  concurrencyPolicy: Forbid
  successfulJobsHistoryLimit: 3
  failedJobsHistoryLimit: 3
  jobTemplate:
    spec:
      backoffLimit: 1
      template:
        spec:
          restartPolicy: Never
          containers:
            - name: backup
              image: ghcr.io/acme/pg-backup:1.2
              envFrom:
                - secretRef:
                    name: pg-backup-env
              args: ["--bucket", "s3://acme-backups/pg"]

With this CronJob, the backup runs every night at 02:00. You can adjust the `schedule` field if needed.
''')

F(L, "config/application.yaml", Y, "prose as a YAML comment addressing the user: line 12 '# Here I've added the Redis settings you mentioned'", r'''
server:
  port: 8080
  compression:
    enabled: true

spring:
  datasource:
    url: jdbc:postgresql://localhost:5432/catalog
    username: catalog
    password: ${DB_PASSWORD}
  # Here I've added the Redis settings you mentioned
  data:
    redis:
      host: localhost
      port: 6379
      timeout: 2s
  cache:
    type: redis
    redis:
      time-to-live: 10m

logging:
  level:
    org.springframework.cache: DEBUG
''')

F(L, ".pre-commit-config.yaml", Y, "prose before the code: line 1 'Great question! Here is a pre-commit config that runs black, isort and flake8:'", r'''
Great question! Here is a pre-commit config that runs black, isort and flake8:

repos:
  - repo: https://github.com/psf/black
    rev: 24.4.2
    hooks:
      - id: black
  - repo: https://github.com/PyCQA/isort
    rev: 5.13.2
    hooks:
      - id: isort
        args: ["--profile", "black"]
  - repo: https://github.com/PyCQA/flake8
    rev: 7.0.0
    hooks:
      - id: flake8
        additional_dependencies: [flake8-bugbear]
''')

F(L, "api/openapi.yaml", Y, "markdown explanation after the code: from line 27 '### Explanation' with bullets", r'''
openapi: 3.0.3
info:
  title: Bookmarks API
  version: 0.1.0
paths:
  /bookmarks:
    get:
      summary: List bookmarks
      responses:
        "200":
          description: OK
    post:
      summary: Create a bookmark
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [url]
              properties:
                url: { type: string, format: uri }
                title: { type: string }
      responses:
        "201":
          description: Created

### Explanation

- `paths` defines the two operations on `/bookmarks`.
- The `POST` body requires a `url`; `title` is optional.
''')

F(L, "prometheus/alerts.yml", Y, "prose as a YAML comment addressing the user: line 1 '# Feel free to tweak the thresholds below to match your traffic.'", r'''
# Feel free to tweak the thresholds below to match your traffic.
groups:
  - name: api
    rules:
      - alert: HighErrorRate
        expr: |
          sum(rate(http_requests_total{job="api",status=~"5.."}[5m]))
            / sum(rate(http_requests_total{job="api"}[5m])) > 0.05
        for: 10m
        labels:
          severity: page
        annotations:
          summary: API error rate above 5% for 10 minutes
      - alert: SlowResponses
        expr: histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{job="api"}[5m]))) > 1
        for: 15m
        labels:
          severity: ticket
        annotations:
          summary: p95 latency above 1s
''')

F(L, "netplan/01-netcfg.yaml", Y, "prose after the code: line 19 'After saving, run `sudo netplan apply` to apply the configuration.' (no final newline)", r'''
network:
  version: 2
  renderer: networkd
  ethernets:
    eno1:
      dhcp4: false
      addresses:
        - 10.20.0.15/24
      routes:
        - to: default
          via: 10.20.0.1
      nameservers:
        addresses: [10.20.0.2, 1.1.1.1]
        search: [lab.internal]
    eno2:
      dhcp4: true
      optional: true

After saving, run `sudo netplan apply` to apply the configuration.''')

F(L, ".github/workflows/lint.yml", Y, "prose as a YAML comment addressing the user: line 12 '# I removed the Python 3.8 entry since it's end-of-life, as we discussed'", r'''
name: Lint

on: [push, pull_request]

jobs:
  ruff:
    runs-on: ubuntu-latest
    strategy:
      fail-fast: false
      matrix:
        # I removed the Python 3.8 entry since it's end-of-life, as we discussed
        python: ["3.9", "3.10", "3.11", "3.12"]
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: ${{ matrix.python }}
      - run: pip install ruff
      - run: ruff check --output-format=github .
      - run: ruff format --check .
''')

F(L, "docker-compose.override.yml", Y, "markdown heading before the code: line 1 '**Updated `docker-compose.override.yml`:**'", r'''
**Updated `docker-compose.override.yml`:**

services:
  web:
    build:
      context: .
      target: dev
    command: npm run dev -- --host 0.0.0.0
    volumes:
      - .:/app
      - /app/node_modules
    environment:
      NODE_ENV: development
      CHOKIDAR_USEPOLLING: "true"
    ports:
      - "5173:5173"
  mailhog:
    image: mailhog/mailhog:v1.0.1
    ports:
      - "8025:8025"
''')
