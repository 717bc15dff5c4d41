from common import add

L = "llm-chatter"

# 1 ---------------------------------------------------------------- intro + outro prose
add(L, ".github/workflows/ci.yml", "yaml",
    "prose outside comments: one-line intro before the document and a closing offer after it",
    body=r'''Here's the updated workflow with the Node matrix and dependency caching added:

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
        node: [18, 20, 22]
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: ${{ matrix.node }}
          cache: npm
      - run: npm ci
      - run: npm test -- --coverage

Let me know if you'd also like a separate job that uploads the coverage report.
''')

# 2 ---------------------------------------------------------------- comment-only notes to user
add(L, "k8s/deployment.yaml", "yaml",
    "comment-only: comments addressing the user about the requested change and offering follow-up; parses",
    expect="accept", body=r'''apiVersion: apps/v1
kind: Deployment
metadata:
  name: checkout
  labels:
    app: checkout
spec:
  # Bumped from 1 to 3 replicas as you requested earlier.
  replicas: 3
  selector:
    matchLabels:
      app: checkout
  template:
    metadata:
      labels:
        app: checkout
    spec:
      containers:
        - name: checkout
          image: ghcr.io/acme/checkout:2.4.1
          ports:
            - containerPort: 8080
          # I added these probes so Kubernetes stops routing traffic to pods that are still warming up.
          readinessProbe:
            httpGet:
              path: /ready
              port: 8080
            initialDelaySeconds: 5
          livenessProbe:
            httpGet:
              path: /healthz
              port: 8080
            periodSeconds: 15
          resources:
            requests:
              cpu: 250m
              memory: 256Mi
            limits:
              memory: 512Mi
# If you want, I can also write a HorizontalPodAutoscaler for this deployment — just say the word.
''')

# 3 ---------------------------------------------------------------- trailing summary bullets
add(L, "docker-compose.yml", "yaml",
    "prose outside comments at end: explanatory paragraph and markdown bullet list of changes",
    body=r'''services:
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
      retries: 10

  api:
    build: ./api
    depends_on:
      db:
        condition: service_healthy
    environment:
      DATABASE_URL: postgres://app:app@db:5432/app
    ports:
      - "8000:8000"

volumes:
  pgdata:

With this setup the API container waits until Postgres reports healthy before starting, which should get rid of the connection errors you were seeing on startup.

What changed:
- Added a `healthcheck` to the `db` service
- Switched `depends_on` to the long form with `condition: service_healthy`
- Moved the database data into a named volume so it survives `docker compose down`
''')

# 4 ---------------------------------------------------------------- comment-only change list
add(L, "helm/values.yaml", "yaml",
    "comment-only: change summary written to the user as a comment block at the top; parses",
    expect="accept", body=r'''# Summary of what I changed compared to the values file you pasted:
#   1. turned on the ingress and set your hostname
#   2. raised the memory limit, since you said the pods were getting OOMKilled
#   3. disabled the bundled Redis because you're using ElastiCache now
# Everything else is left at the chart defaults.

replicaCount: 2

image:
  repository: ghcr.io/acme/storefront
  tag: "3.2.0"
  pullPolicy: IfNotPresent

ingress:
  enabled: true
  className: nginx
  hosts:
    - host: shop.acme.io
      paths:
        - path: /
          pathType: Prefix
  tls:
    - secretName: shop-acme-io-tls
      hosts:
        - shop.acme.io

resources:
  requests:
    cpu: 200m
    memory: 512Mi
  limits:
    memory: 1Gi

redis:
  enabled: false

externalRedis:
  host: storefront.abc123.euw1.cache.amazonaws.com
  port: 6379
''')

# 5 ---------------------------------------------------------------- markdown heading + key changes
add(L, "ansible/playbook.yml", "yaml",
    "prose outside comments: markdown heading at top and a trailing key-changes section",
    body=r'''### Updated playbook

- name: Provision web servers
  hosts: web
  become: true
  vars:
    app_user: deploy
    node_version: "20"
  tasks:
    - name: Ensure deploy user exists
      ansible.builtin.user:
        name: "{{ app_user }}"
        shell: /bin/bash
        groups: www-data
        append: true

    - name: Install NodeSource repo
      ansible.builtin.shell: curl -fsSL https://deb.nodesource.com/setup_{{ node_version }}.x | bash -
      args:
        creates: /etc/apt/sources.list.d/nodesource.list

    - name: Install packages
      ansible.builtin.apt:
        name: [nodejs, nginx, git]
        state: present
        update_cache: true

    - name: Enable nginx
      ansible.builtin.service:
        name: nginx
        state: started
        enabled: true

**Key changes:** I replaced the deprecated `apt_key` step with the NodeSource setup script and made the user task idempotent with `append: true`.
''')

# 6 ---------------------------------------------------------------- walkthrough sentence mid-document
add(L, "api/openapi.yaml", "yaml",
    "prose outside comments in the middle: walkthrough sentence between two path items",
    body=r'''openapi: 3.0.3
info:
  title: Orders API
  version: 1.3.0
paths:
  /orders:
    get:
      summary: List orders
      parameters:
        - name: status
          in: query
          schema:
            type: string
            enum: [pending, paid, shipped]
      responses:
        "200":
          description: A page of orders
          content:
            application/json:
              schema:
                type: array
                items:
                  $ref: "#/components/schemas/Order"

Next, I've added the endpoint for fetching a single order by its ID, which you mentioned was missing:

  /orders/{orderId}:
    get:
      summary: Get an order
      parameters:
        - name: orderId
          in: path
          required: true
          schema:
            type: string
      responses:
        "200":
          description: The order
          content:
            application/json:
              schema:
                $ref: "#/components/schemas/Order"
        "404":
          description: Not found
components:
  schemas:
    Order:
      type: object
      required: [id, status, total]
      properties:
        id:
          type: string
        status:
          type: string
        total:
          type: number
''')

# 7 ---------------------------------------------------------------- comment-only, references conversation
add(L, ".gitlab-ci.yml", "yaml",
    "comment-only: comments referring back to the conversation and explaining the fix to the user; parses",
    expect="accept", body=r'''stages:
  - test
  - build
  - deploy

variables:
  DOCKER_DRIVER: overlay2

# As we discussed above, the cache key now uses the lockfile so it is invalidated when dependencies change.
cache:
  key:
    files:
      - package-lock.json
  paths:
    - .npm/

test:
  stage: test
  image: node:20
  script:
    - npm ci --cache .npm --prefer-offline
    - npm test

build:
  stage: build
  image: docker:24
  services:
    - docker:24-dind
  script:
    - docker build -t "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA" .
    - docker push "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA"

deploy:
  stage: deploy
  image: bitnami/kubectl:1.29
  # This is the part that was failing for you — the job needs the environment set so the KUBECONFIG variable is scoped correctly.
  environment: production
  script:
    - kubectl set image deployment/web web="$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA"
  rules:
    - if: $CI_COMMIT_BRANCH == "main"
# Hope that clears it up! Re-run the pipeline and the deploy stage should go green.
''')

# 8 ---------------------------------------------------------------- eager intro line
add(L, ".pre-commit-config.yaml", "yaml",
    "prose outside comments at top: enthusiastic intro sentence before the config",
    body=r'''Sure! Below is a pre-commit configuration that runs Ruff, Black and a couple of basic hygiene hooks on every commit.
repos:
  - repo: https://github.com/pre-commit/pre-commit-hooks
    rev: v4.6.0
    hooks:
      - id: trailing-whitespace
      - id: end-of-file-fixer
      - id: check-yaml
      - id: check-added-large-files
  - repo: https://github.com/astral-sh/ruff-pre-commit
    rev: v0.5.0
    hooks:
      - id: ruff
        args: [--fix]
  - repo: https://github.com/psf/black
    rev: 24.4.2
    hooks:
      - id: black
''')

# 9 ---------------------------------------------------------------- note paragraph at end
add(L, "k8s/ingress.yaml", "yaml",
    "prose outside comments at end: a Note paragraph telling the user about prerequisites",
    body=r'''apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
  annotations:
    cert-manager.io/cluster-issuer: letsencrypt-prod
    nginx.ingress.kubernetes.io/proxy-body-size: 20m
spec:
  ingressClassName: nginx
  tls:
    - hosts:
        - app.example.org
      secretName: app-example-org-tls
  rules:
    - host: app.example.org
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: web
                port:
                  number: 80
          - path: /api
            pathType: Prefix
            backend:
              service:
                name: api
                port:
                  number: 8080

Note: for the certificate to be issued you'll need cert-manager installed in the cluster and a ClusterIssuer called letsencrypt-prod. If you don't have one yet, I can write that manifest for you too.
''')

# 10 --------------------------------------------------------------- comment-only
add(L, "mkdocs.yml", "yaml",
    "comment-only: inline comments explaining the answer to the user and a closing remark; parses",
    expect="accept", body=r'''site_name: Acme Platform Docs
site_url: https://docs.acme.dev/
repo_url: https://github.com/acme/platform

theme:
  name: material
  # You asked for dark mode support, so I've added a palette toggle here.
  palette:
    - scheme: default
      toggle:
        icon: material/weather-night
        name: Switch to dark mode
    - scheme: slate
      toggle:
        icon: material/weather-sunny
        name: Switch to light mode
  features:
    - navigation.tabs
    - content.code.copy

nav:
  - Home: index.md
  - Getting started: getting-started.md
  - Guides:
      - Deploying: guides/deploying.md
      - Monitoring: guides/monitoring.md
  - Reference: reference.md

markdown_extensions:
  - admonition
  - pymdownx.superfences
  # Feel free to remove this one if you're not planning to use tabs in your pages.
  - pymdownx.tabbed:
      alternate_style: true
# That should be everything — run `mkdocs serve` and you'll see the toggle in the header.
''')

# 11 --------------------------------------------------------------- closing pleasantry
add(L, ".github/dependabot.yml", "yaml",
    "prose outside comments at end: short explanation and sign-off",
    body=r'''version: 2
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
  - package-ecosystem: github-actions
    directory: /
    schedule:
      interval: monthly
  - package-ecosystem: docker
    directory: /docker
    schedule:
      interval: weekly

This groups all of your dev dependencies into a single weekly PR, so you won't get flooded anymore.
I hope this helps!
''')

# 12 --------------------------------------------------------------- mid-file explanation
add(L, "serverless.yml", "yaml",
    "prose outside comments in the middle: explanatory sentences between provider and functions sections",
    body=r'''service: image-resizer

frameworkVersion: "3"

provider:
  name: aws
  runtime: nodejs20.x
  region: eu-central-1
  memorySize: 1024
  timeout: 30
  iam:
    role:
      statements:
        - Effect: Allow
          Action:
            - s3:GetObject
            - s3:PutObject
          Resource: arn:aws:s3:::acme-uploads/*

The IAM statement above is scoped to just the uploads bucket rather than `*`, which is what you had before. Below, the function is triggered by new objects under the `originals/` prefix only, so the resized outputs won't re-trigger it.

functions:
  resize:
    handler: src/resize.handler
    events:
      - s3:
          bucket: acme-uploads
          event: s3:ObjectCreated:*
          rules:
            - prefix: originals/
          existing: true
''')

# 13 --------------------------------------------------------------- comment-only Spring config
add(L, "src/main/resources/application.yml", "yaml",
    "comment-only: comments recalling what the user said earlier and explaining edits; parses",
    expect="accept", body=r'''spring:
  application:
    name: inventory-service
  datasource:
    # You mentioned your local Postgres listens on 5433, so I changed the port here.
    url: jdbc:postgresql://localhost:5433/inventory
    username: inventory
    password: ${DB_PASSWORD:inventory}
  jpa:
    hibernate:
      # Switched this from `update` to `validate` — with Flyway managing the schema you don't want Hibernate touching it.
      ddl-auto: validate
    open-in-view: false
  flyway:
    enabled: true
    locations: classpath:db/migration

server:
  port: 8081

management:
  endpoints:
    web:
      exposure:
        include: health,info,prometheus
# Let me know if the app still fails to start after this and paste the stack trace, and we'll dig further.
''')

# 14 --------------------------------------------------------------- intro and explanation between jobs
add(L, ".circleci/config.yml", "yaml",
    "prose outside comments: opening sentence and a numbered walkthrough after the config",
    body=r'''I've rewritten your CircleCI config to use orbs, which cuts out most of the boilerplate:

version: 2.1

orbs:
  node: circleci/node@5.2.0
  aws-ecr: circleci/aws-ecr@9.1.0

workflows:
  build-test-deploy:
    jobs:
      - node/test:
          version: "20.11"
          pkg-manager: npm
      - aws-ecr/build_and_push_image:
          requires:
            - node/test
          repo: storefront
          tag: ${CIRCLE_SHA1}
          filters:
            branches:
              only: main

Here's how it works:
1. `node/test` installs dependencies with caching and runs `npm test`.
2. Once tests pass, the ECR orb builds the Docker image and pushes it, but only on `main`.
''')

# 15 --------------------------------------------------------------- explanation after separator
add(L, "k8s/cronjob.yaml", "yaml",
    "prose outside comments after a document separator: explanation of the schedule and concurrency choice",
    body=r'''apiVersion: batch/v1
kind: CronJob
metadata:
  name: nightly-report
spec:
  schedule: "30 2 * * *"
  timeZone: Europe/Berlin
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
              image: ghcr.io/acme/reports:1.9.0
              args: ["generate", "--period", "yesterday"]
              envFrom:
                - secretRef:
                    name: reports-env
---
A quick explanation of the changes: the job now runs at 02:30 Berlin time instead of UTC, and `concurrencyPolicy: Forbid` makes sure a slow run is never overlapped by the next one. You can apply it with `kubectl apply -f k8s/cronjob.yaml`.
''')

# 16 --------------------------------------------------------------- comment-only release workflow
add(L, ".github/workflows/release.yml", "yaml",
    "comment-only: comments that explain the answer to the user and point back to their question; parses",
    expect="accept", body=r'''# Here is the release workflow you asked for. It runs whenever you push a tag like v1.2.3.
name: Release

on:
  push:
    tags: ["v*.*.*"]

permissions:
  contents: write

jobs:
  release:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0
      - uses: actions/setup-go@v5
        with:
          go-version: "1.22"
      # To answer your second question: GoReleaser picks up the changelog from the commit messages, so you don't need a CHANGELOG file.
      - uses: goreleaser/goreleaser-action@v6
        with:
          version: latest
          args: release --clean
        env:
          GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}
''')

# 17 --------------------------------------------------------------- prose sandwiched in tasks file
add(L, "ansible/roles/nginx/tasks/main.yml", "yaml",
    "prose outside comments: intro sentence plus a bold-labelled explanation between two tasks",
    body=r'''Absolutely, here's the tasks file for the nginx role:

---
- name: Install nginx
  ansible.builtin.apt:
    name: nginx
    state: present
    update_cache: true

- name: Deploy site config
  ansible.builtin.template:
    src: site.conf.j2
    dest: /etc/nginx/sites-available/{{ nginx_site_name }}
    mode: "0644"
  notify: reload nginx

**Why the symlink task?** Debian-based nginx only loads configs from sites-enabled, so we link the file there instead of copying it.

- name: Enable site
  ansible.builtin.file:
    src: /etc/nginx/sites-available/{{ nginx_site_name }}
    dest: /etc/nginx/sites-enabled/{{ nginx_site_name }}
    state: link
  notify: reload nginx

- name: Remove default site
  ansible.builtin.file:
    path: /etc/nginx/sites-enabled/default
    state: absent
  notify: reload nginx
''')

# 18 --------------------------------------------------------------- prose before and after alert rules
add(L, "prometheus/alerts.yml", "yaml",
    "prose outside comments: lead-in sentence and a follow-up suggestion with a question to the user",
    body=r'''Okay, I've tightened the thresholds on these alerts so they stop firing on short spikes.
groups:
  - name: api
    rules:
      - alert: HighErrorRate
        expr: sum(rate(http_requests_total{status=~"5.."}[5m])) / sum(rate(http_requests_total[5m])) > 0.05
        for: 10m
        labels:
          severity: page
        annotations:
          summary: More than 5% of requests are failing
      - alert: HighLatencyP99
        expr: histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket[5m]))) > 1.5
        for: 15m
        labels:
          severity: ticket
        annotations:
          summary: p99 latency above 1.5s
Would you like me to add a matching Alertmanager route so the `page` alerts go to PagerDuty and the `ticket` ones to Slack?
''')
