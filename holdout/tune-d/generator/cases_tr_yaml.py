CASES = [
("test.yml", "mid-word in a value: 'runs-on: ubuntu-lat' in the last job, no final newline", r'''
name: Test

on:
  push:
    branches: [main]
  pull_request:

jobs:
  unit:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: make test

  integration:
    needs: unit
    runs-on: ubuntu-lat@@CUT@@est
    services:
      postgres:
        image: postgres:16
        env:
          POSTGRES_PASSWORD: postgres
    steps:
      - uses: actions/checkout@v4
      - run: make integration
'''),

("publish.yml", "mid-key: steps list ends with '      - na' (start of '- name:'), no final newline", r'''
name: Publish

on:
  release:
    types: [published]

jobs:
  pypi:
    runs-on: ubuntu-latest
    environment: pypi
    permissions:
      id-token: write
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: python -m pip install build
      - run: python -m build
      - na@@CUT@@me: Publish to PyPI
        uses: pypa/gh-action-pypi-publish@release/v1
'''),

("deployment.yaml", "after a key with nothing: container 'image:' is the last line, no final newline", r'''
apiVersion: apps/v1
kind: Deployment
metadata:
  name: payments
  namespace: prod
spec:
  replicas: 3
  strategy:
    type: RollingUpdate
    rollingUpdate:
      maxUnavailable: 0
      maxSurge: 1
  selector:
    matchLabels:
      app: payments
  template:
    metadata:
      labels:
        app: payments
    spec:
      containers:
        - name: payments
          image:@@CUT@@ ghcr.io/acme/payments:5.0.3
          ports:
            - containerPort: 8443
'''),

("branches.yml", "inside a flow sequence: 'needs: [lint, unit' with no closing bracket, no final newline", r'''
name: Checks

on:
  push:
    branches: [main, develop, "release/**"]
  pull_request:
    branches: [main, develop]

jobs:
  lint:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: ./scripts/lint.sh
  unit:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: ./scripts/unit.sh
  package:
    needs: [lint, unit@@CUT@@]
    runs-on: ubuntu-latest
    steps:
      - run: ./scripts/package.sh
'''),

("setup-node.yml", "inside a flow mapping: 'with: { node-version: 20, cache: np' cut mid-word inside {", r'''
name: Frontend

on:
  pull_request:
    paths:
      - "web/**"

defaults:
  run:
    working-directory: web

jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with: { node-version: 20, cache: np@@CUT@@m, cache-dependency-path: web/package-lock.json }
      - run: npm ci
      - run: npm run build
'''),

("deploy-env.yml", "open shell double quote: run: echo \"Deploying to $ENV ... ${{ github.sha } cut before closing }} and quote; the quote sits inside a plain YAML scalar so YAML still loads", r'''
name: Deploy

on:
  workflow_dispatch:
    inputs:
      environment:
        description: Target environment
        required: true
        type: choice
        options: [staging, production]

jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: ${{ inputs.environment }}
    env:
      ENV: ${{ inputs.environment }}
    steps:
      - uses: actions/checkout@v4
      - run: echo "Deploying to $ENV from ${{ github.sha }@@CUT@@}"
      - run: ./deploy.sh "$ENV"
'''),

("docs.yml", "'run: |' with no body as last line (no final newline); YAML sees an empty block scalar", r'''
name: Docs

on:
  push:
    branches: [main]
    paths: ["docs/**", "mkdocs.yml"]

jobs:
  docs:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - name: Build and deploy
        run: |@@CUT@@
          pip install mkdocs-material
          mkdocs gh-deploy --force
'''),

("compose-dangling.yml", "dangling '- ' list item at the end (under depends_on), with trailing space, no final newline", r'''
services:
  proxy:
    image: traefik:v3.0
    command:
      - --providers.docker=true
      - --entrypoints.web.address=:80
    ports:
      - "80:80"
    volumes:
      - /var/run/docker.sock:/var/run/docker.sock:ro

  whoami:
    image: traefik/whoami
    labels:
      - traefik.http.routers.whoami.rule=Host(`whoami.localhost`)
    depends_on:
      - @@CUT@@proxy
'''),

("build-matrix.yml", "in the middle of a run block scalar, mid-command 'npm run bui' (valid YAML, obviously mid-word)", r'''
name: Build

on: [push]

jobs:
  build:
    runs-on: ubuntu-latest
    strategy:
      matrix:
        node: [18, 20, 22]
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: ${{ matrix.node }}
      - name: Install and build
        run: |
          npm ci
          npm run bui@@CUT@@ld
          npm test
'''),

("openapi-desc.yaml", "block scalar description cut at a line end mid-sentence ('returns the list of') with final newline (valid YAML)", r'''
openapi: 3.0.3
info:
  title: Orders API
  version: 2.0.0
paths:
  /orders:
    get:
      operationId: listOrders
      summary: List orders
      description: |
        Returns the list of@@CUT@@
        orders for the authenticated customer, newest first.
        Results are paginated with `cursor`.
      responses:
        "200":
          description: OK
''', {"nl": True}),

("statefulset.yaml", "mid-key: 'resour' (for resources:) under the container, no final newline", r'''
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: elasticsearch
spec:
  serviceName: es
  replicas: 3
  selector:
    matchLabels:
      app: es
  template:
    metadata:
      labels:
        app: es
    spec:
      containers:
        - name: es
          image: docker.elastic.co/elasticsearch/elasticsearch:8.14.1
          env:
            - name: discovery.type
              value: zen
          resour@@CUT@@ces:
            limits:
              memory: 4Gi
'''),

("compose-ports.yml", "inside a quoted string in a list: '- \"8080:80' with no closing quote", r'''
services:
  nginx:
    image: nginx:1.27-alpine
    volumes:
      - ./nginx.conf:/etc/nginx/nginx.conf:ro
      - ./public:/usr/share/nginx/html:ro
    restart: unless-stopped
    ports:
      - "443:443"
      - "8080:80@@CUT@@"
    networks:
      - web

networks:
  web:
    external: true
'''),

("values-worker.yaml", "mid-word in a value: 'pullPolicy: IfNotPres' (valid YAML string, obviously cut)", r'''
replicaCount: 1

nameOverride: ""
fullnameOverride: "billing-worker"

podAnnotations:
  prometheus.io/scrape: "true"
  prometheus.io/port: "9100"

image:
  repository: ghcr.io/acme/worker
  tag: "2.4.0"
  pullPolicy: IfNotPres@@CUT@@ent

serviceAccount:
  create: false

podSecurityContext:
  runAsNonRoot: true
  runAsUser: 1000
'''),

("packages.yml", "Ansible: inside a nested list, last item 'ngin' mid-word", r'''
---
- name: Base packages
  hosts: all
  become: true
  tasks:
    - name: Install base packages
      ansible.builtin.apt:
        name:
          - curl
          - htop
          - unattended-upgrades
          - ngin@@CUT@@x
        state: present
        update_cache: true
'''),

("openapi-ref.yaml", "inside a single-quoted $ref: \"$ref: '#/components/schemas/Us\" with no closing quote", r'''
openapi: 3.0.3
info:
  title: Accounts
  version: 1.0.0
paths:
  /users/{id}:
    get:
      parameters:
        - name: id
          in: path
          required: true
          schema:
            type: string
      responses:
        "200":
          description: The user
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/Us@@CUT@@er'
'''),

("gitlab-only.yml", "dangling '- ' under only: at the end, with final newline", r'''
stages: [test, release]

unit:
  stage: test
  image: golang:1.22
  script:
    - go vet ./...
    - go test -race ./...

release:
  stage: release
  image: goreleaser/goreleaser:latest
  script:
    - goreleaser release --clean
  only:
    - @@CUT@@tags
''', {"nl": True}),

("workflow-env.yml", "after 'API_URL:' key with nothing (job env), no final newline", r'''
name: E2E

on:
  schedule:
    - cron: "0 6 * * *"

jobs:
  e2e:
    runs-on: ubuntu-latest
    env:
      NODE_ENV: production
      API_URL:@@CUT@@ https://staging.example.com/api
      HEADLESS: "true"
    steps:
      - uses: actions/checkout@v4
      - run: npm ci
      - run: npx playwright test
'''),

("release-notes.yml", "after 'with:' key with nothing, with final newline (key has null value)", r'''
name: Release notes

on:
  push:
    tags: ["v*"]

permissions:
  contents: write

jobs:
  notes:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0
      - uses: softprops/action-gh-release@v2
        with:@@CUT@@
          generate_release_notes: true
          draft: false
''', {"nl": True}),

("container-args.yaml", "inside a multi-line flow sequence: 'args: [' … '\"8080\",' with no closing bracket", r'''
apiVersion: v1
kind: Pod
metadata:
  name: grpc-gateway
  labels:
    app: grpc-gateway
spec:
  containers:
    - name: gateway
      image: ghcr.io/acme/grpc-gateway:0.7.0
      args: [
        "--port",
        "8080",@@CUT@@
        "--backend",
        "grpc-server:50051"
      ]
      ports:
        - containerPort: 8080
'''),

("tag-deploy.yml", "mid-word inside a comment '# Deploy to prod when the tag is pu' as last line (valid YAML)", r'''
name: Tag deploy

on:
  push:
    tags: ["v*"]

jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: ./scripts/build.sh
      # Deploy to prod when the tag is pu@@CUT@@shed from main
      - run: ./scripts/deploy.sh prod
'''),

("prometheus-targets.yml", "inside a flow sequence and a quoted string: \"targets: ['localhost:9090', 'node-exporter:91\"", r'''
global:
  scrape_interval: 30s
  scrape_timeout: 10s
  external_labels:
    cluster: eu-west-1
    replica: prom-0

rule_files:
  - rules/*.yml

scrape_configs:
  - job_name: self
    static_configs:
      - targets: ['localhost:9090', 'node-exporter:91@@CUT@@00']
        labels:
          env: prod
  - job_name: blackbox
    metrics_path: /probe
    params:
      module: [http_2xx]
'''),

("conditional-job.yml", "mid-expression: \"if: github.ref == 'refs/heads/main' &&\" as last line (valid YAML plain scalar ending in &&)", r'''
name: Conditional deploy

on:
  push:
  workflow_dispatch:

jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: cargo test

  deploy:
    needs: test
    runs-on: ubuntu-latest
    if: github.ref == 'refs/heads/main' &&@@CUT@@ github.event_name == 'push'
    steps:
      - uses: actions/checkout@v4
      - run: ./deploy.sh
'''),
]
