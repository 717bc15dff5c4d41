# -*- coding: utf-8 -*-
"""Every text of the tune-b corpus, written by hand.

truncated/   : a complete base document plus the point where the model's output
               stopped (`after`: the file ends right after the unique string
               `after`; when `after` does not end in a newline the file ends
               mid-line, without a final newline).
placeholder/ : the final file, with content elided by a comment (or, in
               shell, a bare `...` command line); it still parses.
llm-chatter/ : the final file, with the model's prose left in it.
clean/       : valid look-alike files that must be accepted.

Each case is a dict: folder, file, text, desc.
"""

CASES = []


def _t(s):
    """Drop the newline that follows the opening triple quote."""
    return s[1:] if s.startswith("\n") else s


def cut(file, desc, after, base):
    base = _t(base)
    n = base.count(after)
    if n != 1:
        raise ValueError("%s: cut point %r occurs %d times" % (file, after, n))
    end = base.index(after) + len(after)
    if end >= len(base):
        raise ValueError("%s: cut point is the end of the base document" % file)
    if after.endswith("\n"):
        where = "after a complete line"
    elif base[end] == "\n":
        where = "at the end of a line, no final newline"
    else:
        where = "mid-line, no final newline"
    CASES.append(dict(folder="truncated", file=file, text=base[:end],
                      desc="%s (cut %s)" % (desc, where)))


def lit(folder, file, desc, text, final_newline=True):
    text = _t(text)
    if not final_newline:
        text = text.rstrip("\n")
    CASES.append(dict(folder=folder, file=file, text=text, desc=desc))


def placeholder(file, desc, text):
    lit("placeholder", file, desc, text)


def chatter(file, desc, text):
    lit("llm-chatter", file, desc, text)


def clean(file, desc, text, final_newline=True):
    lit("clean", file, desc, text, final_newline)


# ---------------------------------------------------------------------------
# truncated / YAML
# ---------------------------------------------------------------------------

cut("github-actions-node-ci-cut-in-run-command.yml",
    "GitHub Actions CI workflow; last step's run command stops inside 'npm run build'",
    "run: npm ci && npm run bui", r"""
name: CI

on:
  push:
    branches: [main]
  pull_request:
    branches: [main]

jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          cache: npm
      - name: Install and build
        run: npm ci && npm run build
      - name: Test
        run: npm test -- --coverage
""")

cut("github-actions-release-cut-after-env-key.yml",
    "GitHub Actions release workflow; publish step ends at 'env:' with nothing below",
    "      - name: Publish to npm\n        env:\n", r"""
name: Release

on:
  release:
    types: [published]

permissions:
  contents: read
  id-token: write

jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          registry-url: https://registry.npmjs.org
      - run: npm ci
      - run: npm run build
      - name: Publish to npm
        env:
          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}
        run: npm publish --provenance --access public
""")

cut("github-actions-docker-image-cut-after-steps-key.yml",
    "GitHub Actions docker build workflow; second job ends at 'steps:' with no steps",
    "    needs: test\n    runs-on: ubuntu-latest\n    steps:\n", r"""
name: Docker image

on:
  push:
    tags: ["v*"]

env:
  REGISTRY: ghcr.io
  IMAGE_NAME: ${{ github.repository }}

jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: make test

  build-and-push:
    needs: test
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: docker/setup-buildx-action@v3
      - uses: docker/login-action@v3
        with:
          registry: ${{ env.REGISTRY }}
          username: ${{ github.actor }}
          password: ${{ secrets.GITHUB_TOKEN }}
      - uses: docker/build-push-action@v5
        with:
          push: true
          tags: ${{ env.REGISTRY }}/${{ env.IMAGE_NAME }}:${{ github.ref_name }}
""")

cut("github-actions-matrix-cut-in-flow-sequence.yml",
    "GitHub Actions test matrix; cut inside the flow sequence of python versions",
    'python-version: ["3.9", "3.10", "3.1', r"""
name: Tests

on: [push, pull_request]

jobs:
  pytest:
    runs-on: ${{ matrix.os }}
    strategy:
      fail-fast: false
      matrix:
        os: [ubuntu-latest, macos-latest, windows-latest]
        python-version: ["3.9", "3.10", "3.11", "3.12"]
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: ${{ matrix.python-version }}
      - run: pip install -e ".[test]"
      - run: pytest -q
""")

cut("github-actions-deploy-cut-inside-if-block-scalar.yml",
    "GitHub Actions deploy job; 'run: |' shell script stops inside an if without fi",
    '            echo "Deploying to production"\n', r"""
name: Deploy

on:
  push:
    branches: [main, staging]

jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: ${{ github.ref_name == 'main' && 'production' || 'staging' }}
    steps:
      - uses: actions/checkout@v4
      - name: Configure AWS credentials
        uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: ${{ secrets.AWS_DEPLOY_ROLE }}
          aws-region: eu-west-1
      - name: Deploy
        run: |
          if [ "${GITHUB_REF_NAME}" = "main" ]; then
            echo "Deploying to production"
            ./scripts/deploy.sh production
          else
            echo "Deploying to staging"
            ./scripts/deploy.sh staging
          fi
""")

cut("github-actions-lint-cut-at-bare-step-name.yml",
    "GitHub Actions lint workflow; last step is '- name: Build' with no uses/run",
    "      - name: Build", r"""
name: Lint and build

on:
  pull_request:

jobs:
  lint:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: pnpm/action-setup@v3
        with:
          version: 9
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          cache: pnpm
      - run: pnpm install --frozen-lockfile
      - run: pnpm lint
      - name: Build
        run: pnpm build
""")

cut("github-actions-python-cut-mid-pip-install.yml",
    "GitHub Actions python workflow; block scalar stops mid-word in 'requirements.txt'",
    "          pip install -r requirem", r"""
name: Python package

on:
  push:
    branches: [main]

jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Set up Python
        uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - name: Install dependencies
        run: |
          python -m pip install --upgrade pip
          pip install -r requirements.txt -r requirements-dev.txt
      - name: Lint
        run: ruff check .
      - name: Test
        run: pytest --cov=src
""")

cut("github-actions-cut-in-checkout-ref.yml",
    "GitHub Actions workflow; last line stops inside 'actions/checkout@v4' after '@v'",
    "      - uses: actions/checkout@v", r"""
name: Docs

on:
  push:
    branches: [main]
    paths: ["docs/**", "mkdocs.yml"]

permissions:
  contents: write

jobs:
  deploy-docs:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: 3.x
      - run: pip install mkdocs-material
      - run: mkdocs gh-deploy --force
""")

cut("github-actions-cut-in-flow-mapping.yml",
    "GitHub Actions workflow; cut inside a flow mapping 'with: { node-version: 20, cache: npm'",
    "with: { node-version: 20, cache: np", r"""
name: E2E

on:
  workflow_dispatch:
  schedule:
    - cron: "0 6 * * 1-5"

jobs:
  playwright:
    runs-on: ubuntu-latest
    timeout-minutes: 30
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with: { node-version: 20, cache: npm }
      - run: npm ci
      - run: npx playwright install --with-deps
      - run: npx playwright test
""")

cut("gitlab-ci-cut-in-docker-build-tag.yml",
    "GitLab CI pipeline; build script line stops inside $CI_COMMIT_SHORT_SHA",
    "    - docker build -t $CI_REGISTRY_IMAGE:$CI_COMMIT_SH", r"""
stages:
  - test
  - build
  - deploy

variables:
  DOCKER_DRIVER: overlay2

test:
  stage: test
  image: python:3.12-slim
  script:
    - pip install -r requirements.txt
    - pytest

build:
  stage: build
  image: docker:24
  services:
    - docker:24-dind
  script:
    - docker login -u $CI_REGISTRY_USER -p $CI_REGISTRY_PASSWORD $CI_REGISTRY
    - docker build -t $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA .
    - docker push $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA

deploy:
  stage: deploy
  script:
    - ./deploy.sh $CI_COMMIT_SHORT_SHA
  environment: production
  when: manual
""")

cut("gitlab-ci-cut-after-script-key.yml",
    "GitLab CI pipeline; production job ends at 'script:' with no commands",
    "deploy_production:\n  stage: deploy\n  script:\n", r"""
stages:
  - build
  - deploy

.node_job:
  image: node:20-alpine
  before_script:
    - npm ci --cache .npm --prefer-offline
  cache:
    key: ${CI_COMMIT_REF_SLUG}
    paths:
      - .npm/

build:
  extends: .node_job
  stage: build
  script:
    - npm run build
  artifacts:
    paths:
      - dist/

deploy_staging:
  stage: deploy
  script:
    - npx netlify deploy --dir=dist --alias=staging
  environment: staging

deploy_production:
  stage: deploy
  script:
    - npx netlify deploy --dir=dist --prod
  environment: production
  only:
    - main
""")

cut("k8s-deployment-cut-in-image-tag.yaml",
    "Kubernetes Deployment; container image tag stops mid-version",
    "image: nginx:1.2", r"""
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
        - name: nginx
          image: nginx:1.25.3
          ports:
            - containerPort: 80
          resources:
            limits:
              cpu: 250m
              memory: 128Mi
""")

cut("k8s-deployment-cut-after-containers-key.yaml",
    "Kubernetes Deployment; pod spec ends at 'containers:' with no container",
    "      containers:\n", r"""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: orders-api
  namespace: shop
spec:
  replicas: 2
  selector:
    matchLabels:
      app: orders-api
  template:
    metadata:
      labels:
        app: orders-api
    spec:
      serviceAccountName: orders-api
      containers:
        - name: api
          image: ghcr.io/acme/orders-api:2.4.1
          envFrom:
            - secretRef:
                name: orders-api-env
          readinessProbe:
            httpGet:
              path: /healthz
              port: 8080
""")

cut("k8s-service-cut-mid-key.yaml",
    "Kubernetes Service; last port entry stops mid-key 'targetPo'",
    "      targetPo", r"""
apiVersion: v1
kind: Service
metadata:
  name: orders-api
  namespace: shop
spec:
  type: ClusterIP
  selector:
    app: orders-api
  ports:
    - name: http
      port: 80
      targetPort: 8080
      protocol: TCP
""")

cut("k8s-ingress-cut-in-path-type.yaml",
    "Kubernetes Ingress; pathType value stops mid-word ('Pref')",
    "            pathType: Pref", r"""
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: storefront
  annotations:
    cert-manager.io/cluster-issuer: letsencrypt-prod
    nginx.ingress.kubernetes.io/proxy-body-size: 10m
spec:
  ingressClassName: nginx
  tls:
    - hosts:
        - shop.example.com
      secretName: storefront-tls
  rules:
    - host: shop.example.com
      http:
        paths:
          - path: /api
            pathType: Prefix
            backend:
              service:
                name: orders-api
                port:
                  number: 80
""")

cut("k8s-cronjob-cut-in-pg-dump-command.yaml",
    "Kubernetes CronJob; last item of the container command list stops mid-filename",
    "/backup/db-$(date +%F).sql.g", r"""
apiVersion: batch/v1
kind: CronJob
metadata:
  name: postgres-backup
spec:
  schedule: "0 3 * * *"
  concurrencyPolicy: Forbid
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: backup
              image: postgres:16
              envFrom:
                - secretRef:
                    name: postgres-credentials
              command:
                - /bin/sh
                - -c
                - pg_dump -h $DB_HOST -U $DB_USER $DB_NAME | gzip > /backup/db-$(date +%F).sql.gz
              volumeMounts:
                - name: backup
                  mountPath: /backup
          volumes:
            - name: backup
              persistentVolumeClaim:
                claimName: postgres-backup
""")

cut("k8s-multi-doc-cut-after-service-kind.yaml",
    "Kubernetes Deployment + Service in one file; second document ends after 'kind: Service'",
    "---\napiVersion: v1\nkind: Service\n", r"""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: redis
spec:
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
---
apiVersion: v1
kind: Service
metadata:
  name: redis
spec:
  selector:
    app: redis
  ports:
    - port: 6379
""")

cut("helm-values-cut-in-image-repository.yaml",
    "Helm chart values.yaml; image repository stops mid-name",
    "  repository: ghcr.io/acme/billing-ap", r"""
# Default values for billing-api.
replicaCount: 2

image:
  repository: ghcr.io/acme/billing-api
  pullPolicy: IfNotPresent
  tag: ""

serviceAccount:
  create: true
  name: ""

service:
  type: ClusterIP
  port: 8080

resources:
  limits:
    cpu: 500m
    memory: 512Mi
  requests:
    cpu: 100m
    memory: 256Mi
""")

cut("helm-values-cut-after-requests-key.yaml",
    "Helm values.yaml; resources.requests left empty and the file ends there",
    "  requests:\n", r"""
replicaCount: 1

image:
  repository: bitnami/keycloak
  tag: "24.0.2"

ingress:
  enabled: true
  className: nginx
  hosts:
    - host: auth.example.com
      paths:
        - path: /
          pathType: Prefix

resources:
  limits:
    memory: 1Gi
  requests:
    cpu: 250m
    memory: 768Mi

autoscaling:
  enabled: false
""")

cut("docker-compose-cut-mid-restart-key.yml",
    "docker-compose file; last service stops mid-key 'restart_pol' (meant restart/restart_policy)",
    "    restart_pol", r"""
version: "3.9"

services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: app
      POSTGRES_PASSWORD: app
      POSTGRES_DB: app
    volumes:
      - pgdata:/var/lib/postgresql/data

  worker:
    build: .
    command: celery -A app worker -l info
    depends_on:
      - db
    restart_policy: on-failure

volumes:
  pgdata:
""")

cut("docker-compose-cut-after-environment-key.yml",
    "docker-compose file; last service ends at 'environment:' with nothing below",
    "      - redis\n    environment:\n", r"""
services:
  redis:
    image: redis:7
    ports:
      - "6379:6379"

  api:
    build:
      context: .
      dockerfile: Dockerfile
    ports:
      - "8000:8000"
    depends_on:
      - redis
    environment:
      REDIS_URL: redis://redis:6379/0
      LOG_LEVEL: info
""")

cut("docker-compose-cut-in-healthcheck-flow-list.yml",
    "docker-compose file; healthcheck test flow sequence cut inside a quoted URL",
    '"http://localhost:8080/heal', r"""
services:
  app:
    image: ghcr.io/acme/inventory:latest
    ports:
      - "8080:8080"
    healthcheck:
      test: ["CMD", "curl", "-f", "http://localhost:8080/health"]
      interval: 30s
      timeout: 5s
      retries: 3
    restart: unless-stopped
""")

cut("ansible-playbook-cut-after-tasks-key.yml",
    "Ansible playbook; the play ends at 'tasks:' with no tasks",
    "  tasks:\n", r"""
---
- name: Configure web servers
  hosts: webservers
  become: true
  vars:
    nginx_port: 80
    app_user: deploy

  tasks:
    - name: Install nginx
      ansible.builtin.apt:
        name: nginx
        state: present
        update_cache: true

    - name: Start nginx
      ansible.builtin.service:
        name: nginx
        state: started
        enabled: true
""")

cut("ansible-role-tasks-cut-in-template-dest.yml",
    "Ansible role tasks/main.yml; template dest path stops mid-filename",
    "    dest: /etc/nginx/ng", r"""
---
- name: Install nginx
  ansible.builtin.package:
    name: nginx
    state: present

- name: Copy nginx config
  ansible.builtin.template:
    src: nginx.conf.j2
    dest: /etc/nginx/nginx.conf
    owner: root
    group: root
    mode: "0644"
  notify: Reload nginx

- name: Ensure nginx is running
  ansible.builtin.service:
    name: nginx
    state: started
""")

cut("ansible-vars-cut-in-package-list.yml",
    "Ansible group_vars; last package in the list stops mid-name ('build-ess')",
    "  - build-ess", r"""
---
timezone: Europe/Berlin
locale: en_US.UTF-8

base_packages:
  - git
  - curl
  - htop
  - unzip
  - build-essential
  - python3-venv

ssh_port: 22
""")

cut("ansible-playbook-cut-after-module-name.yml",
    "Ansible playbook; last task ends at the module key 'ansible.builtin.apt:' with no arguments",
    "    - name: Install PostgreSQL\n      ansible.builtin.apt:\n", r"""
---
- hosts: dbservers
  become: yes
  vars:
    postgres_version: 16

  tasks:
    - name: Add PostgreSQL apt key
      ansible.builtin.apt_key:
        url: https://www.postgresql.org/media/keys/ACCC4CF8.asc
        state: present

    - name: Install PostgreSQL
      ansible.builtin.apt:
        name: "postgresql-{{ postgres_version }}"
        state: present
        update_cache: yes

  handlers:
    - name: Restart postgresql
      ansible.builtin.service:
        name: postgresql
        state: restarted
""")

cut("openapi-cut-in-response-description.yaml",
    "OpenAPI 3 spec; 200 response description stops mid-word",
    "          description: A paginated list of ord", r"""
openapi: 3.0.3
info:
  title: Orders API
  version: 1.2.0
paths:
  /orders:
    get:
      summary: List orders
      parameters:
        - name: page
          in: query
          schema:
            type: integer
            minimum: 1
      responses:
        '200':
          description: A paginated list of orders
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/OrderPage'
        '401':
          description: Unauthorized
""")

cut("openapi-cut-in-required-flow-list.yaml",
    "OpenAPI 3 components; schema 'required' flow sequence cut before its closing bracket",
    "      required: [id, email", r"""
openapi: 3.1.0
info:
  title: Users API
  version: 0.3.0
paths: {}
components:
  schemas:
    User:
      type: object
      required: [id, email, createdAt]
      properties:
        id:
          type: string
          format: uuid
        email:
          type: string
          format: email
        createdAt:
          type: string
          format: date-time
""")

cut("pre-commit-config-cut-in-repo-url.yaml",
    "pre-commit config; last repo URL stops mid-name",
    "  - repo: https://github.com/pre-commit/mirrors-my", r"""
repos:
  - repo: https://github.com/pre-commit/pre-commit-hooks
    rev: v4.6.0
    hooks:
      - id: trailing-whitespace
      - id: end-of-file-fixer
      - id: check-yaml
  - repo: https://github.com/astral-sh/ruff-pre-commit
    rev: v0.4.4
    hooks:
      - id: ruff
        args: [--fix]
      - id: ruff-format
  - repo: https://github.com/pre-commit/mirrors-mypy
    rev: v1.10.0
    hooks:
      - id: mypy
""")

cut("dependabot-cut-after-schedule-key.yml",
    "dependabot.yml; second update entry ends at 'schedule:' without interval",
    '  - package-ecosystem: "github-actions"\n    directory: "/"\n    schedule:\n', r"""
version: 2
updates:
  - package-ecosystem: "npm"
    directory: "/"
    schedule:
      interval: "weekly"
    open-pull-requests-limit: 10
    groups:
      dev-dependencies:
        dependency-type: "development"
  - package-ecosystem: "github-actions"
    directory: "/"
    schedule:
      interval: "monthly"
""")

cut("mkdocs-cut-in-nav-entry.yml",
    "mkdocs.yml; last nav entry path stops mid-filename",
    "      - Configuration: reference/conf", r"""
site_name: Gadget Docs
site_url: https://docs.example.com/
repo_url: https://github.com/example/gadget
theme:
  name: material
  features:
    - navigation.tabs
    - content.code.copy
nav:
  - Home: index.md
  - Getting started:
      - Installation: getting-started/install.md
      - Quickstart: getting-started/quickstart.md
  - Reference:
      - CLI: reference/cli.md
      - Configuration: reference/configuration.md
markdown_extensions:
  - admonition
  - toc:
      permalink: true
""")

cut("circleci-cut-in-pytest-command.yml",
    "CircleCI config; run command stops inside '--cov-report=xml'",
    "          command: pytest --cov=app --cov-report=xm", r"""
version: 2.1

orbs:
  python: circleci/python@2.1

jobs:
  test:
    docker:
      - image: cimg/python:3.12
      - image: cimg/postgres:16.2
        environment:
          POSTGRES_USER: circleci
    steps:
      - checkout
      - python/install-packages:
          pkg-manager: pip
      - run:
          name: Run tests
          command: pytest --cov=app --cov-report=xml
      - store_test_results:
          path: test-results

workflows:
  main:
    jobs:
      - test
""")

cut("azure-pipelines-cut-in-dotnet-script.yml",
    "Azure Pipelines; script block scalar stops mid-flag '--no-restore'",
    "      dotnet build --configuration $(buildConfiguration) --no-rest", r"""
trigger:
  branches:
    include:
      - main

pool:
  vmImage: ubuntu-latest

variables:
  buildConfiguration: Release

steps:
  - task: UseDotNet@2
    inputs:
      packageType: sdk
      version: 8.x
  - script: |
      dotnet restore
      dotnet build --configuration $(buildConfiguration) --no-restore
    displayName: Build
  - script: dotnet test --configuration $(buildConfiguration) --no-build
    displayName: Test
""")

cut("azure-pipelines-cut-after-inputs-key.yml",
    "Azure Pipelines; Docker@2 task ends at 'inputs:' with nothing below",
    "            displayName: Build and push image\n            inputs:\n", r"""
trigger:
  - main

resources:
  - repo: self

variables:
  imageRepository: storefront
  containerRegistry: acmeregistry.azurecr.io
  tag: $(Build.BuildId)

stages:
  - stage: Build
    jobs:
      - job: Docker
        pool:
          vmImage: ubuntu-latest
        steps:
          - task: Docker@2
            displayName: Build and push image
            inputs:
              command: buildAndPush
              repository: $(imageRepository)
              containerRegistry: $(dockerRegistryServiceConnection)
              tags: |
                $(tag)
""")

cut("serverless-cut-in-handler-path.yml",
    "Serverless Framework service; last function handler stops mid-name",
    "    handler: src/handlers/orders.cre", r"""
service: orders-service
frameworkVersion: "3"

provider:
  name: aws
  runtime: nodejs20.x
  region: eu-central-1
  stage: ${opt:stage, 'dev'}
  environment:
    TABLE_NAME: orders-${sls:stage}

functions:
  listOrders:
    handler: src/handlers/orders.list
    events:
      - httpApi:
          path: /orders
          method: get
  createOrder:
    handler: src/handlers/orders.create
    events:
      - httpApi:
          path: /orders
          method: post
""")

cut("serverless-cut-in-description.yml",
    "Serverless Framework service; function description sentence stops mid-word",
    "    description: Deploys the service to the stag", r"""
service: release-bot
frameworkVersion: "3"

provider:
  name: aws
  runtime: python3.12
  memorySize: 256
  timeout: 30

functions:
  promote:
    handler: handler.promote
    description: Deploys the service to the staging cluster after a green build
    events:
      - sns: build-finished
""")

cut("sam-template-cut-after-events-key.yaml",
    "AWS SAM template; function ends at 'Events:' with no event source",
    "      Events:\n", r"""
AWSTemplateFormatVersion: "2010-09-09"
Transform: AWS::Serverless-2016-10-31
Description: Thumbnail generator

Globals:
  Function:
    Timeout: 20
    Runtime: python3.12

Resources:
  ThumbnailFunction:
    Type: AWS::Serverless::Function
    Properties:
      CodeUri: src/
      Handler: app.handler
      MemorySize: 512
      Events:
        Upload:
          Type: S3
          Properties:
            Bucket:
              Ref: UploadBucket
            Events: s3:ObjectCreated:*
  UploadBucket:
    Type: AWS::S3::Bucket
""")

cut("cloudformation-cut-in-parameter-description.yaml",
    "CloudFormation template; parameter Description stops mid-word",
    "    Description: Deployment environment used to prefix resource na", r"""
AWSTemplateFormatVersion: "2010-09-09"
Description: Static site bucket and CloudFront distribution

Parameters:
  Environment:
    Type: String
    AllowedValues: [dev, staging, prod]
    Description: Deployment environment used to prefix resource names

Resources:
  SiteBucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketName:
        Fn::Sub: "${Environment}-marketing-site"
""")

cut("conda-environment-cut-in-dependency.yml",
    "conda environment.yml; last dependency name stops mid-word",
    "  - scikit-lea", r"""
name: churn-model
channels:
  - conda-forge
  - defaults
dependencies:
  - python=3.11
  - numpy
  - pandas>=2.1
  - scikit-learn
  - matplotlib
  - jupyterlab
  - pip
  - pip:
      - mlflow==2.12.1
""")

cut("k8s-configmap-cut-in-nginx-block.yaml",
    "Kubernetes ConfigMap; embedded nginx.conf block scalar stops mid-URL inside a location block",
    "        proxy_pass http://backe", r"""
apiVersion: v1
kind: ConfigMap
metadata:
  name: nginx-config
data:
  default.conf: |
    upstream backend {
      server orders-api:8080;
    }
    server {
      listen 80;
      location / {
        proxy_pass http://backend;
        proxy_set_header Host $host;
      }
    }
""")

# ---------------------------------------------------------------------------
# truncated / shell
# ---------------------------------------------------------------------------

cut("service-control-cut-inside-case.sh",
    "service control script; stops inside the case statement, no ';;' or 'esac'",
    '  restart)\n    stop\n', r"""
#!/usr/bin/env bash
set -euo pipefail

APP_NAME="inventory"
PID_FILE="/var/run/${APP_NAME}.pid"

start() {
  echo "Starting ${APP_NAME}..."
  nohup /opt/${APP_NAME}/bin/server >/var/log/${APP_NAME}.log 2>&1 &
  echo $! > "$PID_FILE"
}

stop() {
  if [[ -f "$PID_FILE" ]]; then
    kill "$(cat "$PID_FILE")" && rm -f "$PID_FILE"
  fi
}

case "${1:-}" in
  start)
    start
    ;;
  stop)
    stop
    ;;
  restart)
    stop
    start
    ;;
  *)
    echo "Usage: $0 {start|stop|restart}" >&2
    exit 1
    ;;
esac
""")

cut("backup-cut-inside-function-body.sh",
    "database backup script; stops inside the body of a function, no closing brace",
    '  pg_dump "$DATABASE_URL" | gzip > "$target"\n', r"""
#!/usr/bin/env bash
set -euo pipefail

BACKUP_DIR="${BACKUP_DIR:-/var/backups/postgres}"
RETENTION_DAYS=14

log() {
  printf '[%s] %s\n' "$(date -u +%FT%TZ)" "$*"
}

backup() {
  local target="$BACKUP_DIR/$(date +%Y%m%d-%H%M%S).sql.gz"
  mkdir -p "$BACKUP_DIR"
  log "Writing $target"
  pg_dump "$DATABASE_URL" | gzip > "$target"
  log "Backup finished ($(du -h "$target" | cut -f1))"
}

prune() {
  find "$BACKUP_DIR" -name '*.sql.gz' -mtime +"$RETENTION_DAYS" -delete
}

backup
prune
""")

cut("resize-images-cut-inside-for-loop.sh",
    "image resize script; stops inside the for loop body, no 'done'",
    '  convert "$img" -resize 1200x1200\\> "$out"\n', r"""
#!/bin/bash
# Resize every JPEG in ./photos into ./web
set -e

SRC=./photos
DEST=./web
mkdir -p "$DEST"

for img in "$SRC"/*.jpg; do
  name=$(basename "$img" .jpg)
  out="$DEST/${name}.jpg"
  convert "$img" -resize 1200x1200\> "$out"
  echo "resized $name"
done

echo "All images written to $DEST"
""")

cut("deploy-nginx-cut-mid-word.sh",
    "deploy script; last command stops mid-word in 'systemctl restart nginx'",
    "sudo systemctl restart ngi", r"""
#!/usr/bin/env bash
set -euo pipefail

SITE=myapp
RELEASE_DIR="/srv/${SITE}/releases/$(date +%s)"

git clone --depth 1 git@github.com:acme/${SITE}.git "$RELEASE_DIR"
cd "$RELEASE_DIR"
npm ci --omit=dev
npm run build

ln -sfn "$RELEASE_DIR" "/srv/${SITE}/current"
sudo cp deploy/nginx.conf /etc/nginx/sites-available/${SITE}
sudo nginx -t
sudo systemctl restart nginx
echo "Deployed ${SITE}"
""")

cut("write-systemd-unit-cut-inside-heredoc.sh",
    "setup script writing a systemd unit with a heredoc; stops inside the heredoc before EOF",
    "ExecStart=/opt/metrics-agent/bin/agent --config /etc/metrics-agent/con", r"""
#!/usr/bin/env bash
set -euo pipefail

install -d -m 0755 /opt/metrics-agent/bin
install -m 0755 ./agent /opt/metrics-agent/bin/agent

cat > /etc/systemd/system/metrics-agent.service <<'EOF'
[Unit]
Description=Metrics agent
After=network-online.target

[Service]
ExecStart=/opt/metrics-agent/bin/agent --config /etc/metrics-agent/config.yaml
Restart=on-failure
User=metrics

[Install]
WantedBy=multi-user.target
EOF

systemctl daemon-reload
systemctl enable --now metrics-agent
""")

cut("docker-run-cut-after-line-continuation.sh",
    "docker run wrapper; stops right after a trailing backslash continuation",
    "  -v \"$PWD/data:/var/lib/app\" \\", r"""
#!/usr/bin/env bash
set -euo pipefail

IMAGE="ghcr.io/acme/ledger:1.8.0"

docker pull "$IMAGE"
docker rm -f ledger 2>/dev/null || true
docker run -d \
  --name ledger \
  --restart unless-stopped \
  -p 8080:8080 \
  -v "$PWD/data:/var/lib/app" \
  -e DATABASE_URL="postgres://ledger:${DB_PASSWORD}@db:5432/ledger" \
  "$IMAGE"
""")

cut("build-release-cut-after-and-and.sh",
    "release build script; stops right after '&&' at the end of a command",
    "cargo build --release &&", r"""
#!/usr/bin/env bash
set -euo pipefail

VERSION=$(grep '^version' Cargo.toml | head -n1 | cut -d'"' -f2)
echo "Building v${VERSION}"

cargo build --release &&
  strip target/release/tally &&
  tar -czf "tally-${VERSION}-linux-x86_64.tar.gz" -C target/release tally

sha256sum "tally-${VERSION}-linux-x86_64.tar.gz" > SHA256SUMS
""")

cut("check-env-cut-inside-if.sh",
    "environment check script; stops inside an if block, no 'fi'",
    '  echo "error: AWS_PROFILE is not set" >&2\n', r"""
#!/bin/sh
set -eu

if ! command -v aws >/dev/null 2>&1; then
  echo "error: aws cli not found" >&2
  exit 1
fi

if [ -z "${AWS_PROFILE:-}" ]; then
  echo "error: AWS_PROFILE is not set" >&2
  exit 1
fi

aws sts get-caller-identity --output table
""")

cut("notify-slack-cut-in-quoted-string.sh",
    "Slack notification script; stops inside a double-quoted message string",
    'text="Deploy of ${SERVICE} to ${ENVIRONMENT} fin', r"""
#!/usr/bin/env bash
set -euo pipefail

SERVICE="${1:?service name required}"
ENVIRONMENT="${2:-staging}"
STATUS="${3:-success}"

text="Deploy of ${SERVICE} to ${ENVIRONMENT} finished with status: ${STATUS}"

curl -fsS -X POST -H 'Content-type: application/json' \
  --data "{\"text\": \"${text}\"}" \
  "$SLACK_WEBHOOK_URL"
""")

cut("git-version-cut-inside-command-substitution.sh",
    "version script; stops inside a $( command substitution",
    'COMMIT=$(git rev-parse --sh', r"""
#!/usr/bin/env bash
set -euo pipefail

TAG=$(git describe --tags --abbrev=0 2>/dev/null || echo "v0.0.0")
COMMIT=$(git rev-parse --short HEAD)
DIRTY=""
if ! git diff --quiet; then
  DIRTY="-dirty"
fi

echo "${TAG}+${COMMIT}${DIRTY}"
""")

cut("rotate-logs-cut-in-variable-value.sh",
    "log rotation script; stops in the middle of a path assigned to a variable",
    "ARCHIVE_DIR=/var/log/archive/ngi", r"""
#!/bin/sh
set -e

LOG_DIR=/var/log/nginx
ARCHIVE_DIR=/var/log/archive/nginx
DAYS=30

mkdir -p "$ARCHIVE_DIR"
for f in "$LOG_DIR"/*.log.1; do
  [ -e "$f" ] || continue
  gzip -c "$f" > "$ARCHIVE_DIR/$(basename "$f").$(date +%F).gz"
done
find "$ARCHIVE_DIR" -type f -mtime +"$DAYS" -delete
""")

cut("import-users-cut-after-while-do.sh",
    "CSV import script; stops right after 'do' of a while-read loop",
    "while IFS=, read -r email name role; do\n", r"""
#!/usr/bin/env bash
set -euo pipefail

CSV="${1:-users.csv}"
API="${API_URL:-http://localhost:3000}/api/users"

tail -n +2 "$CSV" | while IFS=, read -r email name role; do
  curl -fsS -X POST "$API" \
    -H "Authorization: Bearer ${API_TOKEN}" \
    -H 'Content-Type: application/json' \
    -d "{\"email\":\"${email}\",\"name\":\"${name}\",\"role\":\"${role}\"}"
  echo "imported ${email}"
done
""")

cut("find-large-files-cut-after-pipe.sh",
    "disk usage report; stops right after a pipe '|' at the end of a line",
    "du -ah \"$TARGET\" 2>/dev/null |", r"""
#!/usr/bin/env bash
set -euo pipefail

TARGET="${1:-.}"
COUNT="${2:-20}"

echo "Largest ${COUNT} entries under ${TARGET}:"
du -ah "$TARGET" 2>/dev/null |
  sort -rh |
  head -n "$COUNT"
""")

cut("k8s-rollout-cut-mid-flag.sh",
    "kubectl rollout script; last command stops mid-flag ('--timeo')",
    "kubectl rollout status deployment/\"$DEPLOYMENT\" -n \"$NAMESPACE\" --timeo", r"""
#!/usr/bin/env bash
set -euo pipefail

NAMESPACE="${NAMESPACE:-default}"
DEPLOYMENT="$1"
IMAGE="$2"

kubectl set image deployment/"$DEPLOYMENT" app="$IMAGE" -n "$NAMESPACE"
kubectl rollout status deployment/"$DEPLOYMENT" -n "$NAMESPACE" --timeout=300s
kubectl get pods -n "$NAMESPACE" -l app="$DEPLOYMENT"
""")

# ---------------------------------------------------------------------------
# placeholder / YAML   (the elision is a YAML comment; every file parses)
# ---------------------------------------------------------------------------

placeholder("github-actions-other-jobs-remain-the-same.yml",
    "GitHub Actions workflow; '# ... other jobs remain the same' as the last line", r"""
name: CI

on:
  push:
    branches: [main]
  pull_request:

jobs:
  typecheck:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          cache: npm
      - run: npm ci
      - run: npx tsc --noEmit

  # ... other jobs remain the same
""")

placeholder("github-actions-existing-steps-comment.yml",
    "GitHub Actions workflow; '# existing steps...' in the middle of a steps list", r"""
name: Build

on:
  push:
    branches: [main]

jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      # existing steps...
      - name: Cache Gradle
        uses: actions/cache@v4
        with:
          path: |
            ~/.gradle/caches
            ~/.gradle/wrapper
          key: gradle-${{ runner.os }}-${{ hashFiles('**/*.gradle*', '**/gradle-wrapper.properties') }}
      - name: Build with Gradle
        run: ./gradlew build --no-daemon
""")

placeholder("docker-compose-db-service-unchanged.yml",
    "docker-compose file; a service body replaced by '# (unchanged)' (service value is null)", r"""
services:
  web:
    build: .
    ports:
      - "3000:3000"
    environment:
      DATABASE_URL: postgres://app:app@db:5432/app
      REDIS_URL: redis://cache:6379
    depends_on:
      - db
      - cache

  db:
    # (unchanged)

  cache:
    image: redis:7-alpine
    command: ["redis-server", "--appendonly", "yes"]
    volumes:
      - redis-data:/data

volumes:
  redis-data:
""")

placeholder("k8s-deployment-rest-of-container-spec-unchanged.yaml",
    "Kubernetes Deployment; '# ... rest of the container spec unchanged' after the new env entries", r"""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: checkout
spec:
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
          image: ghcr.io/acme/checkout:3.2.0
          env:
            - name: PAYMENT_PROVIDER
              value: stripe
            - name: STRIPE_API_KEY
              valueFrom:
                secretKeyRef:
                  name: stripe
                  key: api-key
          # ... rest of the container spec unchanged
""")

placeholder("helm-values-keep-the-rest-of-your-config.yaml",
    "Helm values.yaml; '# keep the rest of your config' as the final line", r"""
image:
  repository: ghcr.io/acme/notifications
  tag: "2.0.1"

podAnnotations:
  prometheus.io/scrape: "true"
  prometheus.io/port: "9090"

metrics:
  enabled: true
  serviceMonitor:
    enabled: true
    interval: 30s

# keep the rest of your config
""")

placeholder("gitlab-ci-and-so-on-for-other-environments.yml",
    "GitLab CI; one deploy job written out then '# and so on for the other environments'", r"""
stages:
  - deploy

.deploy_template:
  stage: deploy
  image: alpine/helm:3.14.0
  script:
    - helm upgrade --install api ./chart -f values/$ENVIRONMENT.yaml --namespace $ENVIRONMENT

deploy_dev:
  extends: .deploy_template
  variables:
    ENVIRONMENT: dev
  environment: dev
  rules:
    - if: $CI_COMMIT_BRANCH == "develop"

# and so on for the other environments
""")

placeholder("ansible-playbook-bare-ellipsis-comment-in-tasks.yml",
    "Ansible playbook; a '# ...' line standing for omitted tasks inside the tasks sequence", r"""
---
- name: Provision app servers
  hosts: app
  become: true
  tasks:
    - name: Create deploy user
      ansible.builtin.user:
        name: deploy
        shell: /bin/bash
        groups: sudo
        append: true

    # ...

    - name: Enable the app service
      ansible.builtin.systemd:
        name: app
        enabled: true
        state: started
        daemon_reload: true
""")

placeholder("openapi-other-endpoints-elided.yaml",
    "OpenAPI spec; '# ... other endpoints ...' between two paths", r"""
openapi: 3.0.3
info:
  title: Library API
  version: 2.0.0
paths:
  /books:
    get:
      summary: List books
      responses:
        '200':
          description: OK
  # ... other endpoints ...
  /books/{id}/loans:
    post:
      summary: Borrow a book
      parameters:
        - name: id
          in: path
          required: true
          schema:
            type: string
      responses:
        '201':
          description: Loan created
        '409':
          description: Book already on loan
""")

placeholder("pre-commit-your-other-hooks.yaml",
    "pre-commit config; '# ... your other hooks' standing in for the rest of the repos list", r"""
repos:
  - repo: https://github.com/psf/black
    rev: 24.4.2
    hooks:
      - id: black
        language_version: python3.12
  # ... your other hooks
  - repo: https://github.com/PyCQA/isort
    rev: 5.13.2
    hooks:
      - id: isort
        args: ["--profile", "black"]
""")

placeholder("mkdocs-other-pages-omitted.yml",
    "mkdocs.yml; '# (other pages omitted for brevity)' inside the nav list", r"""
site_name: Harbor Internal Handbook
theme:
  name: material
  palette:
    primary: indigo
nav:
  - Welcome: index.md
  - Onboarding:
      - First week: onboarding/first-week.md
      # (other pages omitted for brevity)
  - Runbooks:
      - Database failover: runbooks/db-failover.md
      - Rotating secrets: runbooks/rotate-secrets.md
plugins:
  - search
""")

placeholder("circleci-previous-content-unchanged-at-top.yml",
    "CircleCI config; file opens with '# ... (previous content unchanged)' and only the new job follows", r"""
# ... (previous content unchanged)

  deploy:
    docker:
      - image: cimg/base:stable
    steps:
      - checkout
      - run:
          name: Deploy to Fly.io
          command: |
            curl -L https://fly.io/install.sh | sh
            ~/.fly/bin/flyctl deploy --remote-only
""")

placeholder("azure-pipelines-existing-stages.yml",
    "Azure Pipelines; '# ...existing stages...' before the newly added stage", r"""
trigger:
  branches:
    include: [main]

stages:
  # ...existing stages...

  - stage: SecurityScan
    dependsOn: Build
    jobs:
      - job: Trivy
        pool:
          vmImage: ubuntu-latest
        steps:
          - script: |
              docker run --rm aquasec/trivy:0.50.1 image --exit-code 1 --severity HIGH,CRITICAL $(imageName):$(Build.BuildId)
            displayName: Scan image
""")

placeholder("serverless-other-functions-remain-unchanged.yml",
    "Serverless Framework; '# other functions remain unchanged' after the edited function", r"""
service: media-pipeline
frameworkVersion: "3"

provider:
  name: aws
  runtime: nodejs20.x
  region: us-east-1

functions:
  transcode:
    handler: src/transcode.handler
    timeout: 900
    memorySize: 3008
    ephemeralStorageSize: 4096
    events:
      - s3:
          bucket: media-uploads
          event: s3:ObjectCreated:*
          rules:
            - suffix: .mov
  # other functions remain unchanged
""")

placeholder("k8s-ingress-add-remaining-hosts-the-same-way.yaml",
    "Kubernetes Ingress; '# add the remaining hosts here in the same way' at the end of rules", r"""
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: tenants
  annotations:
    cert-manager.io/cluster-issuer: letsencrypt
spec:
  ingressClassName: nginx
  rules:
    - host: alpha.example.com
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: tenant-alpha
                port:
                  number: 80
    # add the remaining hosts here in the same way
""")

placeholder("dependabot-etc-comment.yml",
    "dependabot.yml; '# etc.' after two update entries", r"""
version: 2
updates:
  - package-ecosystem: "pip"
    directory: "/services/api"
    schedule:
      interval: "weekly"
  - package-ecosystem: "pip"
    directory: "/services/worker"
    schedule:
      interval: "weekly"
  # etc.
""")

placeholder("conda-environment-rest-of-dependencies.yml",
    "conda environment.yml; '# ... (rest of dependencies)' in the middle of the dependency list", r"""
name: geo-analysis
channels:
  - conda-forge
dependencies:
  - python=3.11
  - geopandas
  - rasterio
  # ... (rest of dependencies)
  - pip:
      - earthengine-api
""")

placeholder("cloudformation-other-resources-omitted.yaml",
    "CloudFormation template; '# Other resources omitted for brevity' between resources and outputs", r"""
AWSTemplateFormatVersion: "2010-09-09"
Description: Queue-based order processing

Resources:
  OrdersQueue:
    Type: AWS::SQS::Queue
    Properties:
      VisibilityTimeout: 120
      RedrivePolicy:
        deadLetterTargetArn:
          Fn::GetAtt: [OrdersDLQ, Arn]
        maxReceiveCount: 5

  # Other resources omitted for brevity

Outputs:
  QueueUrl:
    Value:
      Ref: OrdersQueue
""")

placeholder("ansible-role-defaults-keep-existing-variables.yml",
    "Ansible role defaults/main.yml; '# ... keep your existing variables' at the top before the new ones", r"""
---
# ... keep your existing variables

redis_maxmemory: 512mb
redis_maxmemory_policy: allkeys-lru
redis_save_rules:
  - "900 1"
  - "300 10"
""")

# ---------------------------------------------------------------------------
# placeholder / shell   (a comment, or a bare '...' command line; bash -n passes)
# ---------------------------------------------------------------------------

placeholder("bootstrap-existing-setup-code-at-top.sh",
    "bootstrap script; '# ... existing setup code ...' right after the shebang, new code below", r"""
#!/usr/bin/env bash
# ... existing setup code ...

# Install uv if it is missing
if ! command -v uv >/dev/null 2>&1; then
  curl -LsSf https://astral.sh/uv/install.sh | sh
  export PATH="$HOME/.local/bin:$PATH"
fi

uv sync --frozen
uv run pre-commit install
""")

placeholder("migrate-bare-ellipsis-line.sh",
    "migration script; a bare '...' line in the middle standing for omitted commands (parses as a command)", r"""
#!/usr/bin/env bash
set -euo pipefail

export DATABASE_URL="${DATABASE_URL:?DATABASE_URL must be set}"

echo "Waiting for postgres"
until pg_isready -d "$DATABASE_URL" >/dev/null 2>&1; do
  sleep 1
done

...

npx prisma migrate deploy
npx prisma db seed
""")

placeholder("entrypoint-rest-of-script-unchanged.sh",
    "docker entrypoint; '# rest of the script unchanged' as the last line", r"""
#!/bin/sh
set -e

if [ -n "$WAIT_FOR_HOST" ]; then
  echo "waiting for $WAIT_FOR_HOST:$WAIT_FOR_PORT"
  while ! nc -z "$WAIT_FOR_HOST" "$WAIT_FOR_PORT"; do
    sleep 1
  done
fi

# rest of the script unchanged
""")

placeholder("manage-other-commands-in-case.sh",
    "management CLI; '# ... other commands' inside the case statement", r"""
#!/usr/bin/env bash
set -euo pipefail

cmd="${1:-help}"
shift || true

case "$cmd" in
  up)
    docker compose up -d "$@"
    ;;
  logs)
    docker compose logs -f --tail=100 "$@"
    ;;
  # ... other commands
  help|*)
    echo "usage: ./manage.sh {up|logs|down|shell|test}"
    ;;
esac
""")

placeholder("cleanup-function-existing-logic.sh",
    "CI helper; '# ... existing cleanup logic ...' inside a function body", r"""
#!/usr/bin/env bash
set -euo pipefail

LOCKFILE=/tmp/ci-runner.lock
WORKDIR=$(mktemp -d)

cleanup() {
  # ... existing cleanup logic ...
  rm -rf "$WORKDIR"
  rm -f "$LOCKFILE"
}
trap cleanup EXIT

touch "$LOCKFILE"
cd "$WORKDIR"
git clone --depth 1 "$REPO_URL" src
make -C src test
""")

placeholder("release-todo-same-as-before.sh",
    "release script; '# TODO: same as before' where the changelog step used to be", r"""
#!/usr/bin/env bash
set -euo pipefail

VERSION="$1"

if [[ ! "$VERSION" =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]]; then
  echo "version must look like 1.2.3" >&2
  exit 1
fi

npm version "$VERSION" --no-git-tag-version

# TODO: same as before

git add package.json package-lock.json CHANGELOG.md
git commit -m "chore(release): v${VERSION}"
git tag "v${VERSION}"
""")

placeholder("run-tests-keep-existing-argument-parsing.sh",
    "test runner; '# (keep the existing argument parsing here)' at the top of the script body", r"""
#!/usr/bin/env bash
set -euo pipefail

# (keep the existing argument parsing here)

if [[ "${COVERAGE:-0}" == "1" ]]; then
  pytest --cov=app --cov-report=term-missing "${PYTEST_ARGS[@]}"
else
  pytest "${PYTEST_ARGS[@]}"
fi
""")

placeholder("preflight-more-checks-here.sh",
    "preflight check script; '# ... more checks here' after the first two checks", r"""
#!/bin/sh
set -eu

fail() {
  echo "preflight: $*" >&2
  exit 1
}

command -v docker >/dev/null 2>&1 || fail "docker is not installed"
docker info >/dev/null 2>&1 || fail "docker daemon is not running"
# ... more checks here

echo "preflight: ok"
""")

placeholder("restart-services-and-so-on.sh",
    "service restart script; one service written out then '# and so on for the other services'", r"""
#!/usr/bin/env bash
set -euo pipefail

echo "Restarting api"
sudo systemctl restart api.service
sudo systemctl is-active --quiet api.service || {
  journalctl -u api.service -n 50 --no-pager
  exit 1
}

# and so on for the other services
""")

placeholder("provision-remaining-steps-identical.sh",
    "VM provisioning script; '# Remaining steps are identical to the original script' at the end", r"""
#!/usr/bin/env bash
set -euxo pipefail

export DEBIAN_FRONTEND=noninteractive

apt-get update
apt-get install -y --no-install-recommends \
  ca-certificates \
  curl \
  gnupg \
  unattended-upgrades

install -m 0755 -d /etc/apt/keyrings
curl -fsSL https://download.docker.com/linux/ubuntu/gpg | gpg --dearmor -o /etc/apt/keyrings/docker.gpg

# Remaining steps are identical to the original script
""")

placeholder("build-all-ellipsis-comment-in-array.sh",
    "monorepo build script; '# ...' inside a bash array literal of service names", r"""
#!/usr/bin/env bash
set -euo pipefail

SERVICES=(
  api
  worker
  scheduler
  # ...
)

for svc in "${SERVICES[@]}"; do
  echo "==> building $svc"
  docker build -t "registry.example.com/shop/${svc}:${TAG:-dev}" "services/${svc}"
done
""")

placeholder("deploy-existing-deploy-logic-angle-brackets.sh",
    "deploy script; '# <existing deploy logic>' inside the main function", r"""
#!/usr/bin/env bash
set -euo pipefail

ENVIRONMENT="${1:-staging}"

main() {
  echo "Deploying to ${ENVIRONMENT}"
  # <existing deploy logic>
  curl -fsS -X POST "https://hooks.example.com/deployments" \
    -d "environment=${ENVIRONMENT}" \
    -d "sha=$(git rev-parse HEAD)"
}

main "$@"
""")

placeholder("gen-certs-omitted-for-brevity.sh",
    "local TLS certificate script; '# ... (omitted for brevity)' between CA creation and signing", r"""
#!/usr/bin/env bash
set -euo pipefail

CERT_DIR=./certs
mkdir -p "$CERT_DIR"

openssl genrsa -out "$CERT_DIR/ca.key" 4096
openssl req -x509 -new -nodes -key "$CERT_DIR/ca.key" -sha256 -days 365 \
  -subj "/CN=Local Dev CA" -out "$CERT_DIR/ca.crt"

# ... (omitted for brevity)

openssl x509 -req -in "$CERT_DIR/server.csr" -CA "$CERT_DIR/ca.crt" \
  -CAkey "$CERT_DIR/ca.key" -CAcreateserial -out "$CERT_DIR/server.crt" -days 365 -sha256
echo "certificates written to $CERT_DIR"
""")

placeholder("ci-build-your-existing-build-commands.sh",
    "CI build script; '# Your existing build commands go here' followed by the new upload step", r"""
#!/usr/bin/env bash
set -euo pipefail

# Your existing build commands go here

echo "Uploading coverage"
curl -Os https://uploader.codecov.io/latest/linux/codecov
chmod +x codecov
./codecov -t "${CODECOV_TOKEN}" -f coverage.xml
""")

placeholder("sync-assets-bracketed-ellipsis.sh",
    "asset sync script; '# [...]' marking a cut between two parts of the script", r"""
#!/usr/bin/env bash
set -euo pipefail

BUCKET="s3://acme-static-${STAGE:-dev}"

npm run build
# [...]
aws s3 sync dist/ "$BUCKET" --delete --cache-control "public,max-age=31536000,immutable" --exclude "index.html"
aws s3 cp dist/index.html "$BUCKET/index.html" --cache-control "no-cache"
aws cloudfront create-invalidation --distribution-id "$DISTRIBUTION_ID" --paths "/index.html"
""")

placeholder("install-tools-etc-comment.sh",
    "dev tool installer; 'go install' lines then '# etc.'", r"""
#!/usr/bin/env bash
set -euo pipefail

go install golang.org/x/tools/cmd/goimports@latest
go install github.com/golangci/golangci-lint/cmd/golangci-lint@v1.57.2
go install gotest.tools/gotestsum@latest
# etc.

echo "tools installed into $(go env GOPATH)/bin"
""")

placeholder("healthcheck-unicode-ellipsis-rest-unchanged.sh",
    "healthcheck script; '# … rest unchanged' with a unicode ellipsis, as the last line", r"""
#!/bin/sh
set -eu

URL="${HEALTHCHECK_URL:-http://127.0.0.1:8080/healthz}"

status=$(curl -s -o /dev/null -w '%{http_code}' --max-time 3 "$URL" || echo 000)
if [ "$status" != "200" ]; then
  echo "unhealthy: $URL returned $status"
  exit 1
fi
# … rest unchanged
""")

# ---------------------------------------------------------------------------
# placeholder / TypeScript   (.ts / .tsx; the elision is a comment)
# ---------------------------------------------------------------------------

placeholder("use-auth-existing-imports.ts",
    "React hook; '// ... existing imports' as the first line", r"""
// ... existing imports
import { useCallback, useEffect, useState } from "react";

export function useAuth() {
  const [user, setUser] = useState<User | null>(null);
  const [loading, setLoading] = useState(true);

  useEffect(() => {
    const unsubscribe = onAuthStateChanged(auth, (next) => {
      setUser(next);
      setLoading(false);
    });
    return unsubscribe;
  }, []);

  const logout = useCallback(async () => {
    await signOut(auth);
    setUser(null);
  }, []);

  return { user, loading, logout };
}
""")

placeholder("product-card-rest-of-component-unchanged.tsx",
    "React component; '// rest of the component unchanged' inside the function before the return", r"""
import { useState } from "react";
import type { Product } from "../types";

interface ProductCardProps {
  product: Product;
  onAddToCart: (id: string, quantity: number) => void;
}

export function ProductCard({ product, onAddToCart }: ProductCardProps) {
  const [quantity, setQuantity] = useState(1);

  const handleAdd = () => {
    if (quantity < 1) return;
    onAddToCart(product.id, quantity);
    setQuantity(1);
  };

  // rest of the component unchanged

  return (
    <div className="product-card">
      <h3>{product.name}</h3>
      <button onClick={handleAdd}>Add to cart</button>
    </div>
  );
}
""")

placeholder("settings-page-jsx-comment-ellipsis.tsx",
    "React page; '{/* ... */}' inside the JSX tree standing for omitted markup", r"""
import { useForm } from "react-hook-form";

type SettingsForm = {
  displayName: string;
  emailNotifications: boolean;
};

export default function SettingsPage() {
  const { register, handleSubmit } = useForm<SettingsForm>();

  const onSubmit = async (values: SettingsForm) => {
    await fetch("/api/settings", {
      method: "PUT",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(values),
    });
  };

  return (
    <main className="mx-auto max-w-2xl p-6">
      <h1 className="text-2xl font-semibold">Settings</h1>
      <form onSubmit={handleSubmit(onSubmit)} className="space-y-4">
        <label className="block">
          Display name
          <input {...register("displayName")} className="input" />
        </label>
        {/* ... */}
        <button type="submit" className="btn-primary">
          Save
        </button>
      </form>
    </main>
  );
}
""")

placeholder("orders-controller-keep-existing-handlers.ts",
    "NestJS controller; '// (keep the existing handlers here)' between the constructor and a new handler", r"""
import { Body, Controller, Get, Param, Patch } from "@nestjs/common";
import { OrdersService } from "./orders.service";
import { UpdateOrderStatusDto } from "./dto/update-order-status.dto";

@Controller("orders")
export class OrdersController {
  constructor(private readonly ordersService: OrdersService) {}

  // (keep the existing handlers here)

  @Patch(":id/status")
  updateStatus(@Param("id") id: string, @Body() dto: UpdateOrderStatusDto) {
    return this.ordersService.updateStatus(id, dto.status);
  }

  @Get(":id/history")
  history(@Param("id") id: string) {
    return this.ordersService.history(id);
  }
}
""")

placeholder("invoice-service-todo-same-as-before.ts",
    "service class; a method body reduced to '// TODO: same as before'", r"""
import { prisma } from "../db";
import { renderInvoicePdf } from "../pdf";

export class InvoiceService {
  async create(customerId: string, lines: InvoiceLine[]) {
    const total = lines.reduce((sum, l) => sum + l.quantity * l.unitPrice, 0);
    return prisma.invoice.create({
      data: { customerId, total, lines: { create: lines } },
    });
  }

  async send(invoiceId: string) {
    // TODO: same as before
  }

  async pdf(invoiceId: string): Promise<Buffer> {
    const invoice = await prisma.invoice.findUniqueOrThrow({
      where: { id: invoiceId },
      include: { lines: true, customer: true },
    });
    return renderInvoicePdf(invoice);
  }
}
""")

placeholder("app-routes-other-routes-block-comment.ts",
    "Angular routes array; '/* ...other routes... */' between route entries", r"""
import { Routes } from "@angular/router";
import { authGuard } from "./core/auth.guard";

export const routes: Routes = [
  { path: "", pathMatch: "full", redirectTo: "dashboard" },
  {
    path: "dashboard",
    canActivate: [authGuard],
    loadComponent: () =>
      import("./dashboard/dashboard.component").then((m) => m.DashboardComponent),
  },
  /* ...other routes... */
  { path: "**", loadComponent: () => import("./not-found.component").then((m) => m.NotFoundComponent) },
];
""")

placeholder("cart-store-other-methods-remain-the-same.ts",
    "store class; '// ... other methods remain the same' as the last member", r"""
import { makeAutoObservable } from "mobx";

export interface CartItem {
  sku: string;
  name: string;
  price: number;
  quantity: number;
}

export class CartStore {
  items: CartItem[] = [];

  constructor() {
    makeAutoObservable(this);
  }

  get total(): number {
    return this.items.reduce((sum, item) => sum + item.price * item.quantity, 0);
  }

  add(item: CartItem) {
    const existing = this.items.find((i) => i.sku === item.sku);
    if (existing) {
      existing.quantity += item.quantity;
    } else {
      this.items.push(item);
    }
  }

  // ... other methods remain the same
}
""")

placeholder("event-types-etc-comment.ts",
    "analytics event name map; '// etc.' after a few entries", r"""
export const AnalyticsEvent = {
  SignUp: "sign_up",
  Login: "login",
  AddToCart: "add_to_cart",
  BeginCheckout: "begin_checkout",
  // etc.
} as const;

export type AnalyticsEventName = (typeof AnalyticsEvent)[keyof typeof AnalyticsEvent];

export function track(event: AnalyticsEventName, props: Record<string, unknown> = {}) {
  window.dataLayer?.push({ event, ...props });
}
""")

placeholder("api-client-existing-code-copilot-style.ts",
    "API client; '// ...existing code...' (editor-assistant style) before and after the edited function", r"""
// ...existing code...

export async function fetchJson<T>(path: string, init: RequestInit = {}): Promise<T> {
  const controller = new AbortController();
  const timeout = setTimeout(() => controller.abort(), 10_000);
  try {
    const res = await fetch(`${BASE_URL}${path}`, {
      ...init,
      signal: controller.signal,
      headers: { Accept: "application/json", ...init.headers },
    });
    if (!res.ok) {
      throw new ApiError(res.status, await res.text());
    }
    return (await res.json()) as T;
  } finally {
    clearTimeout(timeout);
  }
}

// ...existing code...
""")

placeholder("user-model-other-fields-unchanged.ts",
    "TypeScript interface; '/* other fields unchanged */' inside the interface body", r"""
export type Role = "admin" | "editor" | "viewer";

export interface User {
  id: string;
  email: string;
  role: Role;
  /* other fields unchanged */
  lastLoginAt?: Date;
  mfaEnabled: boolean;
}

export function isAdmin(user: Pick<User, "role">): boolean {
  return user.role === "admin";
}
""")

placeholder("todos-slice-same-for-remaining-reducers.ts",
    "Redux Toolkit slice; '// Same as above for the remaining reducers' inside the reducers object", r"""
import { createSlice, type PayloadAction } from "@reduxjs/toolkit";

interface Todo {
  id: string;
  title: string;
  done: boolean;
}

const initialState: Todo[] = [];

const todosSlice = createSlice({
  name: "todos",
  initialState,
  reducers: {
    todoAdded(state, action: PayloadAction<Todo>) {
      state.push(action.payload);
    },
    todoToggled(state, action: PayloadAction<string>) {
      const todo = state.find((t) => t.id === action.payload);
      if (todo) todo.done = !todo.done;
    },
    // Same as above for the remaining reducers
  },
});

export const { todoAdded, todoToggled } = todosSlice.actions;
export default todosSlice.reducer;
""")

placeholder("signup-schema-implement-rest-similarly.ts",
    "zod schema; '// ... implement the rest similarly' after the first fields", r"""
import { z } from "zod";

export const signupSchema = z
  .object({
    email: z.string().email("Enter a valid email address"),
    password: z.string().min(12, "Use at least 12 characters"),
    confirmPassword: z.string(),
    // ... implement the rest similarly
  })
  .refine((data) => data.password === data.confirmPassword, {
    message: "Passwords do not match",
    path: ["confirmPassword"],
  });

export type SignupInput = z.infer<typeof signupSchema>;
""")

placeholder("webhooks-router-unicode-ellipsis.ts",
    "Express router in TypeScript; a '// …' line (unicode ellipsis) inside a handler", r"""
import { Router, raw } from "express";
import Stripe from "stripe";

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);
export const webhooks = Router();

webhooks.post("/stripe", raw({ type: "application/json" }), (req, res) => {
  const signature = req.headers["stripe-signature"] as string;
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(req.body, signature, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch (err) {
    return res.status(400).send(`Webhook Error: ${(err as Error).message}`);
  }

  switch (event.type) {
    case "checkout.session.completed":
      // …
      break;
    default:
      console.log(`Unhandled event type ${event.type}`);
  }
  res.json({ received: true });
});
""")

placeholder("logger-previous-code-remains-unchanged.ts",
    "logger module; '// [previous code remains unchanged]' as the first line", r"""
// [previous code remains unchanged]

export function createRequestLogger(base: Logger) {
  return (req: Request, _res: Response, next: NextFunction) => {
    req.log = base.child({
      requestId: req.headers["x-request-id"] ?? crypto.randomUUID(),
      path: req.path,
    });
    next();
  };
}
""")

placeholder("checkout-form-rest-of-form-fields.tsx",
    "React checkout form; '{/* Rest of the form fields */}' in the JSX between two fields", r"""
import { FormEvent, useState } from "react";

export function CheckoutForm({ onSubmit }: { onSubmit: (data: FormData) => void }) {
  const [submitting, setSubmitting] = useState(false);

  async function handleSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setSubmitting(true);
    try {
      await onSubmit(new FormData(e.currentTarget));
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <form onSubmit={handleSubmit}>
      <input name="fullName" placeholder="Full name" required />
      {/* Rest of the form fields */}
      <input name="postalCode" placeholder="Postal code" required />
      <button type="submit" disabled={submitting}>
        {submitting ? "Placing order" : "Place order"}
      </button>
    </form>
  );
}
""")

placeholder("price-utils-test-omitted-for-brevity.test.ts",
    "Vitest test file; '// ... (omitted for brevity)' inside a describe block", r"""
import { describe, expect, it } from "vitest";
import { formatPrice, applyDiscount } from "./price-utils";

describe("formatPrice", () => {
  it("formats cents as euros", () => {
    expect(formatPrice(1999, "EUR", "de-DE")).toBe("19,99\u00a0€");
  });

  // ... (omitted for brevity)
});

describe("applyDiscount", () => {
  it("never goes below zero", () => {
    expect(applyDiscount(500, 1000)).toBe(0);
  });
});
""")

placeholder("vite-config-your-existing-config-here.ts",
    "vite.config.ts; '// Your existing config here' inside the config object", r"""
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

export default defineConfig({
  plugins: [react()],
  // Your existing config here
  server: {
    port: 5173,
    proxy: {
      "/api": {
        target: "http://localhost:8000",
        changeOrigin: true,
      },
    },
  },
});
""")

# ---------------------------------------------------------------------------
# placeholder / JavaScript   (.js / .jsx; the elision is a comment)
# ---------------------------------------------------------------------------

placeholder("express-server-existing-middleware.js",
    "Express server; '// ... existing middleware' between app creation and the new route", r"""
const express = require("express");
const rateLimit = require("express-rate-limit");

const app = express();

// ... existing middleware

const loginLimiter = rateLimit({
  windowMs: 15 * 60 * 1000,
  max: 5,
  standardHeaders: true,
  legacyHeaders: false,
  message: { error: "Too many login attempts, try again later" },
});

app.post("/api/login", loginLimiter, async (req, res) => {
  const { email, password } = req.body;
  const user = await authenticate(email, password);
  if (!user) return res.status(401).json({ error: "Invalid credentials" });
  res.json({ token: signToken(user) });
});

app.listen(process.env.PORT || 3000);
""")

placeholder("webpack-config-rest-of-your-config.js",
    "webpack.config.js; '// ... rest of your webpack config' as the last property comment", r"""
const path = require("path");
const MiniCssExtractPlugin = require("mini-css-extract-plugin");

module.exports = {
  entry: "./src/index.js",
  output: {
    path: path.resolve(__dirname, "dist"),
    filename: "[name].[contenthash].js",
    clean: true,
  },
  module: {
    rules: [
      {
        test: /\.s[ac]ss$/i,
        use: [MiniCssExtractPlugin.loader, "css-loader", "sass-loader"],
      },
    ],
  },
  plugins: [new MiniCssExtractPlugin()],
  // ... rest of your webpack config
};
""")

placeholder("dashboard-existing-jsx.jsx",
    "React component; '{/* ...existing JSX... */}' inside the returned markup", r"""
import { useEffect, useState } from "react";
import { fetchStats } from "./api";

export default function Dashboard() {
  const [stats, setStats] = useState(null);
  const [error, setError] = useState(null);

  useEffect(() => {
    fetchStats().then(setStats).catch(setError);
  }, []);

  if (error) return <p className="error">Could not load stats.</p>;

  return (
    <section className="dashboard">
      {/* ...existing JSX... */}
      {stats && (
        <ul className="stats">
          <li>Active users: {stats.activeUsers}</li>
          <li>Revenue: {stats.revenue}</li>
        </ul>
      )}
    </section>
  );
}
""")

placeholder("eslint-config-other-rules-unchanged.js",
    "legacy .eslintrc.js; '// other rules unchanged' at the end of the rules object", r"""
module.exports = {
  root: true,
  env: { browser: true, es2022: true, node: true },
  extends: ["eslint:recommended", "plugin:react/recommended", "prettier"],
  parserOptions: { ecmaVersion: "latest", sourceType: "module" },
  settings: { react: { version: "detect" } },
  rules: {
    "no-unused-vars": ["warn", { argsIgnorePattern: "^_" }],
    "react/prop-types": "off",
    // other rules unchanged
  },
};
""")

placeholder("cart-test-more-test-cases.js",
    "Jest test; '// ... more test cases' at the end of a describe block", r"""
const { addItem, removeItem, cartTotal } = require("../src/cart");

describe("cart", () => {
  test("adds a new item", () => {
    const cart = addItem([], { sku: "A1", price: 500, qty: 1 });
    expect(cart).toHaveLength(1);
  });

  test("removing an unknown sku is a no-op", () => {
    const cart = [{ sku: "A1", price: 500, qty: 1 }];
    expect(removeItem(cart, "ZZ")).toEqual(cart);
  });

  test("total sums price times quantity", () => {
    expect(cartTotal([{ sku: "A1", price: 250, qty: 4 }])).toBe(1000);
  });

  // ... more test cases
});
""")

placeholder("csv-export-block-comment-ellipsis.js",
    "Node script; '/* ... */' inside a function body standing for the omitted row mapping", r"""
const fs = require("fs");
const { stringify } = require("csv-stringify/sync");

async function exportUsers(db, outFile) {
  const users = await db.collection("users").find({ deleted: false }).toArray();
  const rows = users.map((u) => {
    /* ... */
    return [u._id.toString(), u.email, u.createdAt.toISOString()];
  });
  fs.writeFileSync(outFile, stringify([["id", "email", "created_at"], ...rows]));
  console.log(`wrote ${rows.length} rows to ${outFile}`);
}

module.exports = { exportUsers };
""")

placeholder("next-config-keep-existing-settings.js",
    "next.config.js; '// keep your existing settings' inside nextConfig", r"""
/** @type {import('next').NextConfig} */
const nextConfig = {
  // keep your existing settings
  images: {
    remotePatterns: [
      { protocol: "https", hostname: "images.example-cdn.com" },
    ],
  },
  async redirects() {
    return [{ source: "/blog/:slug", destination: "/posts/:slug", permanent: true }];
  },
};

module.exports = nextConfig;
""")

placeholder("mongoose-user-model-other-fields.js",
    "Mongoose schema; '// ...other fields' inside the schema definition", r"""
const mongoose = require("mongoose");
const bcrypt = require("bcryptjs");

const userSchema = new mongoose.Schema(
  {
    email: { type: String, required: true, unique: true, lowercase: true, trim: true },
    passwordHash: { type: String, required: true },
    // ...other fields
  },
  { timestamps: true }
);

userSchema.methods.verifyPassword = function verifyPassword(password) {
  return bcrypt.compare(password, this.passwordHash);
};

module.exports = mongoose.model("User", userSchema);
""")

placeholder("notifications-reducer-other-cases-unchanged.js",
    "Redux reducer; '// (other cases unchanged)' inside the switch", r"""
const initialState = { items: [], unread: 0 };

export default function notificationsReducer(state = initialState, action) {
  switch (action.type) {
    case "notifications/received":
      return {
        ...state,
        items: [action.payload, ...state.items],
        unread: state.unread + 1,
      };
    case "notifications/markAllRead":
      return { ...state, unread: 0 };
    // (other cases unchanged)
    default:
      return state;
  }
}
""")

placeholder("geolocation-existing-code-at-top.js",
    "browser module; '// Existing code...' as the first line, new function below", r"""
// Existing code...

export function watchPosition(onChange, onError) {
  if (!("geolocation" in navigator)) {
    onError(new Error("Geolocation is not supported by this browser"));
    return () => {};
  }
  const id = navigator.geolocation.watchPosition(
    (pos) => onChange({ lat: pos.coords.latitude, lng: pos.coords.longitude }),
    onError,
    { enableHighAccuracy: true, maximumAge: 10000 }
  );
  return () => navigator.geolocation.clearWatch(id);
}
""")

placeholder("tailwind-config-rest-of-theme.js",
    "tailwind.config.js; '// ... rest of theme' inside theme.extend", r"""
/** @type {import('tailwindcss').Config} */
module.exports = {
  content: ["./src/**/*.{js,jsx,ts,tsx}", "./index.html"],
  darkMode: "class",
  theme: {
    extend: {
      colors: {
        brand: {
          50: "#eef6ff",
          500: "#2f6fed",
          900: "#0b2a6b",
        },
      },
      // ... rest of theme
    },
  },
  plugins: [require("@tailwindcss/forms")],
};
""")

placeholder("profile-page-rest-stays-the-same.jsx",
    "React component file; '// rest of the component stays the same' as the last line", r"""
import { useParams } from "react-router-dom";
import useSWR from "swr";

export default function ProfilePage() {
  const { username } = useParams();
  const { data: profile, isLoading } = useSWR(`/api/users/${username}`);

  if (isLoading) return <Spinner />;
  if (!profile) return <NotFound />;

  return (
    <article className="profile">
      <img src={profile.avatarUrl} alt="" className="avatar" />
      <h1>{profile.displayName}</h1>
    </article>
  );
}

// rest of the component stays the same
""")

placeholder("cli-other-commands.js",
    "commander CLI; '// ... other commands' between command definitions", r"""
#!/usr/bin/env node
const { Command } = require("commander");
const { version } = require("../package.json");

const program = new Command();
program.name("shipit").description("Deploy helper").version(version);

program
  .command("deploy <env>")
  .option("--dry-run", "print the plan without applying it")
  .action(async (env, opts) => {
    const { deploy } = require("../lib/deploy");
    await deploy(env, { dryRun: Boolean(opts.dryRun) });
  });

// ... other commands

program.parseAsync(process.argv);
""")

placeholder("service-worker-same-as-before.js",
    "service worker; fetch handler with '// (same as before)' in place of the install handler", r"""
const CACHE = "static-v3";
const ASSETS = ["/", "/index.html", "/app.css", "/app.js"];

self.addEventListener("install", (event) => {
  // (same as before)
});

self.addEventListener("fetch", (event) => {
  if (event.request.method !== "GET") return;
  event.respondWith(
    caches.match(event.request).then((cached) => cached || fetch(event.request))
  );
});
""")

placeholder("app-routes-other-routes-jsx.jsx",
    "React Router app; '{/* other routes */}' between <Route> elements", r"""
import { BrowserRouter, Route, Routes } from "react-router-dom";
import Layout from "./Layout";
import Home from "./pages/Home";
import Orders from "./pages/Orders";
import NotFound from "./pages/NotFound";

export default function App() {
  return (
    <BrowserRouter>
      <Routes>
        <Route element={<Layout />}>
          <Route index element={<Home />} />
          <Route path="orders" element={<Orders />} />
          {/* other routes */}
          <Route path="*" element={<NotFound />} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}
""")

placeholder("http-status-messages-etc.js",
    "status message map; '// etc.' after a few entries", r"""
const STATUS_MESSAGES = {
  400: "The request was malformed.",
  401: "Please sign in to continue.",
  403: "You do not have access to this resource.",
  404: "We could not find what you were looking for.",
  // etc.
};

function messageFor(status) {
  return STATUS_MESSAGES[status] || "Something went wrong.";
}

module.exports = { STATUS_MESSAGES, messageFor };
""")

placeholder("rate-limiter-implementation-unchanged.js",
    "token bucket class; a method body replaced by '// implementation unchanged'", r"""
class TokenBucket {
  constructor(capacity, refillPerSecond) {
    this.capacity = capacity;
    this.tokens = capacity;
    this.refillPerSecond = refillPerSecond;
    this.lastRefill = Date.now();
  }

  refill() {
    // implementation unchanged
  }

  tryRemove(count = 1) {
    this.refill();
    if (this.tokens < count) return false;
    this.tokens -= count;
    return true;
  }
}

module.exports = { TokenBucket };
""")

# ---------------------------------------------------------------------------
# llm-chatter / YAML
# ---------------------------------------------------------------------------

chatter("docker-compose-heres-the-updated-file-top.yml",
    "top: \"Here's the updated docker-compose.yml with the healthcheck added:\" (parses as a null-valued key)", r"""
Here's the updated docker-compose.yml with the healthcheck added:
services:
  api:
    build: .
    ports:
      - "8000:8000"
    depends_on:
      db:
        condition: service_healthy
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD: example
    healthcheck:
      test: ["CMD-SHELL", "pg_isready -U postgres"]
      interval: 5s
      timeout: 3s
      retries: 10
""")

chatter("github-actions-configuration-does-the-following-end.yml",
    "end: 'This configuration does the following:' followed by a numbered explanation list", r"""
name: Node CI

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
      - run: npm test

This configuration does the following:
1. Runs on every push to main and on every pull request.
2. Tests against Node 18, 20 and 22 using a build matrix.
3. Caches npm dependencies to speed up the install step.
""")

chatter("github-actions-let-me-know-caching-end.yml",
    "end: 'Let me know if you want me to add caching!' after the workflow", r"""
name: Rust

on: [push, pull_request]

env:
  CARGO_TERM_COLOR: always

jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Build
        run: cargo build --verbose
      - name: Run tests
        run: cargo test --verbose

Let me know if you want me to add caching!
""")

chatter("k8s-deployment-bold-changes-made-heading.yaml",
    "markdown bold heading '**Changes made:**' and bullet list after the manifest", r"""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: search
spec:
  replicas: 2
  selector:
    matchLabels:
      app: search
  template:
    metadata:
      labels:
        app: search
    spec:
      containers:
        - name: search
          image: ghcr.io/acme/search:1.9.0
          resources:
            requests:
              cpu: 200m
              memory: 512Mi
            limits:
              memory: 1Gi

**Changes made:**
- Added memory limits so the pod is not OOM-killed by neighbours
- Lowered the CPU request to 200m
""")

chatter("docker-compose-note-requires-docker-version.yml",
    "end: 'Note: this requires Docker Compose v2.20 or later.' (parses as a top-level key/value)", r"""
services:
  app:
    image: node:20-alpine
    working_dir: /app
    command: npm run dev
    volumes:
      - .:/app
    develop:
      watch:
        - action: sync
          path: ./src
          target: /app/src
        - action: rebuild
          path: package.json

Note: this requires Docker Compose v2.20 or later.
""")

chatter("github-actions-sure-here-is-the-workflow-top.yml",
    "top: 'Sure! Here is the GitHub Actions workflow that runs your tests on every push:' (parses as a key)", r"""
Sure! Here is the GitHub Actions workflow that runs your tests on every push:
name: Go

on: push

jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-go@v5
        with:
          go-version: "1.22"
      - run: go vet ./...
      - run: go test -race ./...
""")

chatter("k8s-prose-between-deployment-and-service.yaml",
    "between two documents: 'Next, create a Service to expose the deployment inside the cluster:' (parses as an extra key of the first document)", r"""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: grafana
spec:
  replicas: 1
  selector:
    matchLabels:
      app: grafana
  template:
    metadata:
      labels:
        app: grafana
    spec:
      containers:
        - name: grafana
          image: grafana/grafana:10.4.2
          ports:
            - containerPort: 3000

Next, create a Service to expose the deployment inside the cluster:
---
apiVersion: v1
kind: Service
metadata:
  name: grafana
spec:
  selector:
    app: grafana
  ports:
    - port: 80
      targetPort: 3000
""")

chatter("ansible-this-playbook-will-top.yml",
    "top: 'This playbook will:' before the play (parses: the play list becomes the value of that key)", r"""
This playbook will:
- name: Harden SSH
  hosts: all
  become: true
  tasks:
    - name: Disable password authentication
      ansible.builtin.lineinfile:
        path: /etc/ssh/sshd_config
        regexp: '^#?PasswordAuthentication'
        line: PasswordAuthentication no
      notify: Restart sshd
  handlers:
    - name: Restart sshd
      ansible.builtin.service:
        name: sshd
        state: restarted
""")

chatter("k8s-hpa-explanation-with-backticks-end.yaml",
    "end: 'Explanation:' followed by bullets that start with inline code backticks", r"""
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: api
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: api
  minReplicas: 2
  maxReplicas: 10
  metrics:
    - type: Resource
      resource:
        name: cpu
        target:
          type: Utilization
          averageUtilization: 70

Explanation:
`minReplicas: 2` keeps at least two pods for availability.
`averageUtilization: 70` scales out when average CPU goes above 70%.
""")

chatter("gitlab-ci-ive-added-cache-section-top.yml",
    "top: 'I've added a `cache` section so dependencies are reused between pipelines.' as a bare sentence", r"""
I've added a `cache` section so dependencies are reused between pipelines.

image: ruby:3.3

cache:
  key:
    files:
      - Gemfile.lock
  paths:
    - vendor/bundle

before_script:
  - bundle config set path vendor/bundle
  - bundle install -j $(nproc)

rspec:
  script:
    - bundle exec rspec
""")

chatter("helm-values-markdown-explanation-heading-end.yaml",
    "end: markdown heading '### Explanation' (a YAML comment) followed by prose sentences", r"""
replicaCount: 3

image:
  repository: ghcr.io/acme/gateway
  tag: "5.1.0"

podDisruptionBudget:
  enabled: true
  minAvailable: 2

### Explanation

The `podDisruptionBudget` keeps at least two gateway pods running during node drains.
You can lower `replicaCount` in dev to save resources.
""")

chatter("openapi-here-is-spec-and-swagger-tip.yaml",
    "top: 'Here is the OpenAPI 3.0 spec for your todo API:' and end: 'You can paste this into Swagger Editor to preview it.'", r"""
Here is the OpenAPI 3.0 spec for your todo API:

openapi: 3.0.3
info:
  title: Todo API
  version: 1.0.0
paths:
  /todos:
    get:
      summary: List todos
      responses:
        '200':
          description: A list of todos
    post:
      summary: Create a todo
      responses:
        '201':
          description: Created

You can paste this into Swagger Editor to preview it.
""")

chatter("pre-commit-to-install-run-end.yaml",
    "end: 'To install the hooks, run: pre-commit install' (parses as a key/value)", r"""
repos:
  - repo: https://github.com/pre-commit/pre-commit-hooks
    rev: v4.6.0
    hooks:
      - id: check-merge-conflict
      - id: detect-private-key
  - repo: https://github.com/gitleaks/gitleaks
    rev: v8.18.2
    hooks:
      - id: gitleaks

To install the hooks, run: pre-commit install
""")

chatter("dependabot-make-sure-to-commit-end.yml",
    "end: 'Make sure to commit this file to `.github/dependabot.yml`.' as a bare sentence", r"""
version: 2
updates:
  - package-ecosystem: "cargo"
    directory: "/"
    schedule:
      interval: "weekly"
      day: "monday"
    ignore:
      - dependency-name: "tokio"
        update-types: ["version-update:semver-major"]

Make sure to commit this file to `.github/dependabot.yml`.
""")

chatter("serverless-key-changes-list-end.yml",
    "end: 'Key changes:' with a dash list of explanations (parses as a key whose value is a list of strings)", r"""
service: image-resizer
frameworkVersion: "3"

provider:
  name: aws
  runtime: nodejs20.x
  timeout: 30
  memorySize: 1024

functions:
  resize:
    handler: handler.resize
    events:
      - s3:
          bucket: uploads-raw
          event: s3:ObjectCreated:*

Key changes:
- Increased the timeout to 30 seconds so large images do not time out
- Bumped memory to 1024 MB, which also gives Lambda more CPU
""")

chatter("mkdocs-heres-a-complete-config-top.yml",
    "top: \"Here's a complete `mkdocs.yml` for the Material theme:\" (parses as a null-valued key)", r"""
Here's a complete `mkdocs.yml` for the Material theme:

site_name: Pipeline Toolkit
theme:
  name: material
  palette:
    - scheme: default
      toggle:
        icon: material/brightness-7
        name: Switch to dark mode
    - scheme: slate
      toggle:
        icon: material/brightness-4
        name: Switch to light mode
nav:
  - Home: index.md
  - Usage: usage.md
""")

chatter("circleci-hope-this-helps-end.yml",
    "end: 'Hope this helps! Let me know if you run into any issues.'", r"""
version: 2.1

jobs:
  build:
    docker:
      - image: cimg/node:20.12
    steps:
      - checkout
      - restore_cache:
          keys:
            - deps-{{ checksum "package-lock.json" }}
      - run: npm ci
      - save_cache:
          key: deps-{{ checksum "package-lock.json" }}
          paths:
            - ~/.npm
      - run: npm run build

workflows:
  build:
    jobs:
      - build

Hope this helps! Let me know if you run into any issues.
""")

chatter("azure-pipelines-note-replace-service-connection.yml",
    "end: 'Note: Replace `my-azure-connection` with the name of your service connection.' (parses as key/value)", r"""
trigger:
  - main

pool:
  vmImage: ubuntu-latest

steps:
  - task: AzureWebApp@1
    inputs:
      azureSubscription: my-azure-connection
      appType: webAppLinux
      appName: contoso-web
      package: $(System.DefaultWorkingDirectory)/**/*.zip

Note: Replace `my-azure-connection` with the name of your service connection.
""")

chatter("github-actions-bold-explanation-numbered.yml",
    "end: '**Explanation:**' bold heading and a numbered list using bold labels", r"""
name: Scheduled cleanup

on:
  schedule:
    - cron: "30 2 * * *"

jobs:
  cleanup:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/delete-package-versions@v5
        with:
          package-name: app
          package-type: container
          min-versions-to-keep: 20

**Explanation:**

1. **schedule**: runs every night at 02:30 UTC.
2. **min-versions-to-keep**: keeps the 20 newest image versions.
""")

chatter("ansible-inventory-chatter-comment-top.yml",
    "top: model prose written as a YAML comment, '# Here's the updated inventory with the new database hosts:'", r"""
# Here's the updated inventory with the new database hosts:
all:
  children:
    web:
      hosts:
        web-01.internal:
        web-02.internal:
    db:
      hosts:
        db-01.internal:
          postgres_role: primary
        db-02.internal:
          postgres_role: replica
""")

chatter("conda-environment-with-this-you-can-end.yml",
    "end: 'With this environment you can run `conda env create -f environment.yml` and then activate it with `conda activate nlp`.'", r"""
name: nlp
channels:
  - pytorch
  - nvidia
  - conda-forge
dependencies:
  - python=3.11
  - pytorch
  - pytorch-cuda=12.1
  - transformers
  - datasets
  - pip
  - pip:
      - sentencepiece

With this environment you can run `conda env create -f environment.yml` and then activate it with `conda activate nlp`.
""")

chatter("cloudformation-step-prose-between-sections.yaml",
    "between sections: 'Now add the outputs section so other stacks can import the bucket name:' before Outputs", r"""
AWSTemplateFormatVersion: "2010-09-09"
Description: Artifact bucket

Resources:
  ArtifactBucket:
    Type: AWS::S3::Bucket
    Properties:
      VersioningConfiguration:
        Status: Enabled
      PublicAccessBlockConfiguration:
        BlockPublicAcls: true
        BlockPublicPolicy: true
        IgnorePublicAcls: true
        RestrictPublicBuckets: true

Now add the outputs section so other stacks can import the bucket name:

Outputs:
  ArtifactBucketName:
    Value:
      Ref: ArtifactBucket
    Export:
      Name: artifact-bucket-name
""")

# ---------------------------------------------------------------------------
# llm-chatter / TypeScript and JavaScript
# ---------------------------------------------------------------------------

chatter("use-auth-heres-the-updated-hook-top.ts",
    "top: \"Here's the updated `useAuth` hook with token refresh:\" before the code", r"""
Here's the updated `useAuth` hook with token refresh:

import { useEffect, useState } from "react";
import { refreshToken, getSession, type Session } from "../lib/auth";

export function useAuth() {
  const [session, setSession] = useState<Session | null>(null);

  useEffect(() => {
    getSession().then(setSession);
  }, []);

  useEffect(() => {
    if (!session) return;
    const ms = session.expiresAt - Date.now() - 60_000;
    const id = setTimeout(async () => setSession(await refreshToken(session)), Math.max(ms, 0));
    return () => clearTimeout(id);
  }, [session]);

  return session;
}
""")

chatter("search-box-component-does-the-following-end.tsx",
    "end: 'This component does the following:' and a numbered list", r"""
import { useDeferredValue, useState } from "react";
import { useSearch } from "./use-search";

export function SearchBox() {
  const [query, setQuery] = useState("");
  const deferred = useDeferredValue(query);
  const { results, isLoading } = useSearch(deferred);

  return (
    <div role="search">
      <input
        type="search"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        aria-label="Search products"
      />
      {isLoading && <span aria-live="polite">Searching</span>}
      <ul>
        {results.map((r) => (
          <li key={r.id}>{r.title}</li>
        ))}
      </ul>
    </div>
  );
}

This component does the following:
1. Keeps the input responsive by deferring the search query.
2. Announces the loading state to screen readers.
3. Renders the results as a simple list.
""")

chatter("retry-fetch-let-me-know-tests-end.js",
    "end: \"Let me know if you'd like me to add tests for this!\"", r"""
async function retryFetch(url, options = {}, retries = 3, backoffMs = 300) {
  for (let attempt = 0; attempt <= retries; attempt++) {
    try {
      const res = await fetch(url, options);
      if (res.status < 500) return res;
    } catch (err) {
      if (attempt === retries) throw err;
    }
    await new Promise((r) => setTimeout(r, backoffMs * 2 ** attempt));
  }
  throw new Error(`Request to ${url} failed after ${retries + 1} attempts`);
}

module.exports = { retryFetch };

Let me know if you'd like me to add tests for this!
""")

chatter("rate-limit-middleware-bold-changes-made-between.ts",
    "between two parts: '**Changes made:**' bullet list, then the second half of the code", r"""
import type { NextFunction, Request, Response } from "express";
import { redis } from "./redis";

const WINDOW_SECONDS = 60;
const MAX_REQUESTS = 100;

**Changes made:**
- Moved the counters to Redis so limits are shared across instances
- Added the `Retry-After` header

export async function rateLimit(req: Request, res: Response, next: NextFunction) {
  const key = `rl:${req.ip}`;
  const count = await redis.incr(key);
  if (count === 1) await redis.expire(key, WINDOW_SECONDS);
  if (count > MAX_REQUESTS) {
    res.setHeader("Retry-After", String(WINDOW_SECONDS));
    return res.status(429).json({ error: "Too many requests" });
  }
  next();
}
""")

chatter("todo-list-sure-below-is-component-top.jsx",
    "top: 'Sure! Below is a React component that lets users add and remove todos.'", r"""
Sure! Below is a React component that lets users add and remove todos.

import { useState } from "react";

export default function TodoList() {
  const [todos, setTodos] = useState([]);
  const [text, setText] = useState("");

  const add = () => {
    if (!text.trim()) return;
    setTodos([...todos, { id: Date.now(), text }]);
    setText("");
  };

  return (
    <div>
      <input value={text} onChange={(e) => setText(e.target.value)} />
      <button onClick={add}>Add</button>
      <ul>
        {todos.map((t) => (
          <li key={t.id}>
            {t.text}
            <button onClick={() => setTodos(todos.filter((x) => x.id !== t.id))}>x</button>
          </li>
        ))}
      </ul>
    </div>
  );
}
""")

chatter("router-now-update-index-between-files.ts",
    "between two files: 'Now update `src/index.ts` to use the new router:' between router.ts and index.ts content", r"""
import { Router } from "express";
import { listProjects, createProject } from "./projects.controller";

export const projectsRouter = Router();

projectsRouter.get("/", listProjects);
projectsRouter.post("/", createProject);

Now update `src/index.ts` to use the new router:

import express from "express";
import { projectsRouter } from "./projects.router";

const app = express();
app.use(express.json());
app.use("/api/projects", projectsRouter);
app.listen(3000, () => console.log("listening on :3000"));
""")

chatter("debounce-how-it-works-heading-end.js",
    "end: markdown heading '### How it works' and a paragraph", r"""
export function debounce(fn, wait = 250) {
  let timer;
  return function debounced(...args) {
    clearTimeout(timer);
    timer = setTimeout(() => fn.apply(this, args), wait);
  };
}

### How it works

Every call clears the pending timer, so `fn` only runs once the calls stop for `wait` milliseconds.
""")

chatter("button-props-ive-also-added-types-end.tsx",
    "end: \"I've also added proper TypeScript types for the props.\"", r"""
import type { ButtonHTMLAttributes, ReactNode } from "react";
import clsx from "clsx";

type Variant = "primary" | "secondary" | "danger";

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: Variant;
  icon?: ReactNode;
}

export function Button({ variant = "primary", icon, className, children, ...rest }: ButtonProps) {
  return (
    <button className={clsx("btn", `btn-${variant}`, className)} {...rest}>
      {icon}
      {children}
    </button>
  );
}

I've also added proper TypeScript types for the props.
""")

chatter("format-date-key-changes-list-end.js",
    "end: 'Key changes:' followed by a dash list", r"""
function formatDate(date, locale = "en-GB") {
  const d = date instanceof Date ? date : new Date(date);
  if (Number.isNaN(d.getTime())) {
    throw new TypeError(`Invalid date: ${date}`);
  }
  return new Intl.DateTimeFormat(locale, {
    year: "numeric",
    month: "short",
    day: "2-digit",
  }).format(d);
}

module.exports = { formatDate };

Key changes:
- Replaced `var` with `const`
- Used `Intl.DateTimeFormat` instead of string concatenation
- Throws a `TypeError` for invalid input
""")

chatter("use-local-storage-this-should-fix-error-end.ts",
    "end: 'This should fix the `window is not defined` error during server-side rendering.'", r"""
import { useEffect, useState } from "react";

export function useLocalStorage<T>(key: string, initial: T) {
  const [value, setValue] = useState<T>(initial);

  useEffect(() => {
    if (typeof window === "undefined") return;
    const stored = window.localStorage.getItem(key);
    if (stored !== null) setValue(JSON.parse(stored) as T);
  }, [key]);

  useEffect(() => {
    if (typeof window === "undefined") return;
    window.localStorage.setItem(key, JSON.stringify(value));
  }, [key, value]);

  return [value, setValue] as const;
}

This should fix the `window is not defined` error during server-side rendering.
""")

chatter("express-rate-limit-certainly-top.js",
    "top: \"Certainly! Here's the Express server with rate limiting:\"", r"""
Certainly! Here's the Express server with rate limiting:

const express = require("express");
const rateLimit = require("express-rate-limit");

const app = express();

app.use(
  rateLimit({
    windowMs: 60 * 1000,
    limit: 60,
    standardHeaders: "draft-7",
  })
);

app.get("/api/health", (req, res) => res.json({ ok: true }));

app.listen(3000);
""")

chatter("env-schema-note-install-zod-top.ts",
    "top: \"Note: You'll need to install `zod` first: npm install zod\"", r"""
Note: You'll need to install `zod` first: npm install zod

import { z } from "zod";

const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: z.string().url(),
  PORT: z.coerce.number().int().positive().default(3000),
});

export const env = EnvSchema.parse(process.env);
""")

chatter("chunk-array-refactored-comment-chatter-top.js",
    "top: model prose left as a line comment, \"// Here's the refactored version using a generator function:\" (parses)", r"""
// Here's the refactored version using a generator function:
function* chunk(items, size) {
  if (size <= 0) throw new RangeError("size must be positive");
  for (let i = 0; i < items.length; i += size) {
    yield items.slice(i, i + size);
  }
}

module.exports = { chunk };
""")

chatter("upload-handler-let-me-know-comment-end.ts",
    "end: model prose left as a line comment, '// Let me know if you want me to add error handling for the edge cases!' (parses)", r"""
import { S3Client, PutObjectCommand } from "@aws-sdk/client-s3";
import { randomUUID } from "node:crypto";

const s3 = new S3Client({ region: process.env.AWS_REGION });

export async function uploadAvatar(userId: string, body: Buffer, contentType: string) {
  const key = `avatars/${userId}/${randomUUID()}`;
  await s3.send(
    new PutObjectCommand({
      Bucket: process.env.AVATAR_BUCKET,
      Key: key,
      Body: body,
      ContentType: contentType,
    })
  );
  return key;
}

// Let me know if you want me to add error handling for the edge cases!
""")

chatter("run-migrations-usage-label-end.ts",
    "end: 'Usage:' line followed by an example call (parses: 'Usage:' is a JavaScript label)", r"""
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { pool } from "./db";

export async function runMigrations({ dryRun = false } = {}) {
  const dir = path.join(__dirname, "migrations");
  const files = (await readdir(dir)).filter((f) => f.endsWith(".sql")).sort();
  for (const file of files) {
    const sql = await readFile(path.join(dir, file), "utf8");
    console.log(`${dryRun ? "[dry-run] " : ""}applying ${file}`);
    if (!dryRun) await pool.query(sql);
  }
}

Usage:

runMigrations({ dryRun: true });
""")

chatter("cart-test-here-is-the-test-file-top.js",
    "top: 'Here is the test file (`__tests__/cart.test.js`):'", r"""
Here is the test file (`__tests__/cart.test.js`):

const { Cart } = require("../src/cart");

describe("Cart", () => {
  it("starts empty", () => {
    expect(new Cart().items).toEqual([]);
  });

  it("applies a percentage coupon", () => {
    const cart = new Cart();
    cart.add({ sku: "tee", price: 2000, qty: 2 });
    cart.applyCoupon({ type: "percent", value: 10 });
    expect(cart.total()).toBe(3600);
  });
});
""")

chatter("modal-bold-explanation-end.tsx",
    "end: '**Explanation:**' with bold-labelled bullets", r"""
import { useEffect, useRef } from "react";
import { createPortal } from "react-dom";

export function Modal({ open, onClose, children }: { open: boolean; onClose: () => void; children: React.ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return createPortal(
    <dialog ref={ref} onClose={onClose} className="modal">
      {children}
    </dialog>,
    document.body
  );
}

**Explanation:**
- **`<dialog>`**: uses the native element, so focus trapping and Escape handling come for free.
- **Portal**: renders into `document.body` to avoid z-index issues.
""")

chatter("slugify-in-this-example-end.js",
    "end: 'In this example, ...' paragraph after the code", r"""
export function slugify(input) {
  return input
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .trim()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

In this example, the string is first normalized so accented characters become plain letters, then everything that is not a letter or digit is replaced with a hyphen.
""")

chatter("api-types-jsdoc-block-chatter-top.ts",
    "top: model prose left in a block comment, 'Below is the updated type definitions file. I have made the following changes: ...' with a numbered list (parses)", r"""
/*
Below is the updated type definitions file. I have made the following changes:
1. Made `updatedAt` optional, since older records do not have it.
2. Added the `archived` status to `ProjectStatus`.
*/
export type ProjectStatus = "active" | "paused" | "archived";

export interface Project {
  id: string;
  name: string;
  status: ProjectStatus;
  createdAt: string;
  updatedAt?: string;
}
""")

chatter("infinite-scroll-step-by-step-between.jsx",
    "between two parts: 'Step 2: Use the hook in your list component' between a hook and the component that uses it", r"""
import { useEffect, useRef } from "react";

export function useInfiniteScroll(onLoadMore) {
  const sentinel = useRef(null);
  useEffect(() => {
    const observer = new IntersectionObserver(([entry]) => {
      if (entry.isIntersecting) onLoadMore();
    });
    if (sentinel.current) observer.observe(sentinel.current);
    return () => observer.disconnect();
  }, [onLoadMore]);
  return sentinel;
}

Step 2: Use the hook in your list component

export function Feed({ posts, loadMore }) {
  const sentinel = useInfiniteScroll(loadMore);
  return (
    <>
      {posts.map((p) => (
        <article key={p.id}>{p.title}</article>
      ))}
      <div ref={sentinel} />
    </>
  );
}
""")

chatter("sum-by-example-label-end.js",
    "end: 'Example:' line followed by a console.log call (parses: 'Example:' is a JavaScript label)", r"""
function sumBy(items, pick) {
  return items.reduce((total, item) => total + Number(pick(item) || 0), 0);
}

module.exports = { sumBy };

Example:
console.log(sumBy([{ price: 3 }, { price: 4.5 }], (i) => i.price)); // 7.5
""")

# ---------------------------------------------------------------------------
# clean / YAML   (valid look-alikes that must be accepted)
# ---------------------------------------------------------------------------

clean("github-actions-empty-trigger-keys.yml",
    "workflow with legitimately empty trigger keys (pull_request:, workflow_dispatch:) and a short last run line", r"""
name: Checks

on:
  push:
    branches: [main]
  pull_request:
  workflow_dispatch:

concurrency:
  group: ${{ github.workflow }}-${{ github.ref }}
  cancel-in-progress: true

jobs:
  check:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-go@v5
        with:
          go-version-file: go.mod
      - run: make lint
      - run: make test
""")

clean("github-actions-reusable-workflow-call-last.yml",
    "reusable workflow whose trigger is 'workflow_call:' with inputs; ends with a short 'uses: actions/checkout@v4' step followed by run", r"""
name: Reusable build

on:
  workflow_call:
    inputs:
      node-version:
        description: Node.js version to build with
        type: string
        default: "20"

jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: ${{ inputs.node-version }}
      - run: npm ci
      - run: npm run build
""")

clean("docker-compose-named-volumes-empty.yml",
    "compose file ending with named volumes listed as null keys (pgdata:, redis-data:), short image tags redis:7", r"""
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD: postgres
    volumes:
      - pgdata:/var/lib/postgresql/data

  redis:
    image: redis:7
    volumes:
      - redis-data:/data

  app:
    build: .
    depends_on:
      - db
      - redis

volumes:
  pgdata:
  redis-data:
""")

clean("ansible-inventory-hosts-null.yml",
    "Ansible YAML inventory; host entries are null keys, the file ends on one", r"""
all:
  vars:
    ansible_user: ubuntu
  children:
    webservers:
      hosts:
        web1.example.com:
        web2.example.com:
    dbservers:
      hosts:
        db1.example.com:
""")

clean("ansible-playbook-vars-null-and-doc-end-marker.yml",
    "Ansible playbook with an intentionally empty 'vars:' (comment explains), '---' start and a '...' document end marker as the last line", r"""
---
- name: Base configuration
  hosts: all
  become: true
  # Note: variables come from group_vars/ and host_vars/
  vars:
  roles:
    - common
    - role: geerlingguy.docker
      docker_users: [deploy]
...
""")

clean("k8s-redis-short-tag-emptydir.yaml",
    "Kubernetes Deployment with a short image tag (redis:7) and 'emptyDir: {}' as the last line", r"""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: cache
spec:
  replicas: 1
  selector:
    matchLabels:
      app: cache
  template:
    metadata:
      labels:
        app: cache
    spec:
      containers:
        - name: redis
          image: redis:7
          args: ["--save", "", "--appendonly", "no"]
          volumeMounts:
            - name: data
              mountPath: /data
      volumes:
        - name: data
          emptyDir: {}
""")

clean("openapi-descriptions-without-periods.yaml",
    "OpenAPI spec whose summaries/descriptions are sentences without a final period; last line is a description", r"""
openapi: 3.0.3
info:
  title: Shipping API
  description: Create shipments and track parcels for the Acme store
  version: 1.0.0
paths:
  /shipments/{id}:
    get:
      summary: Get a shipment
      description: Returns the shipment together with its latest tracking events
      parameters:
        - name: id
          in: path
          required: true
          schema:
            type: string
      responses:
        '200':
          description: The shipment
        '404':
          description: No shipment with this id exists for the current account
""")

clean("rails-locale-ellipsis-values.yml",
    "Rails i18n locale file with '...' and '…' inside real string values (Loading..., Search...)", r"""
en:
  common:
    loading: "Loading..."
    saving: "Saving…"
    search_placeholder: "Search..."
    show_more: "Show more"
  orders:
    empty: "You have no orders yet"
    processing: "We are processing your payment, please wait..."
    confirmation:
      title: "Thanks for your order!"
      body: "Here is the summary of your purchase:"
""")

clean("pre-commit-with-note-comments.yaml",
    "pre-commit config with comments '# Note: run make first' and '# See the docs for more options'", r"""
# Note: run `make bootstrap` first so the local hooks can find their tools.
# See the docs for more options: https://pre-commit.com/#plugins
default_install_hook_types: [pre-commit, commit-msg]

repos:
  - repo: https://github.com/pre-commit/pre-commit-hooks
    rev: v4.6.0
    hooks:
      - id: check-added-large-files
        args: ["--maxkb=500"]
  - repo: local
    hooks:
      - id: cargo-fmt
        name: cargo fmt
        entry: cargo fmt --all --
        language: system
        types: [rust]
""")

clean("github-issue-form-with-prose.yml",
    "GitHub issue form whose markdown block scalars contain prose ('Thanks for taking the time', '**Describe the bug**', 'Let us know')", r"""
name: Bug report
description: Something is not working as expected
labels: ["bug", "triage"]
body:
  - type: markdown
    attributes:
      value: |
        Thanks for taking the time to fill out this bug report!

        **Before you start**, please search the existing issues.
        Let us know if anything in this form is unclear.
  - type: textarea
    id: what-happened
    attributes:
      label: What happened?
      description: Also tell us what you expected to happen
      placeholder: Tell us what you see...
    validations:
      required: true
  - type: dropdown
    id: version
    attributes:
      label: Version
      options:
        - 2.x (latest)
        - 1.x
""")

clean("k8s-configmap-email-template-prose.yaml",
    "ConfigMap holding an email template whose text reads like chat ('Here is your weekly summary:', 'Let us know if ...')", r"""
apiVersion: v1
kind: ConfigMap
metadata:
  name: digest-templates
data:
  weekly-digest.txt: |
    Hi {{ .Name }},

    Here is your weekly summary:

    1. {{ .NewIssues }} new issues were opened
    2. {{ .ClosedIssues }} issues were closed
    3. {{ .Deploys }} deployments went out

    Let us know if you would like to change how often you get this email.
  subject: "Your weekly summary"
""")

clean("dependabot-short-values.yml",
    "dependabot.yml ending with a short plain value ('interval: daily')", r"""
version: 2
updates:
  - package-ecosystem: gomod
    directory: /
    schedule:
      interval: weekly
  - package-ecosystem: docker
    directory: /
    schedule:
      interval: daily
""")

clean("mkdocs-plugins-short-last-item.yml",
    "mkdocs.yml whose last list item is a single short word ('- attr_list')", r"""
site_name: Orbit SDK
site_description: Client libraries for the Orbit API
theme:
  name: material
nav:
  - Overview: index.md
  - Python: python.md
  - TypeScript: typescript.md
plugins:
  - search
markdown_extensions:
  - admonition
  - pymdownx.superfences
  - attr_list
""")

clean("conda-environment-pip-editable.yml",
    "conda environment with a nested pip list ending in '- -e .'", r"""
name: forecasting
channels:
  - conda-forge
dependencies:
  - python=3.12
  - pandas
  - statsmodels
  - pip
  - pip:
      - prophet==1.1.5
      - -e .
""")

clean("helm-values-empty-maps-and-notes.yaml",
    "Helm values.yaml with empty maps/lists ({} / []), '# Note:' comments and an empty map as the last line", r"""
replicaCount: 1

image:
  repository: ghcr.io/acme/reports
  # Overrides the image tag whose default is the chart appVersion.
  tag: ""

# Note: leave resources empty to let the cluster defaults apply.
resources: {}

podAnnotations: {}
nodeSelector: {}
tolerations: []
affinity: {}
""")

clean("gitlab-ci-anchors-manual-tags.yml",
    "GitLab CI with anchors, merge keys, 'when: manual' and a short last list item ('- tags')", r"""
.defaults: &defaults
  image: golang:1.22
  before_script:
    - go mod download

stages:
  - test
  - release

unit:
  <<: *defaults
  stage: test
  script:
    - go test ./...

release:
  <<: *defaults
  stage: release
  script:
    - goreleaser release --clean
  when: manual
  only:
    - tags
""")

clean("cloudformation-long-form-intrinsics.yaml",
    "CloudFormation template using long-form intrinsics; descriptions without periods; ends with a flow sequence", r"""
AWSTemplateFormatVersion: "2010-09-09"
Description: Queue with a dead-letter queue for the billing worker

Resources:
  BillingDLQ:
    Type: AWS::SQS::Queue
    Properties:
      MessageRetentionPeriod: 1209600
  BillingQueue:
    Type: AWS::SQS::Queue
    Properties:
      RedrivePolicy:
        deadLetterTargetArn:
          Fn::GetAtt: [BillingDLQ, Arn]
        maxReceiveCount: 3

Outputs:
  QueueArn:
    Description: ARN of the billing queue
    Value:
      Fn::GetAtt: [BillingQueue, Arn]
""")

clean("serverless-health-endpoint-cors.yml",
    "Serverless service ending with a short boolean ('cors: true')", r"""
service: status-page
frameworkVersion: "3"

provider:
  name: aws
  runtime: python3.12

functions:
  health:
    handler: handler.health
    description: Returns ok when the service is up
    events:
      - http:
          path: /health
          method: get
          cors: true
""")

clean("azure-pipelines-no-final-newline.yml",
    "Azure Pipelines file that simply has no final newline; last line is complete", r"""
trigger: none

pr:
  - main

pool:
  vmImage: windows-latest

steps:
  - checkout: self
  - pwsh: ./build.ps1 -Configuration Release
    displayName: Build
""", final_newline=False)

clean("circleci-workflow-requires.yml",
    "CircleCI config with 'requires:' lists and a short last item", r"""
version: 2.1

jobs:
  lint:
    docker:
      - image: cimg/python:3.12
    steps:
      - checkout
      - run: pip install ruff && ruff check .
  test:
    docker:
      - image: cimg/python:3.12
    steps:
      - checkout
      - run: pip install -r requirements.txt && pytest

workflows:
  ci:
    jobs:
      - lint
      - test:
          requires:
            - lint
""")

# ---------------------------------------------------------------------------
# clean / TypeScript and JavaScript
# ---------------------------------------------------------------------------

clean("fn-utils-spread-and-rest.ts",
    "utilities using rest parameters (...args) and object/array spread", r"""
export function compose<T>(...fns: Array<(value: T) => T>) {
  return (value: T) => fns.reduceRight((acc, fn) => fn(acc), value);
}

export function memoize<A extends unknown[], R>(fn: (...args: A) => R) {
  const cache = new Map<string, R>();
  return (...args: A): R => {
    const key = JSON.stringify(args);
    if (!cache.has(key)) cache.set(key, fn(...args));
    return cache.get(key)!;
  };
}

export function withDefaults<T extends object>(defaults: T, overrides: Partial<T>): T {
  return { ...defaults, ...overrides };
}

export const unique = <T,>(items: readonly T[]): T[] => [...new Set(items)];
""")

clean("deep-merge-jsdoc-example-ellipsis.ts",
    "JSDoc @example block whose example code uses '...' spread", r"""
type Plain = Record<string, unknown>;

const isPlain = (v: unknown): v is Plain =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Deeply merges plain objects; arrays and other values are replaced.
 *
 * @example
 * const config = deepMerge(defaults, { server: { port: 8080 } });
 * const list = [...base.plugins, ...extra.plugins];
 * deepMerge({ a: { b: 1 } }, { a: { c: 2 } }); // => { a: { b: 1, c: 2 } }
 */
export function deepMerge<T extends Plain>(target: T, ...sources: Plain[]): T {
  const out: Plain = { ...target };
  for (const source of sources) {
    for (const [key, value] of Object.entries(source)) {
      out[key] = isPlain(value) && isPlain(out[key]) ? deepMerge(out[key] as Plain, value) : value;
    }
  }
  return out as T;
}
""")

clean("telemetry-init-note-comments.ts",
    "comments like '// Note: this must run before init()' and '// Other fields are optional'", r"""
import { NodeSDK } from "@opentelemetry/sdk-node";
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http";

export interface TelemetryOptions {
  serviceName: string;
  // Other fields are optional
  endpoint?: string;
  sampleRatio?: number;
}

let sdk: NodeSDK | undefined;

// Note: this must run before init() of the HTTP server, otherwise the
// instrumentation cannot patch the modules that are already loaded.
export function startTelemetry({ serviceName, endpoint }: TelemetryOptions) {
  sdk = new NodeSDK({
    serviceName,
    traceExporter: new OTLPTraceExporter({ url: endpoint ?? "http://localhost:4318/v1/traces" }),
  });
  sdk.start();
}

export async function stopTelemetry() {
  await sdk?.shutdown();
}
""")

clean("avatar-props-spread-loading-text.tsx",
    "React component with {...rest} prop spread and 'Loading...' JSX text", r"""
import type { ImgHTMLAttributes } from "react";

interface AvatarProps extends ImgHTMLAttributes<HTMLImageElement> {
  name: string;
  loading?: "eager" | "lazy";
  pending?: boolean;
}

export function Avatar({ name, pending = false, className = "", ...rest }: AvatarProps) {
  if (pending) {
    return <span className="avatar avatar--pending">Loading...</span>;
  }
  return (
    <img
      alt={`${name}'s avatar`}
      className={`avatar ${className}`.trim()}
      {...rest}
    />
  );
}
""")

clean("support-bot-replies-prose-strings.js",
    "chatbot reply strings that read like LLM chatter ('Here is the summary:', 'Let me know if ...')", r"""
const REPLIES = {
  greeting: "Hi! I'm the Acme support assistant. How can I help today?",
  summaryIntro: "Here is the summary of your open tickets:",
  fallback:
    "Sorry, I didn't catch that. Let me know if you want me to connect you with a human agent.",
  closing: "Glad I could help. Let me know if there's anything else!",
};

function summarize(tickets) {
  const lines = tickets.map((t, i) => `${i + 1}. ${t.title} (${t.status})`);
  return [REPLIES.summaryIntro, ...lines].join("\n");
}

module.exports = { REPLIES, summarize };
""")

clean("github-repos-real-todo-comment.ts",
    "a real TODO comment ('// TODO: handle pagination once ...'), not an elision", r"""
import { Octokit } from "@octokit/rest";

const octokit = new Octokit({ auth: process.env.GITHUB_TOKEN });

export async function listOrgRepos(org: string) {
  // TODO: handle pagination once we have more than 100 repositories
  const { data } = await octokit.repos.listForOrg({ org, per_page: 100, type: "public" });
  return data.map((repo) => ({
    name: repo.name,
    stars: repo.stargazers_count ?? 0,
    archived: repo.archived ?? false,
  }));
}
""")

clean("page-layout-jsx-section-comments.tsx",
    "JSX with descriptive section comments ({/* Header */}, {/* Footer */}) that are not elisions", r"""
import type { ReactNode } from "react";
import { NavBar } from "./NavBar";

export default function PageLayout({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="min-h-screen flex flex-col">
      {/* Header */}
      <header className="border-b">
        <NavBar />
        <h1 className="sr-only">{title}</h1>
      </header>

      {/* Main content */}
      <main className="flex-1 container mx-auto px-4 py-8">{children}</main>

      {/* Footer */}
      <footer className="border-t py-4 text-center text-sm text-gray-500">
        © {new Date().getFullYear()} Acme Inc.
      </footer>
    </div>
  );
}
""")

clean("queue-destructuring-rest.js",
    "array/object destructuring with ...rest and spread arguments", r"""
function takeBatch(queue, size) {
  const batch = queue.slice(0, size);
  const [first, ...rest] = batch;
  return { first, rest, remaining: queue.slice(size) };
}

function logEvent(type, { userId, ...details }) {
  console.log(JSON.stringify({ type, userId, details }));
}

function maxOf(...values) {
  return values.length ? Math.max(...values) : undefined;
}

module.exports = { takeBatch, logEvent, maxOf };
""")

clean("variadic-tuple-types.ts",
    "type-level spread: variadic tuple types [...T, ...U] and Parameters<>", r"""
export type Concat<T extends unknown[], U extends unknown[]> = [...T, ...U];

export type Tail<T extends unknown[]> = T extends [unknown, ...infer R] ? R : [];

export function partial<A extends unknown[], B extends unknown[], R>(
  fn: (...args: [...A, ...B]) => R,
  ...head: A
) {
  return (...tail: B): R => fn(...head, ...tail);
}

export type HandlerArgs = Parameters<typeof partial>;
""")

clean("retry-no-final-newline.js",
    "small module without a final newline; last line complete", r"""
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function retry(fn, { attempts = 3, delayMs = 200 } = {}) {
  let lastError;
  for (let i = 0; i < attempts; i++) {
    try {
      return await fn();
    } catch (err) {
      lastError = err;
      await sleep(delayMs * (i + 1));
    }
  }
  throw lastError;
}

module.exports = { retry };
""", final_newline=False)

clean("code-review-prompt-template.ts",
    "LLM prompt-building code whose template strings contain assistant-style phrases ('Here is the updated file:')", r"""
export interface ReviewRequest {
  path: string;
  diff: string;
  language: string;
}

const SYSTEM_PROMPT = `You are a careful code reviewer.
Reply with the full corrected file only. Do not write "Here is the updated file:" or any other preamble.`;

export function buildReviewPrompt({ path, diff, language }: ReviewRequest) {
  return [
    { role: "system" as const, content: SYSTEM_PROMPT },
    {
      role: "user" as const,
      content: `Review the following ${language} change to ${path}.\n\n${diff}`,
    },
  ];
}
""")

clean("onboarding-steps-ui-copy.jsx",
    "React component rendering UI copy 'Here's how it works:' with an ordered list", r"""
export default function HowItWorks() {
  return (
    <section className="how-it-works">
      <h2>Here's how it works:</h2>
      <ol>
        <li>Connect your bank account.</li>
        <li>Pick the categories you want to track.</li>
        <li>Get a weekly report in your inbox.</li>
      </ol>
      <p>Note: you can disconnect your account at any time in Settings.</p>
    </section>
  );
}
""")

clean("build-pipeline-numbered-step-comments.js",
    "code comments numbered '// 1. ...', '// 2. ...' that describe the code's own steps", r"""
const fs = require("fs/promises");
const path = require("path");
const esbuild = require("esbuild");

async function build() {
  // 1. Start from an empty output folder
  await fs.rm("dist", { recursive: true, force: true });

  // 2. Bundle the application
  await esbuild.build({
    entryPoints: ["src/main.ts"],
    bundle: true,
    platform: "node",
    target: "node20",
    outfile: "dist/main.js",
  });

  // 3. Copy static assets next to the bundle
  await fs.cp("public", path.join("dist", "public"), { recursive: true });
}

build().catch((err) => {
  console.error(err);
  process.exit(1);
});
""")

clean("config-loader-see-docs-comment.ts",
    "'// See the docs for more options' comment and console message 'Done.'", r"""
import { cosmiconfig } from "cosmiconfig";

export interface ToolConfig {
  include: string[];
  exclude?: string[];
  // See the docs for more options: https://example.com/docs/config
}

export async function loadConfig(cwd = process.cwd()): Promise<ToolConfig> {
  const result = await cosmiconfig("acmetool").search(cwd);
  if (!result || result.isEmpty) {
    return { include: ["src/**/*"] };
  }
  console.log(`Loaded config from ${result.filepath}. Done.`);
  return result.config as ToolConfig;
}
""")

clean("text-field-forward-props-spread.jsx",
    "JSX component forwarding ...props and a list rendered with spread into a new array", r"""
import { forwardRef } from "react";

export const TextField = forwardRef(function TextField({ label, error, ...props }, ref) {
  const id = props.id || props.name;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input ref={ref} id={id} aria-invalid={Boolean(error)} {...props} />
      {error ? <p className="field-error">{error}</p> : null}
    </div>
  );
});

export function TagList({ tags, extra = [] }) {
  return (
    <ul className="tags">
      {[...tags, ...extra].map((t) => (
        <li key={t}>{t}</li>
      ))}
    </ul>
  );
}
""")

# ---------------------------------------------------------------------------
# clean / shell
# ---------------------------------------------------------------------------

clean("report-echo-here-is-the-summary.sh",
    "script that echoes prose ('Here is the summary:', 'Let me know ...') as program output", r"""
#!/usr/bin/env bash
set -euo pipefail

passed=$(grep -c '^ok' test-output.txt || true)
failed=$(grep -c '^not ok' test-output.txt || true)

echo "Here is the summary:"
echo "  passed: ${passed}"
echo "  failed: ${failed}"

if (( failed > 0 )); then
  echo "Note: failing tests are listed in test-output.txt"
  exit 1
fi
echo "All good. Let me know in #ci if the numbers look wrong."
""")

clean("usage-heredoc-does-the-following.sh",
    "usage text in a heredoc that says 'This script does the following:' with a numbered list", r"""
#!/usr/bin/env bash
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: setup-dev.sh [--skip-db]

This script does the following:
  1. Installs the pinned Node.js version with fnm
  2. Installs npm dependencies
  3. Starts Postgres in Docker and runs the migrations

Note: run it from the repository root.
EOF
}

if [[ "${1:-}" == "-h" || "${1:-}" == "--help" ]]; then
  usage
  exit 0
fi

fnm install
npm ci
if [[ "${1:-}" != "--skip-db" ]]; then
  docker compose up -d db
  npm run migrate
fi
""")

clean("dispatch-case-default-no-final-newline.sh",
    "case statement with a '*)' default branch; file ends at 'esac' without a final newline", r"""
#!/bin/sh
set -eu

target="${1:-help}"

case "$target" in
  build)
    go build -o bin/app ./cmd/app
    ;;
  test)
    go test ./...
    ;;
  *)
    echo "usage: $0 {build|test}" >&2
    exit 2
    ;;
esac
""", final_newline=False)

clean("wrapper-posix-note-comment.sh",
    "POSIX sh wrapper with '# Note: run make first' and exec \"$@\"", r"""
#!/bin/sh
# Note: run `make` first so that ./bin/server exists.
# See the docs for more options: docs/running.md
set -eu

: "${PORT:=8080}"
export PORT

if [ ! -x ./bin/server ]; then
  echo "bin/server not found, did you run make?" >&2
  exit 1
fi

exec ./bin/server "$@"
""")

clean("docker-build-line-continuations.sh",
    "docker buildx command split with trailing backslashes, all properly terminated", r"""
#!/usr/bin/env bash
set -euo pipefail

TAG="${TAG:-$(git rev-parse --short HEAD)}"

docker buildx build \
  --platform linux/amd64,linux/arm64 \
  --build-arg VERSION="$TAG" \
  --cache-from type=gha \
  --cache-to type=gha,mode=max \
  -t "ghcr.io/acme/web:${TAG}" \
  --push \
  .
""")

clean("entrypoint-exec-short-last-line.sh",
    "docker entrypoint whose last line is a short 'exec \"$@\"'", r"""
#!/bin/sh
set -e

if [ "$1" = "serve" ] && [ -n "$DATABASE_URL" ]; then
  ./manage.py migrate --noinput
fi

exec "$@"
""")

clean("wait-for-db-ellipsis-strings.sh",
    "script whose echo strings contain '...' ('Waiting for database...')", r"""
#!/usr/bin/env bash
set -euo pipefail

HOST="${DB_HOST:-localhost}"
PORT="${DB_PORT:-5432}"

echo "Waiting for database at ${HOST}:${PORT}..."
for _ in $(seq 1 60); do
  if pg_isready -h "$HOST" -p "$PORT" >/dev/null 2>&1; then
    echo "Database is up."
    exit 0
  fi
  printf '.'
  sleep 1
done
echo
echo "Timed out waiting for database..." >&2
exit 1
""")

clean("main-function-no-final-newline.sh",
    "script ending with a function call 'main \"$@\"' and no final newline", r"""
#!/usr/bin/env bash
set -euo pipefail

log() { printf '%s\n' "$*" >&2; }

main() {
  local dir="${1:-.}"
  log "Formatting shell scripts in ${dir}"
  find "$dir" -name '*.sh' -not -path '*/node_modules/*' -print0 |
    xargs -0 shfmt -w -i 2 -ci
}

main "$@"
""", final_newline=False)

clean("lint-real-todo-and-see-docs.sh",
    "real '# TODO: support zsh' and '# See the docs for more options' comments", r"""
#!/usr/bin/env bash
# Lints every shell script tracked by git.
# See the docs for more options: https://www.shellcheck.net/wiki/
# TODO: support zsh scripts once shellcheck can parse them
set -euo pipefail

mapfile -t files < <(git ls-files '*.sh' '*.bash')
if (( ${#files[@]} == 0 )); then
  echo "no shell scripts found"
  exit 0
fi
shellcheck --severity=warning "${files[@]}"
""")

clean("write-readme-heredoc-markdown.sh",
    "script writing a README with a heredoc whose markdown content reads like chat ('## Next steps', numbered list)", r"""
#!/usr/bin/env bash
set -euo pipefail

name="${1:?project name required}"
mkdir -p "$name"

cat > "$name/README.md" <<EOF
# ${name}

Here is everything you need to get started.

## Next steps

1. Run \`make setup\` to install the toolchain.
2. Copy \`.env.example\` to \`.env\` and fill in the secrets.
3. Run \`make dev\` and open http://localhost:3000.

Let us know in #${name} if something does not work.
EOF

echo "created ${name}/README.md"
""")

