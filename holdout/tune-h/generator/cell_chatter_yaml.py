from common import add

L = "llm-chatter"

add(L, ".github/workflows/ci.yml", r'''
Sure! Below is your CI workflow with dependency caching added for both npm and the Playwright browsers:

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
          cache: npm
      - name: Cache Playwright browsers
        uses: actions/cache@v4
        with:
          path: ~/.cache/ms-playwright
          key: playwright-${{ runner.os }}-${{ hashFiles('package-lock.json') }}
      - run: npm ci
      - run: npx playwright install --with-deps chromium
      - run: npm run lint
      - run: npm test -- --coverage
      - name: E2E
        run: npx playwright test
''', "intro sentence before the workflow", needle="Sure! Below is your CI workflow")

add(L, "docker-compose.yml", r'''
services:
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
      timeout: 3s
      retries: 10

  redis:
    image: redis:7-alpine
    command: ["redis-server", "--appendonly", "yes"]

  api:
    build: .
    ports:
      - "3000:3000"
    environment:
      DATABASE_URL: postgres://app:app@db:5432/app
      REDIS_URL: redis://redis:6379
    depends_on:
      db:
        condition: service_healthy
      redis:
        condition: service_started

  worker:
    build: .
    command: ["node", "dist/worker.js"]
    environment:
      DATABASE_URL: postgres://app:app@db:5432/app
      REDIS_URL: redis://redis:6379
      QUEUE_CONCURRENCY: "4"
    depends_on:
      - api

  nginx:
    image: nginx:1.27-alpine
    ports:
      - "8080:80"
    volumes:
      - ./deploy/nginx.conf:/etc/nginx/conf.d/default.conf:ro
    depends_on:
      - api

  mailhog:
    image: mailhog/mailhog:v1.0.1
    ports:
      - "8025:8025"

volumes:
  pgdata:

With this setup, `docker compose up` starts Postgres, Redis and the API, and the API container only starts once Postgres reports healthy. Want me to add a pgAdmin service as well, for poking at the database locally?
''', "closing remark and offer after the compose file", needle="With this setup, `docker compose up`")

add(L, "k8s/deployment.yaml", r'''
apiVersion: apps/v1
kind: Deployment
metadata:
  name: inventory-api
  labels:
    app: inventory-api
spec:
  replicas: 3
  selector:
    matchLabels:
      app: inventory-api
  template:
    metadata:
      labels:
        app: inventory-api
    spec:
      containers:
        - name: api
          image: ghcr.io/acme/inventory-api:1.8.2
          ports:
            - containerPort: 8080
          readinessProbe:
            httpGet:
              path: /ready
              port: 8080
            periodSeconds: 5
          resources:
            requests:
              cpu: 100m
              memory: 128Mi
            limits:
              memory: 256Mi
---
Next, we expose the deployment inside the cluster with a ClusterIP Service:

apiVersion: v1
kind: Service
metadata:
  name: inventory-api
spec:
  selector:
    app: inventory-api
  ports:
    - port: 80
      targetPort: 8080
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: inventory-api-config
data:
  LOG_LEVEL: info
  CACHE_TTL_SECONDS: "300"
  WAREHOUSE_SYNC_CRON: "*/15 * * * *"
---
Finally, an HPA so the API scales between 3 and 10 replicas based on CPU:

apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: inventory-api
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: inventory-api
  minReplicas: 3
  maxReplicas: 10
  metrics:
    - type: Resource
      resource:
        name: cpu
        target:
          type: Utilization
          averageUtilization: 70

Apply everything with `kubectl apply -f k8s/deployment.yaml` and check the rollout with `kubectl rollout status deploy/inventory-api`.
''', "explanations between the documents (\"Next, we expose ...\", \"Finally, an HPA ...\") and a closing instruction",
    needle=["Next, we expose the deployment", "Finally, an HPA so the API scales", "Apply everything with"])

add(L, ".gitlab-ci.yml", r'''
stages:
  - test
  - build
  - deploy

variables:
  DOCKER_DRIVER: overlay2
  IMAGE: $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA

test:
  stage: test
  image: python:3.12-slim
  cache:
    key: pip-$CI_COMMIT_REF_SLUG
    paths:
      - .cache/pip
  variables:
    PIP_CACHE_DIR: $CI_PROJECT_DIR/.cache/pip
  script:
    - pip install -r requirements.txt -r requirements-dev.txt
    - pytest -q --junitxml=report.xml
  artifacts:
    reports:
      junit: report.xml

build:
  stage: build
  image: docker:24
  services:
    - docker:24-dind
  script:
    - docker login -u $CI_REGISTRY_USER -p $CI_REGISTRY_PASSWORD $CI_REGISTRY
    - docker build -t $IMAGE .
    - docker push $IMAGE
  only:
    - main

deploy:
  stage: deploy
  image: bitnami/kubectl:1.29
  environment: production
  script:
    - kubectl set image deployment/web web=$IMAGE
  when: manual
  only:
    - main

Key changes:
- Added a pip cache keyed on the branch so repeat pipelines skip the download step
- `test` now publishes a JUnit report, so failures show up in the MR widget
- `deploy` is manual and restricted to `main`
''', "\"Key changes:\" with bullet points after the pipeline", needle="Key changes:")

add(L, "ansible/playbook.yml", r'''
- name: Configure web servers
  hosts: web
  become: true
  vars:
    app_user: deploy
    app_dir: /srv/shop
  tasks:
    - name: Install base packages
      ansible.builtin.apt:
        name: [nginx, git, ufw]
        state: present
        update_cache: true

    - name: Create app user
      ansible.builtin.user:
        name: "{{ app_user }}"
        shell: /bin/bash
        create_home: true

    - name: Deploy nginx site
      ansible.builtin.template:
        src: templates/shop.conf.j2
        dest: /etc/nginx/sites-available/shop.conf
        mode: "0644"
      notify: Reload nginx

    - name: Enable site
      ansible.builtin.file:
        src: /etc/nginx/sites-available/shop.conf
        dest: /etc/nginx/sites-enabled/shop.conf
        state: link
      notify: Reload nginx

  handlers:
    - name: Reload nginx
      ansible.builtin.service:
        name: nginx
        state: reloaded

**Important:** the template task expects `templates/shop.conf.j2` next to the playbook. If you keep your templates in a role instead, change `src` to the role-relative path.
''', "\"**Important:**\" note after the playbook", needle="**Important:**")

add(L, "helm/checkout/values.yaml", r'''
# Default values for the checkout chart.

replicaCount: 2

image:
  repository: ghcr.io/acme/checkout
  tag: ""  # set by CI from the git SHA
  pullPolicy: IfNotPresent

service:
  type: ClusterIP
  port: 80
  targetPort: 8080

# As you mentioned, the ingress should only be switched on in prod, so it defaults to false here
ingress:
  enabled: false
  className: nginx
  hosts:
    - host: checkout.example.com
      paths:
        - path: /
          pathType: Prefix
  tls:
    - secretName: checkout-tls
      hosts:
        - checkout.example.com

resources:
  requests:
    cpu: 200m
    memory: 256Mi
  limits:
    memory: 512Mi

autoscaling:
  enabled: true
  minReplicas: 2
  maxReplicas: 8
  targetCPUUtilizationPercentage: 70

# Added the PDB you asked about earlier so node drains keep at least one pod up
podDisruptionBudget:
  enabled: true
  minAvailable: 1
''', "comments speaking to the user about the conversation (\"As you mentioned\", \"you asked about earlier\")",
    needle=["As you mentioned, the ingress", "Added the PDB you asked about earlier"])

add(L, "serverless.yml", r'''
Here's the `serverless.yml` with the SQS trigger wired up:

```yaml
service: thumbnail-worker

frameworkVersion: "3"

provider:
  name: aws
  runtime: nodejs20.x
  region: eu-west-1
  memorySize: 1024
  timeout: 30
  environment:
    OUTPUT_BUCKET: ${self:service}-${sls:stage}-thumbs
  iam:
    role:
      statements:
        - Effect: Allow
          Action: [s3:GetObject, s3:PutObject]
          Resource: arn:aws:s3:::${self:provider.environment.OUTPUT_BUCKET}/*
        - Effect: Allow
          Action: [sqs:ReceiveMessage, sqs:DeleteMessage, sqs:GetQueueAttributes]
          Resource: !GetAtt ThumbnailQueue.Arn

functions:
  resize:
    handler: src/handler.resize
    events:
      - sqs:
          arn: !GetAtt ThumbnailQueue.Arn
          batchSize: 10

resources:
  Resources:
    ThumbnailQueue:
      Type: AWS::SQS::Queue
      Properties:
        VisibilityTimeout: 180
```
''', "intro sentence plus Markdown code fences around the config (closing fence on the last line)",
    needle=["Here's the `serverless.yml`", "```yaml"])

add(L, "prometheus/alerts.yml", r'''
groups:
  - name: api.rules
    rules:
      - alert: HighErrorRate
        expr: |
          sum(rate(http_requests_total{job="api",status=~"5.."}[5m]))
            /
          sum(rate(http_requests_total{job="api"}[5m])) > 0.05
        for: 10m
        labels:
          severity: page
        annotations:
          summary: "API 5xx rate above 5% for 10 minutes"
          runbook_url: https://runbooks.example.com/api/high-error-rate

      - alert: HighLatencyP99
        expr: histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket{job="api"}[5m]))) > 1.5
        for: 15m
        labels:
          severity: ticket
        annotations:
          summary: "p99 latency above 1.5s"

      - alert: InstanceDown
        expr: up{job="api"} == 0
        for: 2m
        labels:
          severity: page
        annotations:
          summary: "{{ $labels.instance }} is down"

Explanation:
The first rule divides the 5xx request rate by the total request rate, so it fires on a ratio instead of an absolute count, and a traffic spike on its own won't page anyone. The `for` clauses make each alert wait until the condition has held for a while, which filters out short blips during deploys.
''', "\"Explanation:\" paragraph after the rules", needle="Explanation:")

add(L, ".circleci/config.yml", r'''
To get this working:

1. Add the `NPM_TOKEN` and `EXPO_TOKEN` environment variables in the CircleCI project settings.
2. Replace your current `.circleci/config.yml` with the config below.
3. Push a branch and check that the `test` job goes green before merging.

version: 2.1

orbs:
  node: circleci/node@5.2

jobs:
  test:
    executor:
      name: node/default
      tag: "20.11"
    steps:
      - checkout
      - node/install-packages:
          pkg-manager: yarn
      - run:
          name: Type check
          command: yarn tsc --noEmit
      - run:
          name: Unit tests
          command: yarn jest --ci --maxWorkers=2

  build-preview:
    docker:
      - image: cimg/node:20.11
    steps:
      - checkout
      - node/install-packages:
          pkg-manager: yarn
      - run:
          name: Publish EAS preview
          command: npx eas-cli update --branch preview --non-interactive

workflows:
  app:
    jobs:
      - test
      - build-preview:
          requires: [test]
          filters:
            branches:
              only: main
''', "intro line and numbered setup steps before the config", needle=["To get this working:", "1. Add the `NPM_TOKEN`"])

add(L, "mkdocs.yml", r'''
site_name: Pipeline Toolkit
site_url: https://docs.example.com/pipeline/
repo_url: https://github.com/acme/pipeline-toolkit
edit_uri: edit/main/docs/

# Updated per your request: navigation tabs + dark mode toggle
theme:
  name: material
  features:
    - navigation.tabs
    - navigation.sections
    - content.code.copy
  palette:
    - scheme: default
      toggle:
        icon: material/brightness-7
        name: Switch to dark mode
    - scheme: slate
      toggle:
        icon: material/brightness-4
        name: Switch to light mode

markdown_extensions:
  - admonition
  - pymdownx.highlight
  - pymdownx.superfences
  - toc:
      permalink: true

plugins:
  - search
  - mkdocstrings:
      handlers:
        python:
          options:
            show_source: false

nav:
  - Home: index.md
  - Getting started: getting-started.md
  - Connectors:
      - Postgres: connectors/postgres.md
      - S3: connectors/s3.md
  - API reference: api.md
''', "comment addressed to the user (\"Updated per your request\")", needle="Updated per your request")

add(L, "api/openapi.yaml", r'''
openapi: 3.0.3
info:
  title: Pet Clinic API
  version: 1.2.0
paths:
  /pets:
    get:
      summary: List pets
      parameters:
        - name: limit
          in: query
          schema:
            type: integer
            maximum: 100
      responses:
        "200":
          description: A page of pets
          content:
            application/json:
              schema:
                type: array
                items:
                  $ref: "#/components/schemas/Pet"

Now let's add the endpoint for fetching a single pet by its ID:

  /pets/{petId}:
    get:
      summary: Get a pet
      parameters:
        - name: petId
          in: path
          required: true
          schema:
            type: string
      responses:
        "200":
          description: The pet
          content:
            application/json:
              schema:
                $ref: "#/components/schemas/Pet"
        "404":
          description: Not found
components:
  schemas:
    Pet:
      type: object
      required: [id, name]
      properties:
        id:
          type: string
        name:
          type: string
        species:
          type: string
''', "explanation sentence in the middle of the paths map (\"Now let's add ...\")", needle="Now let's add the endpoint")

add(L, ".pre-commit-config.yaml", r'''
repos:
  - repo: https://github.com/pre-commit/pre-commit-hooks
    rev: v4.6.0
    hooks:
      - id: trailing-whitespace
      - id: end-of-file-fixer
      - id: check-yaml
      - id: check-added-large-files
        args: ["--maxkb=500"]

  - repo: https://github.com/astral-sh/ruff-pre-commit
    rev: v0.5.0
    hooks:
      - id: ruff
        args: [--fix]
      - id: ruff-format

  - repo: https://github.com/pre-commit/mirrors-mypy
    rev: v1.10.0
    hooks:
      - id: mypy
        additional_dependencies: [types-requests, pydantic]

That should do it! Run `pre-commit install` once and the hooks will fire on every commit. If ruff starts flagging a lot of old files, run `pre-commit run --all-files` once and commit the fixes in a separate PR. Happy to help tune the ruff rule set if it gets too noisy.
''', "closing remarks and offer after the config", needle="That should do it!")

add(L, "environment.yml", r'''
name: vision-train
channels:
  - pytorch
  - nvidia
  - conda-forge
dependencies:
  - python=3.11
  # This is the part you were asking about: pytorch pinned to the CUDA 12.1 build
  - pytorch=2.3.1
  - pytorch-cuda=12.1
  - torchvision=0.18.1
  - numpy<2
  - pandas
  - scikit-learn
  - opencv
  - pip
  - pip:
      - albumentations==1.4.8
      - timm==1.0.7
      - wandb
      - lightning==2.3.0
''', "comment pointing the user to the part of the answer they asked about", needle="This is the part you were asking about")

add(L, "dbt_project.yml", r'''
name: analytics
version: "1.4.0"
config-version: 2
profile: analytics

model-paths: ["models"]
seed-paths: ["seeds"]
test-paths: ["tests"]
macro-paths: ["macros"]
snapshot-paths: ["snapshots"]

target-path: target
clean-targets:
  - target
  - dbt_packages

models:
  analytics:
    +persist_docs:
      relation: true
      columns: true
    staging:
      +materialized: view
      +schema: staging
    intermediate:
      +materialized: ephemeral
    marts:
      +materialized: table
      +schema: marts
      finance:
        +tags: ["finance", "daily"]

seeds:
  analytics:
    +schema: seeds

I've made the following changes:
* `staging` models are now views in their own schema
* `intermediate` models are ephemeral, so they no longer clutter the warehouse
* finance marts are tagged, so you can run them with `dbt build -s tag:finance`
''', "\"I've made the following changes:\" with *-bullets after the project config", needle="I've made the following changes:")

add(L, ".github/dependabot.yml", r'''
You're right, I apologize for the confusion — `directory` has to be a path, globs aren't supported there. Here's the corrected config:

version: 2
updates:
  - package-ecosystem: npm
    directory: "/"
    schedule:
      interval: weekly
      day: monday
    open-pull-requests-limit: 10
    groups:
      dev-dependencies:
        dependency-type: development
  - package-ecosystem: npm
    directory: "/apps/mobile"
    schedule:
      interval: weekly
  - package-ecosystem: docker
    directory: "/"
    schedule:
      interval: monthly
  - package-ecosystem: github-actions
    directory: "/"
    schedule:
      interval: monthly
''', "apologetic intro line before the config", needle="You're right, I apologize")

add(L, "k8s/overlays/prod/kustomization.yaml", r'''
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization

namespace: payments-prod

resources:
  - ../../base
  - hpa.yaml
  - pdb.yaml

images:
  - name: ghcr.io/acme/payments
    newTag: "2.14.0"

# Per our discussion above, I moved the replica count patch into its own file
patches:
  - path: patches/replicas.yaml
  - path: patches/resources.yaml
    target:
      kind: Deployment
      name: payments

configMapGenerator:
  - name: payments-config
    behavior: merge
    literals:
      - LOG_LEVEL=info
      - FEATURE_3DS=true

labels:
  - pairs:
      env: prod
    includeSelectors: false
''', "comment referring to the conversation (\"Per our discussion above\")", needle="Per our discussion above")

add(L, "app.yaml", r'''
runtime: python312
entrypoint: gunicorn -b :$PORT -w 2 --threads 4 main:app
instance_class: F2

env_variables:
  APP_ENV: production
  GCS_BUCKET: acme-uploads

automatic_scaling:
  min_instances: 1
  max_instances: 6
  target_cpu_utilization: 0.65
  max_concurrent_requests: 40

handlers:
  - url: /static
    static_dir: static
    secure: always
  - url: /.*
    script: auto
    secure: always

Here's what each section does:

1. `entrypoint` runs gunicorn with 2 workers and 4 threads each, which fits an F2 instance nicely.
2. `automatic_scaling` keeps one warm instance so the first request of the morning isn't a cold start.
3. `handlers` serves `/static` straight from Google's edge and forces HTTPS everywhere.
''', "\"Here's what each section does:\" with a numbered explanation after the config", needle="Here's what each section does:")

add(L, ".github/workflows/release.yml", r'''
Great, here's a release workflow that builds the wheels and publishes to PyPI when you push a tag.

name: Release

on:
  push:
    tags: ["v*"]

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

Then add the publish job, which only runs after the build succeeds and uses trusted publishing (no API token needed):

  publish:
    needs: build
    runs-on: ubuntu-latest
    environment: pypi
    permissions:
      id-token: write
    steps:
      - uses: actions/download-artifact@v4
        with:
          name: dist
          path: dist/
      - uses: pypa/gh-action-pypi-publish@release/v1

Once you've configured the trusted publisher on PyPI, tagging `v0.3.0` and pushing it will ship the release automatically.
''', "intro sentence, mid-file explanation before the publish job and a closing remark",
    needle=["Great, here's a release workflow", "Then add the publish job", "Once you've configured the trusted publisher"])
