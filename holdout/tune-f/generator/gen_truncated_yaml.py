from common import F
L = "truncated"
Y = "yaml"

F(L, ".github/workflows/ci.yml", Y, "cut at a line end: the last step is '- name: Deploy' with no run/uses (syntactically valid prefix, visibly unfinished)", r'''
name: CI

on:
  push:
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
      - run: npm ci
      - run: npm test
      - run: npm run build
      - name: Deploy
''')

F(L, "docker-compose.yml", Y, "cut mid-word in the last image tag 'redis:7-alp'", r'''
services:
  app:
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
    image: postgres:16
    environment:
      POSTGRES_USER: app
      POSTGRES_PASSWORD: app
    volumes:
      - db-data:/var/lib/postgresql/data
  cache:
    image: redis:7-alp''')

F(L, "k8s/deployment.yaml", Y, "cut mid-key 'resour' inside the container spec", r'''
apiVersion: apps/v1
kind: Deployment
metadata:
  name: search
  labels:
    app: search
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
          image: ghcr.io/acme/search:0.9.1
          ports:
            - containerPort: 7700
          resour''')

F(L, "charts/worker/values.yaml", Y, "cut at a line end: 'repository:' under image with nothing after it although a value is clearly needed (parser reads null)", r'''
# Default values for the worker chart.
replicaCount: 1

queue:
  name: default
  concurrency: 8

resources:
  requests:
    cpu: 250m
    memory: 256Mi

nodeSelector: {}
tolerations: []

image:
  repository:
''')

F(L, ".gitlab-ci.yml", Y, "cut mid-string in the deploy script: '- echo \"Deploying to'", r'''
stages:
  - test
  - deploy

test:
  stage: test
  image: golang:1.22
  script:
    - go vet ./...
    - go test ./...

deploy:
  stage: deploy
  image: alpine:3.19
  only:
    - main
  script:
    - apk add --no-cache openssh-client
    - echo "Deploying to''')

F(L, ".github/workflows/release.yml", Y, "cut at a line end: the last step is 'run: |' with no script body", r'''
name: Release

on:
  release:
    types: [published]

jobs:
  publish:
    runs-on: ubuntu-latest
    permissions:
      contents: read
      packages: write
    steps:
      - uses: actions/checkout@v4
      - uses: docker/login-action@v3
        with:
          registry: ghcr.io
          username: ${{ github.actor }}
          password: ${{ secrets.GITHUB_TOKEN }}
      - name: Build and push
        run: |
''')

F(L, "ansible/playbook.yml", Y, "cut mid-string in a task name: 'name: \"Install packa'", r'''
- hosts: db
  become: true
  vars:
    pg_version: 16
  tasks:
    - name: "Add PostgreSQL apt key"
      ansible.builtin.apt_key:
        url: https://www.postgresql.org/media/keys/ACCC4CF8.asc
        state: present
    - name: "Add PostgreSQL repository"
      ansible.builtin.apt_repository:
        repo: "deb http://apt.postgresql.org/pub/repos/apt jammy-pgdg main"
        state: present
    - name: "Install packa''')

F(L, "api/openapi.yaml", Y, "cut inside an open flow sequence: 'enum: [pending, paid, ship'", r'''
openapi: 3.0.3
info:
  title: Orders
  version: 1.0.0
paths:
  /orders:
    get:
      parameters:
        - name: status
          in: query
          schema:
            type: string
            enum: [pending, paid, ship''')

F(L, ".github/ISSUE_TEMPLATE/config.yml", Y, "cut at a line end: the last list item is '- name:' with no value and no url/about", r'''
blank_issues_enabled: false
contact_links:
  - name: Security report
    url: https://acme.io/security
    about: Please report security vulnerabilities privately.
  - name: Community forum
    url: https://forum.acme.io
    about: Ask and answer questions about using Acme.
  - name: Commercial support
    url: https://acme.io/support
    about: For customers with a support plan.
  - name:
''')

F(L, "serverless.yml", Y, "cut mid-word in a handler path 'src/handlers/proc'", r'''
service: thumbnails

provider:
  name: aws
  runtime: python3.12
  region: eu-west-1

functions:
  upload:
    handler: src/handlers/upload.handler
    events:
      - httpApi: POST /upload
  process:
    handler: src/handlers/proc''')

F(L, "monitoring/prometheus.yml", Y, "cut inside an open flow sequence mid-string: '\"node2:91'", r'''
global:
  scrape_interval: 30s

scrape_configs:
  - job_name: prometheus
    static_configs:
      - targets: ["localhost:9090"]
  - job_name: node
    static_configs:
      - targets: ["node1:9100", "node2:91''')

F(L, "config/application.yml", Y, "cut mid-placeholder '${DB_PASS' in the datasource password", r'''
server:
  port: 8080

spring:
  application:
    name: billing
  datasource:
    url: jdbc:postgresql://db:5432/billing
    username: billing
    password: ${DB_PASS''')

F(L, ".circleci/config.yml", Y, "cut at a line end: the workflow's 'jobs:' key has no entries (parser reads null)", r'''
version: 2.1

jobs:
  test:
    docker:
      - image: cimg/python:3.12
    steps:
      - checkout
      - run: pip install -r requirements.txt
      - run: pytest
  lint:
    docker:
      - image: cimg/python:3.12
    steps:
      - checkout
      - run: pip install ruff && ruff check .

workflows:
  build-and-test:
    jobs:
''')

F(L, "azure-pipelines.yml", Y, "cut mid single-quoted string: \"displayName: 'Publish artif\"", r'''
trigger:
  - main

pool:
  vmImage: windows-latest

steps:
  - task: NuGetToolInstaller@1
  - task: NuGetCommand@2
    inputs:
      restoreSolution: '**/*.sln'
  - task: VSBuild@1
    inputs:
      solution: '**/*.sln'
      configuration: Release
  - task: PublishBuildArtifacts@1
    displayName: 'Publish artif''')

F(L, "k8s/ingress.yaml", Y, "cut mid-key 'pathTy' in the last path entry", r'''
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
spec:
  ingressClassName: nginx
  rules:
    - host: www.acme.io
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
            pathTy''')

F(L, ".pre-commit-config.yaml", Y, "cut mid-URL in the last repo entry 'https://github.com/pre-commit/mirr'", r'''
repos:
  - repo: https://github.com/pre-commit/pre-commit-hooks
    rev: v4.6.0
    hooks:
      - id: trailing-whitespace
      - id: end-of-file-fixer
      - id: check-yaml
  - repo: https://github.com/psf/black
    rev: 24.4.2
    hooks:
      - id: black
  - repo: https://github.com/pre-commit/mirr''')
