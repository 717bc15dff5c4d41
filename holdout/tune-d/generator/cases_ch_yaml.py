CASES = [
("ci-updated.yml", "top: 'Here is the updated workflow:' + blank line before YAML (prose ends in colon, YAML reads it as a null key)", r'''
@@{
@@|
Here is the updated workflow:

@@}
name: CI

on:
  push:
    branches: [main]
  pull_request:

jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
          cache: pip
      - run: pip install -r requirements.txt
      - run: pytest -q
'''),

("docker-compose.yml", "top: 'Sure! Below is the updated `docker-compose.yml` with the healthcheck added.' then blank line", r'''
@@{
@@|
Sure! Below is the updated `docker-compose.yml` with the healthcheck added.

@@}
services:
  web:
    build: .
    ports:
      - "8000:8000"
    depends_on:
      db:
        condition: service_healthy
  db:
    image: postgres:16-alpine
    environment:
      POSTGRES_PASSWORD: example
    healthcheck:
      test: ["CMD-SHELL", "pg_isready -U postgres"]
      interval: 5s
      timeout: 3s
      retries: 10
'''),

("lint.yml", "end: one plain sentence 'This workflow will run ESLint and Prettier on every push and pull request.' after a blank line", r'''
name: Lint

on: [push, pull_request]

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
      - run: npx eslint .
      - run: npx prettier --check .
@@{
@@|

This workflow will run ESLint and Prettier on every push and pull request.
@@}
'''),

("deployment.yaml", "end: '### How it works' heading followed by markdown bullets", r'''
apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  replicas: 2
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
          image: ghcr.io/acme/api:2.3.0
          ports:
            - containerPort: 8000
          livenessProbe:
            httpGet:
              path: /healthz
              port: 8000
            initialDelaySeconds: 10
@@{
@@|

### How it works

- The `livenessProbe` restarts the container if `/healthz` stops responding.
- `replicas: 2` keeps two pods running at all times.
- The selector must match the pod template labels.
@@}
'''),

("nightly.yml", "end: 'Notes:' followed by a numbered list", r'''
name: Nightly build

on:
  schedule:
    - cron: "0 2 * * *"
  workflow_dispatch:

jobs:
  nightly:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Build
        run: make release
      - name: Upload
        uses: actions/upload-artifact@v4
        with:
          name: nightly-${{ github.run_number }}
          path: build/out/
          retention-days: 7
@@{
@@|

Notes:
1. The cron expression runs at 02:00 UTC every day.
2. `workflow_dispatch` lets you trigger it manually from the Actions tab.
3. Artifacts are kept for 7 days to save storage.
@@}
'''),

("values-prod.yaml", "end: 'Hope this helps!' right after the last line (no blank line)", r'''
replicaCount: 3

image:
  repository: registry.example.com/shop/frontend
  tag: "4.2.1"
  pullPolicy: IfNotPresent

ingress:
  enabled: true
  className: nginx
  annotations:
    cert-manager.io/cluster-issuer: letsencrypt-prod
  hosts:
    - host: shop.example.com
      paths:
        - path: /
          pathType: Prefix

resources:
  requests:
    cpu: 200m
    memory: 256Mi
@@{
@@|
Hope this helps!
@@}
'''),

("coverage.yml", "middle: unindented sentence 'Next, add a step to upload the coverage report:' between two steps", r'''
name: Coverage

on:
  push:
    branches: [main]

jobs:
  coverage:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-go@v5
        with:
          go-version: "1.22"
      - name: Test with coverage
        run: go test ./... -coverprofile=coverage.out -covermode=atomic
@@{
@@|

Next, add a step to upload the coverage report:

@@}
      - name: Upload to Codecov
        uses: codecov/codecov-action@v4
        with:
          files: coverage.out
          token: ${{ secrets.CODECOV_TOKEN }}
'''),

("docker-publish.yml", "end: bold markdown '**Note:** You need to add `DOCKERHUB_USERNAME` and `DOCKERHUB_TOKEN` ...' sentence", r'''
name: Publish image

on:
  push:
    tags: ["v*"]

jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: docker/setup-buildx-action@v3
      - uses: docker/login-action@v3
        with:
          username: ${{ secrets.DOCKERHUB_USERNAME }}
          password: ${{ secrets.DOCKERHUB_TOKEN }}
      - uses: docker/build-push-action@v6
        with:
          push: true
          tags: acme/app:${{ github.ref_name }},acme/app:latest
@@{
@@|

**Note:** You need to add `DOCKERHUB_USERNAME` and `DOCKERHUB_TOKEN` as repository secrets before this workflow can push.
@@}
'''),

("stale.yml", "top: 'Make sure to place this file in `.github/workflows/stale.yml`.' directly above YAML, no blank line", r'''
@@{
@@|
Make sure to place this file in `.github/workflows/stale.yml`.
@@}
name: Close stale issues

on:
  schedule:
    - cron: "30 1 * * *"

permissions:
  issues: write
  pull-requests: write

jobs:
  stale:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/stale@v9
        with:
          days-before-stale: 60
          days-before-close: 14
          stale-issue-label: stale
          exempt-issue-labels: pinned,security
'''),

("build-deploy.yml", "middle: 'Note that the `needs` key ensures deploy only runs after build succeeds.' at column 0 between two jobs", r'''
name: Build and deploy

on:
  push:
    branches: [main]

jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: npm ci && npm run build
      - uses: actions/upload-artifact@v4
        with:
          name: site
          path: dist
@@{
@@|

Note that the `needs` key ensures deploy only runs after build succeeds.

@@}
  deploy:
    needs: build
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: actions/download-artifact@v4
        with:
          name: site
          path: dist
      - run: npx wrangler pages deploy dist --project-name=site
        env:
          CLOUDFLARE_API_TOKEN: ${{ secrets.CLOUDFLARE_API_TOKEN }}
'''),

("compose-dev.yaml", "end: 'Key changes:' heading then bullets", r'''
services:
  frontend:
    build: ./frontend
    ports:
      - "5173:5173"
    volumes:
      - ./frontend:/app
      - /app/node_modules
    environment:
      VITE_API_URL: http://localhost:8080
  backend:
    build: ./backend
    ports:
      - "8080:8080"
    env_file: .env
    volumes:
      - ./backend:/app
@@{
@@|

Key changes:
- Added an anonymous volume for `node_modules` so the host copy doesn't override it
- Moved backend secrets into `.env` via `env_file`
- Exposed the Vite dev server on 5173
@@}
'''),

("k8s-app.yaml", "top: 'Certainly! Here's a Kubernetes Deployment and Service for your app:' + blank line (prose contains an apostrophe and ends with colon)", r'''
@@{
@@|
Certainly! Here's a Kubernetes Deployment and Service for your app:

@@}
apiVersion: apps/v1
kind: Deployment
metadata:
  name: notes
spec:
  replicas: 1
  selector:
    matchLabels:
      app: notes
  template:
    metadata:
      labels:
        app: notes
    spec:
      containers:
        - name: notes
          image: notes:latest
          ports:
            - containerPort: 3000
---
apiVersion: v1
kind: Service
metadata:
  name: notes
spec:
  selector:
    app: notes
  ports:
    - port: 80
      targetPort: 3000
'''),

("mkdocs.yml", "end: 'Let me know if you need anything else!' with no final newline", r'''
site_name: Gencheck Docs
site_url: https://docs.example.com/
repo_url: https://github.com/acme/gencheck
theme:
  name: material
  features:
    - navigation.tabs
    - content.code.copy
nav:
  - Home: index.md
  - Getting started: getting-started.md
  - Rules: rules.md
  - FAQ: faq.md
markdown_extensions:
  - admonition
  - pymdownx.superfences
@@{
@@|

Let me know if you need anything else!
@@}
''', {"nl": False}),

("gitlab-ci.yml", "top and end: prose 'Here's the config:' + ```yaml fence, and closing fence + sentence 'This caches node_modules between pipelines.'", r'''
@@{
@@|
Here's the config:

```yaml
@@}
image: node:20

cache:
  key: ${CI_COMMIT_REF_SLUG}
  paths:
    - node_modules/

stages:
  - test
  - build

test:
  stage: test
  script:
    - npm ci
    - npm test

build:
  stage: build
  script:
    - npm run build
  artifacts:
    paths:
      - dist/
@@{
@@|
```

This caches node_modules between pipelines.
@@}
'''),

("migrations.yaml", "middle: 'Then run the migration job before deploying the new version:' between two k8s documents (after ---)", r'''
apiVersion: v1
kind: Secret
metadata:
  name: db-credentials
type: Opaque
stringData:
  DATABASE_URL: postgres://app:changeme@db:5432/app
---
@@{
@@|
Then run the migration job before deploying the new version:

@@}
apiVersion: batch/v1
kind: Job
metadata:
  name: migrate
spec:
  backoffLimit: 2
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: migrate
          image: ghcr.io/acme/app:3.1.0
          command: ["npm", "run", "migrate"]
          envFrom:
            - secretRef:
                name: db-credentials
'''),

("nginx-playbook.yml", "top: 'Below is an Ansible playbook that installs nginx and configures a basic site.' (no colon) then blank line", r'''
@@{
@@|
Below is an Ansible playbook that installs nginx and configures a basic site.

@@}
- hosts: webservers
  become: true
  tasks:
    - name: Install nginx
      ansible.builtin.apt:
        name: nginx
        state: present
        update_cache: true
    - name: Copy site config
      ansible.builtin.copy:
        src: files/site.conf
        dest: /etc/nginx/conf.d/site.conf
        mode: "0644"
      notify: restart nginx
    - name: Ensure nginx is running
      ansible.builtin.service:
        name: nginx
        state: started
        enabled: true
  handlers:
    - name: restart nginx
      ansible.builtin.service:
        name: nginx
        state: restarted
'''),

("pages.yml", "end: '### Explanation' heading followed by bold-lead bullets with colons", r'''
name: Deploy to GitHub Pages

on:
  push:
    branches: [main]

permissions:
  contents: read
  pages: write
  id-token: write

jobs:
  deploy:
    environment:
      name: github-pages
      url: ${{ steps.deployment.outputs.page_url }}
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: npm ci && npm run build
      - uses: actions/upload-pages-artifact@v3
        with:
          path: ./dist
      - id: deployment
        uses: actions/deploy-pages@v4
@@{
@@|

### Explanation

* **permissions**: Pages deployments need `pages: write` and `id-token: write`.
* **environment**: links the job to the `github-pages` environment so the URL shows up in the UI.
* **upload-pages-artifact**: packages `dist/` for the deploy step.
@@}
'''),

("helm-values.yaml", "middle: indented-at-0 'Update the `image.tag` value to match your release: it must be a valid semver.' between two top-level keys (sentence contains a colon)", r'''
nameOverride: ""
fullnameOverride: ""

image:
  repository: ghcr.io/acme/worker
  tag: "0.9.4"
@@{
@@|

Update the `image.tag` value to match your release: it must be a valid semver.

@@}
worker:
  concurrency: 8
  queues:
    - default
    - emails
    - exports

redis:
  enabled: true
  architecture: standalone
  auth:
    enabled: false

podAnnotations:
  prometheus.io/scrape: "true"
  prometheus.io/port: "9102"
'''),

("gitlab-cache.yml", "top: 'I've updated the GitLab CI config to cache pip downloads. Here it is:' followed directly by YAML", r'''
@@{
@@|
I've updated the GitLab CI config to cache pip downloads. Here it is:
@@}
image: python:3.12-slim

variables:
  PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"

cache:
  paths:
    - .cache/pip

before_script:
  - python -m venv .venv
  - source .venv/bin/activate
  - pip install -r requirements.txt

test:
  script:
    - pytest --cov=app
  coverage: '/TOTAL.*\s+(\d+%)$/'
'''),

("systemd-like.yml", "end: 'With this configuration: the service restarts automatically on failure.' (sentence with colon mid-line) after blank line", r'''
version: "3.9"
services:
  bot:
    image: ghcr.io/acme/discord-bot:1.2.0
    restart: on-failure
    environment:
      DISCORD_TOKEN: ${DISCORD_TOKEN}
      LOG_LEVEL: info
    deploy:
      resources:
        limits:
          memory: 256M
    logging:
      driver: json-file
      options:
        max-size: "10m"
        max-file: "3"
@@{
@@|

With this configuration: the service restarts automatically on failure.
@@}
'''),

("openapi.yaml", "end: 'You can now paste this into Swagger Editor to preview the API.' without final newline", r'''
openapi: 3.1.0
info:
  title: Todo API
  version: 0.1.0
paths:
  /todos:
    get:
      summary: List todos
      responses:
        "200":
          description: OK
    post:
      summary: Create a todo
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              properties:
                title:
                  type: string
      responses:
        "201":
          description: Created
@@{
@@|

You can now paste this into Swagger Editor to preview the API.
@@}
''', {"nl": False}),

("compose-db.yml", "middle: bold '**Important:** the database service must be healthy before the API starts.' between two services", r'''
services:
  db:
    image: mysql:8.4
    environment:
      MYSQL_ROOT_PASSWORD: root
      MYSQL_DATABASE: shop
    healthcheck:
      test: ["CMD", "mysqladmin", "ping", "-h", "localhost"]
      interval: 10s
      retries: 5
@@{
@@|

**Important:** the database service must be healthy before the API starts.

@@}
  api:
    build: ./api
    depends_on:
      db:
        condition: service_healthy
    environment:
      DB_HOST: db
      DB_NAME: shop
    ports:
      - "8080:8080"
'''),
]
