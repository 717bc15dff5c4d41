from common import f
D = 'llm-chatter'

f(D, 'ci.yml', 'yaml', 'top: prose line "Here is the updated workflow:" before the workflow (YAML happens to read it as a key with null value)', r'''
Here is the updated workflow:

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
        python-version: ["3.11", "3.12"]
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: ${{ matrix.python-version }}
          cache: pip
      - run: pip install -r requirements-dev.txt
      - run: pytest -q
''')

f(D, 'deployment.yaml', 'yaml', 'top: "Sure! Below is the Deployment manifest with the resource limits added." prose before the manifest', r'''
Sure! Below is the Deployment manifest with the resource limits added.

apiVersion: apps/v1
kind: Deployment
metadata:
  name: checkout
  labels:
    app: checkout
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
          image: ghcr.io/acme/checkout:4.2.1
          ports:
            - containerPort: 8080
          resources:
            requests:
              cpu: 100m
              memory: 128Mi
            limits:
              cpu: 500m
              memory: 256Mi
''')

f(D, 'docker-compose.yml', 'yaml', 'end: trailing "Let me know if you need a production version as well!" prose; no final newline', r'''
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
  db:
    image: postgres:16-alpine
    environment:
      POSTGRES_USER: app
      POSTGRES_PASSWORD: app
    volumes:
      - pgdata:/var/lib/postgresql/data
  redis:
    image: redis:7-alpine

volumes:
  pgdata:

Let me know if you need a production version as well!''', nl=False)

f(D, 'values.yaml', 'yaml', 'top: commented chatter "# Here\'s the updated values.yaml with ingress enabled:" addressed to the user (YAML comment, parses)', r'''
# Here's the updated values.yaml with ingress enabled:

replicaCount: 2

image:
  repository: ghcr.io/acme/docs-site
  tag: "2026.11.3"
  pullPolicy: IfNotPresent

service:
  type: ClusterIP
  port: 80

ingress:
  enabled: true
  className: nginx
  annotations:
    cert-manager.io/cluster-issuer: letsencrypt
  hosts:
    - host: docs.acme.dev
      paths:
        - path: /
          pathType: Prefix
  tls:
    - secretName: docs-tls
      hosts:
        - docs.acme.dev
''')

f(D, 'site.yml', 'yaml', 'middle: markdown "**Note:** make sure the deploy user exists..." line between two tasks', r'''
- name: Configure web servers
  hosts: webservers
  become: true
  vars:
    app_user: deploy
    app_dir: /srv/shop
  tasks:
    - name: Install packages
      ansible.builtin.apt:
        name: [nginx, python3-venv, git]
        state: present
        update_cache: true

**Note:** make sure the `deploy` user exists on the hosts before running this playbook.

    - name: Check out the application
      ansible.builtin.git:
        repo: https://github.com/acme/shop.git
        dest: "{{ app_dir }}"
        version: main
      become_user: "{{ app_user }}"

    - name: Enable nginx
      ansible.builtin.service:
        name: nginx
        state: started
        enabled: true
''')

f(D, 'release.yml', 'yaml', 'end: "I\'ve added a workflow_dispatch trigger so you can run it manually." prose after the workflow', r'''
name: Release

on:
  push:
    tags: ["v*"]
  workflow_dispatch:

permissions:
  contents: write

jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-go@v5
        with:
          go-version: "1.23"
      - name: Build
        run: make dist
      - name: Publish
        uses: softprops/action-gh-release@v2
        with:
          files: dist/*

I've added a `workflow_dispatch` trigger so you can also run the release manually from the Actions tab.
''')

f(D, 'openapi.yaml', 'yaml', 'top and bottom: markdown code fence ```yaml / ``` wrapper around the spec, with an intro sentence', r'''
This spec defines the two endpoints you described:

```yaml
openapi: 3.1.0
info:
  title: Notes API
  version: 1.0.0
paths:
  /notes:
    get:
      summary: List notes
      responses:
        "200":
          description: OK
    post:
      summary: Create a note
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [title]
              properties:
                title: { type: string }
                body: { type: string }
      responses:
        "201":
          description: Created
```
''')

f(D, 'gitlab-ci.yml', 'yaml', 'end: "This pipeline does the following:" followed by a numbered list', r'''
stages:
  - test
  - build
  - deploy

variables:
  DOCKER_DRIVER: overlay2

test:
  stage: test
  image: node:20
  script:
    - npm ci
    - npm test

build:
  stage: build
  image: docker:27
  services:
    - docker:27-dind
  script:
    - docker build -t "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHA" .
    - docker push "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHA"

deploy:
  stage: deploy
  script:
    - ./scripts/deploy.sh "$CI_COMMIT_SHA"
  only:
    - main

This pipeline does the following:
1. Runs the unit tests on every push.
2. Builds and pushes a Docker image tagged with the commit SHA.
3. Deploys to production only from the main branch.
''')

f(D, 'prometheus.yml', 'yaml', 'end: commented chatter "# Let me know if you want me to add alerting rules too!" (YAML comment, parses)', r'''
global:
  scrape_interval: 15s
  evaluation_interval: 15s

scrape_configs:
  - job_name: prometheus
    static_configs:
      - targets: ["localhost:9090"]

  - job_name: node
    static_configs:
      - targets:
          - node-01:9100
          - node-02:9100
          - node-03:9100

  - job_name: api
    metrics_path: /metrics
    scheme: https
    static_configs:
      - targets: ["api.example.com:443"]

# Let me know if you want me to add alerting rules too!
''')

f(D, 'ingress.yaml', 'yaml', 'middle: "I\'ve also added TLS configuration below:" prose between two YAML documents', r'''
apiVersion: v1
kind: Service
metadata:
  name: shop
spec:
  selector:
    app: shop
  ports:
    - port: 80
      targetPort: 8080
---
I've also added TLS configuration below:
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: shop
  annotations:
    cert-manager.io/cluster-issuer: letsencrypt-prod
spec:
  ingressClassName: nginx
  tls:
    - hosts: [shop.example.com]
      secretName: shop-tls
  rules:
    - host: shop.example.com
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: shop
                port:
                  number: 80
''')

f(D, 'mkdocs.yml', 'yaml', 'top: "Certainly! Here\'s an mkdocs.yml for your project:" prose before the config', r'''
Certainly! Here's an mkdocs.yml for your project:

site_name: Ledgerkit
site_description: Double-entry bookkeeping primitives for Python
repo_url: https://github.com/acme/ledgerkit
theme:
  name: material
  features:
    - navigation.sections
    - content.code.copy
nav:
  - Home: index.md
  - Quickstart: quickstart.md
  - API reference: api.md
markdown_extensions:
  - admonition
  - pymdownx.highlight
  - pymdownx.superfences
plugins:
  - search
  - mkdocstrings
''')

f(D, 'dependabot.yml', 'yaml', 'end: "**Note:** ..." markdown paragraph after the config; no final newline', r'''
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
  - package-ecosystem: github-actions
    directory: "/"
    schedule:
      interval: monthly

**Note:** Dependabot reads this file from the default branch only, so merge it to `main` before expecting pull requests.''', nl=False)

f(D, 'cronjob.yaml', 'yaml', 'middle: commented chatter "# I\'ve changed the schedule to run every 6 hours as you asked" (YAML comment, parses)', r'''
apiVersion: batch/v1
kind: CronJob
metadata:
  name: report-export
  namespace: analytics
spec:
  # I've changed the schedule to run every 6 hours as you asked
  schedule: "0 */6 * * *"
  concurrencyPolicy: Forbid
  successfulJobsHistoryLimit: 3
  failedJobsHistoryLimit: 1
  jobTemplate:
    spec:
      backoffLimit: 2
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: export
              image: ghcr.io/acme/report-export:1.6.0
              args: ["--since", "6h", "--dest", "s3://acme-reports/exports/"]
              envFrom:
                - secretRef:
                    name: report-export-env
''')

f(D, 'main.yml', 'yaml', 'top: "Here is the updated role with the handler wired in:" prose before an Ansible task list', r'''
Here is the updated role with the handler wired in:

- name: Install chrony
  ansible.builtin.package:
    name: chrony
    state: present

- name: Deploy chrony configuration
  ansible.builtin.template:
    src: chrony.conf.j2
    dest: /etc/chrony/chrony.conf
    owner: root
    mode: "0644"
  notify: Restart chrony

- name: Ensure chrony is running
  ansible.builtin.service:
    name: chrony
    state: started
    enabled: true
''')

f(D, 'config.yml', 'yaml', 'end: "This config does the following:" followed by a numbered list; no final newline', r'''
version: 2.1

orbs:
  python: circleci/python@2.1

jobs:
  test:
    docker:
      - image: cimg/python:3.12
      - image: cimg/postgres:16.2
        environment:
          POSTGRES_USER: test
    steps:
      - checkout
      - python/install-packages:
          pkg-manager: pip
      - run:
          name: Run tests
          command: pytest -q --junitxml=test-results/junit.xml
      - store_test_results:
          path: test-results

workflows:
  main:
    jobs:
      - test

This config does the following:
1. Spins up Python 3.12 with a Postgres 16 sidecar.
2. Installs dependencies with pip caching.
3. Runs pytest and uploads the JUnit results.''', nl=False)

f(D, 'kustomization.yaml', 'yaml', 'middle: "Sure, here\'s the patch section:" prose line inserted before patches:', r'''
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: staging

resources:
  - ../../base
  - ingress.yaml

images:
  - name: ghcr.io/acme/api
    newTag: 3.4.0-rc.2

Sure, here's the patch section:

patches:
  - path: replicas.yaml
    target:
      kind: Deployment
      name: api
  - path: resources.yaml
    target:
      kind: Deployment

configMapGenerator:
  - name: api-config
    literals:
      - LOG_LEVEL=debug
''')
