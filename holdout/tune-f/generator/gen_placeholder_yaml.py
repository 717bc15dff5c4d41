from common import F
L = "placeholder"
Y = "yaml"

F(L, ".github/workflows/ci.yml", Y, "comment-only elision: line 29 '# ... other jobs as before' replaces the test job that deploy needs", r'''
name: CI

on:
  push:
    branches: [main]
  pull_request:

permissions:
  contents: read

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

  # ... other jobs as before

  deploy:
    needs: [lint, test]
    if: github.ref == 'refs/heads/main'
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: actions/checkout@v4
      - run: ./scripts/deploy.sh
        env:
          DEPLOY_TOKEN: ${{ secrets.DEPLOY_TOKEN }}
''')

F(L, "charts/api/values.yaml", Y, "comment-only elision: line 33 '# rest of the values unchanged' at the end replaces ingress/resources/autoscaling", r'''
replicaCount: 2

image:
  repository: ghcr.io/acme/api
  tag: "1.14.2"
  pullPolicy: IfNotPresent

imagePullSecrets:
  - name: ghcr

serviceAccount:
  create: true
  annotations: {}
  name: ""

podAnnotations:
  prometheus.io/scrape: "true"
  prometheus.io/port: "9090"

securityContext:
  runAsNonRoot: true
  runAsUser: 10001
  readOnlyRootFilesystem: true

service:
  type: ClusterIP
  port: 80
  targetPort: 8080

# rest of the values unchanged
''')

F(L, "docker-compose.yml", Y, "syntax-breaking elision: indented bare '...' at line 18 inside services replaces the db service that web depends on", r'''
services:
  web:
    build: .
    ports:
      - "8000:8000"
    env_file: .env
    depends_on:
      - db
      - redis
    volumes:
      - ./app:/srv/app

  redis:
    image: redis:7-alpine
    restart: unless-stopped

  ...

  worker:
    build: .
    command: celery -A app worker -l info
    env_file: .env
    depends_on:
      - db
      - redis

volumes:
  pgdata:
''')

F(L, "k8s/deployment.yaml", Y, "comment-only elision: line 31 '# (same env vars as the staging deployment)' replaces the container env list", r'''
apiVersion: apps/v1
kind: Deployment
metadata:
  name: checkout
  namespace: shop
  labels:
    app.kubernetes.io/name: checkout
spec:
  replicas: 3
  revisionHistoryLimit: 5
  selector:
    matchLabels:
      app.kubernetes.io/name: checkout
  strategy:
    type: RollingUpdate
    rollingUpdate:
      maxSurge: 1
      maxUnavailable: 0
  template:
    metadata:
      labels:
        app.kubernetes.io/name: checkout
    spec:
      containers:
        - name: checkout
          image: registry.acme.io/shop/checkout:2.3.0
          ports:
            - containerPort: 8080
              name: http
          env:
            # (same env vars as the staging deployment)
          readinessProbe:
            httpGet:
              path: /ready
              port: http
            periodSeconds: 5
          resources:
            requests:
              cpu: 100m
              memory: 128Mi
            limits:
              memory: 256Mi
''')

F(L, ".gitlab-ci.yml", Y, "comment-only elision: line 27 '# (same script as the build job)' leaves the test job without a script", r'''
stages:
  - build
  - test
  - deploy

variables:
  DOCKER_DRIVER: overlay2
  IMAGE: $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA

default:
  image: node:20-bookworm
  cache:
    key:
      files: [package-lock.json]
    paths: [.npm/]

build:
  stage: build
  script:
    - npm ci --cache .npm --prefer-offline
    - npm run build
  artifacts:
    paths: [dist/]
    expire_in: 1 week

test:
  stage: test
  # (same script as the build job)

deploy:
  stage: deploy
  image: alpine:3.19
  rules:
    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH
  script:
    - apk add --no-cache rsync openssh-client
    - rsync -az --delete dist/ deploy@web1:/srv/www/
''')

F(L, "ansible/site.yml", Y, "syntax-breaking elision: line 28 '<existing tasks>' inside the tasks list", r'''
- name: Configure web servers
  hosts: web
  become: true
  vars:
    app_user: shop
    app_dir: /srv/shop
    node_version: "20"

  tasks:
    - name: Install system packages
      ansible.builtin.apt:
        name:
          - nginx
          - git
          - build-essential
        state: present
        update_cache: true

    - name: Create application user
      ansible.builtin.user:
        name: "{{ app_user }}"
        system: true
        shell: /usr/sbin/nologin

    <existing tasks>

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
''')

F(L, "docs/mkdocs.yml", Y, "comment-only elision: line 26 '# ...more pages' cuts the nav list short in the middle", r'''
site_name: Acme Platform Docs
site_url: https://docs.acme.io/
repo_url: https://github.com/acme/platform
edit_uri: edit/main/docs/

theme:
  name: material
  features:
    - navigation.tabs
    - navigation.sections
    - search.highlight
  palette:
    primary: indigo

nav:
  - Home: index.md
  - Getting started:
      - Installation: getting-started/install.md
      - Configuration: getting-started/config.md
  - Guides:
      - Authentication: guides/auth.md
      # ...more pages
  - Reference:
      - CLI: reference/cli.md
      - REST API: reference/api.md

markdown_extensions:
  - admonition
  - toc:
      permalink: true
  - pymdownx.superfences
''')

F(L, "api/openapi.yaml", Y, "comment-only elision: line 36 '# other endpoints omitted for brevity' replaces the paths for the schemas defined below", r'''
openapi: 3.0.3
info:
  title: Orders API
  version: 1.4.0
servers:
  - url: https://api.acme.io/v1

paths:
  /orders:
    get:
      summary: List orders
      parameters:
        - in: query
          name: status
          schema:
            type: string
            enum: [pending, paid, shipped, cancelled]
      responses:
        "200":
          description: A page of orders
          content:
            application/json:
              schema:
                type: array
                items:
                  $ref: "#/components/schemas/Order"
  # other endpoints omitted for brevity

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
    Refund:
      type: object
      properties:
        orderId:
          type: string
        amount:
          type: number
''')

F(L, ".github/dependabot.yml", Y, "bare marker: line 17 '- ...' as a list item replaces the remaining update entries (YAML reads it as the string '...', syntax stays valid)", r'''
version: 2
updates:
  - package-ecosystem: npm
    directory: /
    schedule:
      interval: weekly
      day: monday
    open-pull-requests-limit: 10
    groups:
      eslint:
        patterns: ["eslint*", "@typescript-eslint/*"]
  - package-ecosystem: github-actions
    directory: /
    schedule:
      interval: monthly
  - ...
''')

F(L, "src/main/resources/application.yml", Y, "comment-only elision: line 12 '# TODO: add the remaining datasource settings like above' leaves datasource without url/username", r'''
spring:
  application:
    name: inventory-service
  jpa:
    open-in-view: false
    hibernate:
      ddl-auto: validate
    properties:
      hibernate.jdbc.batch_size: 50
  datasource:
    driver-class-name: org.postgresql.Driver
    # TODO: add the remaining datasource settings like above
  flyway:
    enabled: true
    locations: classpath:db/migration

server:
  port: 8081
  shutdown: graceful

management:
  endpoints:
    web:
      exposure:
        include: health,info,prometheus
  endpoint:
    health:
      probes:
        enabled: true

logging:
  level:
    root: INFO
    com.acme.inventory: DEBUG
''')

F(L, ".circleci/config.yml", Y, "syntax-breaking elision: line 27 lone '…' at the jobs level replaces the build job referenced by the workflow", r'''
version: 2.1

orbs:
  node: circleci/node@5.2.0

executors:
  default:
    docker:
      - image: cimg/node:20.11
    working_directory: ~/repo

jobs:
  test:
    executor: default
    steps:
      - checkout
      - node/install-packages:
          pkg-manager: npm
      - run:
          name: Unit tests
          command: npm test -- --ci
      - store_test_results:
          path: reports/junit

…

workflows:
  main:
    jobs:
      - test
      - build:
          requires: [test]
          filters:
            branches:
              only: main
''')

F(L, "monitoring/prometheus.yml", Y, "comment-only elision: line 21 '# [previous scrape configs]' in the middle replaces the node/app scrape jobs", r'''
global:
  scrape_interval: 15s
  evaluation_interval: 30s
  external_labels:
    cluster: prod-eu-1

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

  # [previous scrape configs]

  - job_name: blackbox
    metrics_path: /probe
    params:
      module: [http_2xx]
    static_configs:
      - targets:
          - https://shop.acme.io
          - https://api.acme.io/health
    relabel_configs:
      - source_labels: [__address__]
        target_label: __param_target
      - target_label: __address__
        replacement: blackbox:9115
''')

F(L, "serverless.yml", Y, "comment-only elision: line 33 '# remaining functions identical to the current file' at the end replaces functions whose handlers are referenced in package patterns", r'''
service: media-pipeline
frameworkVersion: "3"

provider:
  name: aws
  runtime: nodejs20.x
  region: eu-central-1
  memorySize: 512
  timeout: 30
  environment:
    BUCKET: ${self:service}-${sls:stage}-uploads
    TABLE: ${self:service}-${sls:stage}-media
  iam:
    role:
      statements:
        - Effect: Allow
          Action: [s3:GetObject, s3:PutObject]
          Resource: arn:aws:s3:::${self:provider.environment.BUCKET}/*

package:
  patterns:
    - "!test/**"
    - "!.github/**"

functions:
  upload:
    handler: src/handlers/upload.handler
    events:
      - httpApi:
          path: /uploads
          method: post
  # remaining functions identical to the current file
''')

F(L, "k8s/ingress.yaml", Y, "syntax-breaking elision: column-0 '...' at line 18 splits the rules list (document end marker in the middle of a mapping)", r'''
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: shop
  namespace: shop
  annotations:
    cert-manager.io/cluster-issuer: letsencrypt
    nginx.ingress.kubernetes.io/proxy-body-size: 16m
spec:
  ingressClassName: nginx
  tls:
    - hosts: [shop.acme.io, api.acme.io]
      secretName: shop-tls
  rules:
    - host: shop.acme.io
      http:
        paths:
...
    - host: api.acme.io
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: api
                port:
                  number: 80
''')

F(L, ".pre-commit-config.yaml", Y, "comment-only elision: line 17 '# (other hooks elided)' replaces the hooks of the pre-commit-hooks repo, which now has an empty hooks list", r'''
default_language_version:
  python: python3.11

repos:
  - repo: https://github.com/astral-sh/ruff-pre-commit
    rev: v0.4.4
    hooks:
      - id: ruff
        args: [--fix]
      - id: ruff-format

  - repo: https://github.com/pre-commit/pre-commit-hooks
    rev: v4.6.0
    hooks:
      # (other hooks elided)

  - repo: https://github.com/pre-commit/mirrors-mypy
    rev: v1.10.0
    hooks:
      - id: mypy
        additional_dependencies: [types-requests, pydantic]
        exclude: ^migrations/
''')

F(L, "azure-pipelines.yml", Y, "comment-only elision: line 37 '# … deploy stages follow the same shape' at the end replaces the Deploy stages", r'''
trigger:
  branches:
    include: [main, release/*]

pr:
  branches:
    include: [main]

variables:
  buildConfiguration: Release
  dotnetVersion: 8.0.x

pool:
  vmImage: ubuntu-latest

stages:
  - stage: Build
    jobs:
      - job: build
        steps:
          - task: UseDotNet@2
            inputs:
              version: $(dotnetVersion)
          - script: dotnet restore
            displayName: Restore
          - script: dotnet build --configuration $(buildConfiguration) --no-restore
            displayName: Build
          - script: dotnet test --configuration $(buildConfiguration) --no-build --logger trx
            displayName: Test
          - task: PublishTestResults@2
            inputs:
              testResultsFormat: VSTest
              testResultsFiles: "**/*.trx"

  # … deploy stages follow the same shape
''')
