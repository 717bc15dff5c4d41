from common import F

L = "truncated"
Y, J, T = "YAML", "JSON", "TOML"

FILES = [
# ---------------------------------------------------------------- YAML (15)
F(L, ".github/workflows/ci.yml", Y, r'''
name: CI
on:
  push:
    branches: [main]
  pull_request:
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
      - run: npm run bui''', "cut off mid-word in the last run step (npm run bui)", kind="trunc"),

F(L, "k8s/api-deployment.yaml", Y, r'''
apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  namespace: prod
spec:
  replicas: 3
  selector:
    matchLabels:
      app: api
  template:
    metadata:
      labels:
        app: api
    spec:
      serviceAccountName: api
      containers:
''', "ends at a line end with containers: and nothing under it", kind="trunc"),

F(L, "docker-compose.yml", Y, r'''
services:
  web:
    build: .
    ports:
      - "3000:3000"
    environment:
      NODE_ENV: production
    command: "npm run start -- --port''', "cut off inside a double-quoted string", kind="trunc"),

F(L, ".gitlab-ci.yml", Y, r'''
stages:
  - build
  - test
  - deploy

variables:
  DOCKER_DRIVER: overlay2

build-image:
  stage: build
  image: docker:24
  services:
    - docker:24-dind
  script:
    - docker build -t "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA" .
    - docker push "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA"

unit-tests:
  stage: test
''', "ends at a line end after the second job's stage: test, with no script for the job", kind="trunc"),

F(L, "helm/values.yaml", Y, r'''
replicaCount: 2
image:
  repository: ghcr.io/acme/web
  tag: "3.1.0"
service:
  type: ClusterIP
  port: 80
resources:
  requests:
    cpu: 100m
    memory: 128Mi
  limits:
    cpu: 500m
    memory: 51''', "cut off mid-number/quantity (memory: 51)", kind="trunc"),

F(L, "ansible/roles/web/tasks/main.yml", Y, r'''
- name: Install packages
  ansible.builtin.apt:
    name: [nginx, certbot, python3-certbot-nginx]
    state: present
    update_cache: true

- name: Copy site config
  ansible.builtin.template:
    src: site.conf.j2
    dest:''', "cut off right after a key (dest:) with no value and no final newline", kind="trunc"),

F(L, ".github/workflows/release.yml", Y, r'''
name: Release
on:
  push:
    tags: ["v*"]
permissions:
  contents: write
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
''', "ends at a line end with steps: and nothing under it", kind="trunc"),

F(L, "openapi.yaml", Y, r'''
openapi: 3.1.0
info:
  title: Orders API
  version: 2.0.0
servers:
  - url: https://api.example.com/v''', "cut off mid-URL in servers", kind="trunc"),

F(L, "mkdocs.yml", Y, r'''
site_name: Platform Handbook
theme:
  name: material
nav:
  - Home: index.md
  - Runbooks:
      - Database failover: runbooks/db-failover.md
      - Rotating secrets: runbooks/secrets.md
  - Architecture:
''', "ends at a line end with a nav section (Architecture:) that has no children", kind="trunc"),

F(L, ".github/workflows/lint.yml", Y, r'''
name: Lint
on: [pull_request]
jobs:
  lint:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - name: build
''', "ends at a line end with a block-sequence step that has only - name: build and no run/uses", kind="trunc"),

F(L, ".pre-commit-config.yaml", Y, r'''
repos:
  - repo: https://github.com/pre-commit/pre-commit-hooks
    rev: v4.6.0
    hooks:
      - id: trailing-whitespace
      - id: end-of-file-fixer
  - repo: https://github.com/psf/bla''', "cut off mid-URL (psf/bla)", kind="trunc"),

F(L, "k8s/ingress.yaml", Y, r'''
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: shop
spec:
  rules:
    - host: shop.example.com
      http:
        paths:
          - { path: /, pathType: Prefix, backend: { service: { name: web, port: { number: 80 } } } }
          - { path: /api, pathType: Pref''', "cut off mid-word inside an unclosed flow mapping", kind="trunc"),

F(L, ".github/dependabot.yml", Y, r'''
version: 2
updates:
  - package-ecosystem: pip
    directory: /
    schedule:
      interval: weekly
  - package-ecosystem: github-actions
    directory: /
    schedule:
''', "ends at a line end with schedule: and nothing under it", kind="trunc"),

F(L, "config/prometheus.yml", Y, r'''
global:
  scrape_interval: 30s
scrape_configs:
  - job_name: node
    static_configs:
      - targets: ['node1:9100', 'node2:91''', "cut off inside a quoted string in an unclosed flow sequence", kind="trunc"),

F(L, ".circleci/config.yml", Y, r'''
version: 2.1
jobs:
  test:
    docker:
      - image: cimg/python:3.12
    steps:
      - checkout
      - run:
          name: Install and test
          command: |
            pip install -r requirements.txt
            pytest -q --maxfai''', "cut off mid-word inside a literal block scalar", kind="trunc"),

# ---------------------------------------------------------------- JSON (10)
F(L, "package.json", J, r'''
{
  "name": "@acme/ui",
  "version": "4.2.0",
  "main": "dist/index.js",
  "types": "dist/index.d.ts",
  "scripts": {
    "build": "tsup src/index.ts --dts",
    "test": "vitest"
  },
  "peerDepend''', "cut off mid-key inside a quoted string", kind="trunc"),

F(L, "tsconfig.json", J, r'''
{
  "compilerOptions": {
    "target": "ES2022",
    "module": "NodeNext",
    "moduleResolution": "NodeNext",
    "strict": true,
    "outDir": "dist",
    "declaration": true
  },
''', "ends at a line end after a comma with the top-level object never closed", kind="trunc"),

F(L, ".eslintrc.json", J, r'''
{
  "root": true,
  "extends": ["eslint:recommended", "prettier"],
  "rules": {
    "eqeqeq": "error",
    "no-unused-vars": ["warn", { "argsIgnorePattern": "^_''', "cut off inside a quoted regex string", kind="trunc"),

F(L, "data/products.json", J, r'''
[
  { "sku": "TS-001", "name": "Logo T-shirt", "price": 19.99, "stock": 120 },
  { "sku": "MG-002", "name": "Enamel mug", "price": 12.5, "stock": 48 },
  { "sku": "ST-003", "name": "Sticker pack", "price": 4.0, "stock": 900 },
  { "sku": "HD-004", "name": "Zip hoodie", "price": 54.0, "stock": 17 }
''', "ends at a line end with the array never closed", kind="trunc"),

F(L, "composer.json", J, r'''
{
    "name": "acme/billing",
    "type": "project",
    "require": {
        "php": "^8.2",
        "laravel/framework": "^11.0",
        "stripe/stripe-php": "^14.0"
    },
    "require-dev": ''', "cut off right after a key with no value", kind="trunc"),

F(L, "openapi.json", J, r'''
{
  "openapi": "3.0.3",
  "info": { "title": "Users API", "version": "1.0.0" },
  "components": {
    "schemas": {
      "User": {
        "type": "object",
        "properties": {
          "id": { "type": "string", "format": "uuid" },
          "name": { "type": "string", "maxLength": 12''', "cut off mid-number (maxLength: 12)", kind="trunc"),

F(L, ".vscode/settings.json", J, r'''
{
  "editor.formatOnSave": true,
  "editor.defaultFormatter": "esbenp.prettier-vscode",
  "files.trimTrailingWhitespace": true,
  "typescript.tsdk": "node_modules/typescript/lib",
  "eslint.validate": ["javascript", "typescript", "typescriptreact"],
  "editor.codeActionsOnSave": {
    "source.fixAll.eslint": tr''', "cut off mid-literal (tr for true)", kind="trunc"),

F(L, "public/manifest.json", J, r'''
{
  "name": "Acme Notes",
  "short_name": "Notes",
  "start_url": "/",
  "display": "standalone",
  "theme_color": "#1f6feb",
  "icons": [
    { "src": "/icons/192.png", "sizes": "192x192", "type": "image/png" },
    { "src": "https://cdn.acme.dev/icons/5''', "cut off mid-URL inside a string", kind="trunc"),

F(L, "locales/de.json", J, r'''
{
  "nav": {
    "home": "Startseite",
    "settings": "Einstellungen",
    "logout": "Abmelden"
  },
  "cart": {
    "empty": "Ihr Warenkorb ist leer",
    "checkout": "Zur Kasse gehen",
    "removeConfirm": "Möchten Sie diesen Artikel wirklich entfer''', "cut off inside a quoted string, mid-word", kind="trunc"),

F(L, "app.json", J, r'''
{
  "expo": {
    "name": "Acme Field",
    "slug": "acme-field",
    "version": "1.3.0",
    "orientation": "portrait",
    "ios": {
      "bundleIdentifier": "dev.acme.field",
      "supportsTablet": true
    },
    "android": {
      "package": "dev.acme.field",
''', "ends at a line end after a comma with nested objects never closed", kind="trunc"),

# ---------------------------------------------------------------- TOML (10)
F(L, "Cargo.toml", T, r'''
[package]
name = "ingest"
version = "0.4.0"
edition = "2021"

[dependencies]
tokio = { version = "1.37", features = ["full"] }
serde = { version = "1", features = ["derive"] }
reqwest = { version = "0.12", default-features = false, features = ["json", "rustls-tls"] }
tracing = "0.1"

[dev-dependencies]
''', "ends at a line end with a [dev-dependencies] header and nothing in it", kind="trunc"),

F(L, "pyproject.toml", T, r'''
[build-system]
requires = ["hatchling"]
build-backend = "hatchling.build"

[project]
name = "acme-etl"
version = "1.2.0"
requires-python = ">=3.10"
dependencies = [
    "requests>=2.31",
    "pandas>=2.2",
    "click>=8.1",
''', "ends at a line end with the dependencies array never closed", kind="trunc"),

F(L, "netlify.toml", T, r'''
[build]
  base = "web/"
  publish = "dist/"
  command = "npm run bui''', "cut off mid-word inside a quoted string", kind="trunc"),

F(L, ".cargo/config.toml", T, r'''
[build]
target-dir = "target"

[target.x86_64-unknown-linux-gnu]
linker = "clang"
rustflags = ["-C", "link-arg=-fuse-ld=mold"]

[target.aarch64-unknown-linux-gnu]
linker =''', "cut off right after key = with no value", kind="trunc"),

F(L, "fly.toml", T, r'''
app = "acme-api"
primary_region = "ams"

[build]
  dockerfile = "Dockerfile"

[http_service]
  internal_port = 8080
  force_https = true
  auto_stop_machines = true
  min_machines_running = 1

[[vm]]
  cpu_kind = "shared"
  cpus = 1
  memory_mb = 10''', "cut off mid-number (memory_mb = 10, presumably 1024)", kind="trunc"),

F(L, "hugo.toml", T, r'''
baseURL = "https://blog.example.org/"
languageCode = "en-us"
title = "Field Notes"
theme = "PaperMod"

[markup.goldmark.renderer]
  unsafe = true

[params]
''', "ends at a line end with a [params] header and nothing in it", kind="trunc"),

F(L, "wrangler.toml", T, r'''
name = "edge-cache"
main = "src/index.ts"
compatibility_date = "2024-05-01"

[vars]
ORIGIN = "https://origin.example.com/api/v''', "cut off mid-URL inside a quoted string", kind="trunc"),

F(L, "config/app.toml", T, r'''
[server]
host = "0.0.0.0"
port = 8080

[database]
primary = { host = "db.internal", port = 54''', "cut off mid-number inside an unclosed inline table", kind="trunc"),

F(L, "rust-toolchain.toml", T, r'''
[toolchain]
channel = "1.78.0"
profile = "minimal"
components = ["rustfmt", "clip''', "cut off inside a string in an unclosed array", kind="trunc"),

F(L, "config/cluster.toml", T, r'''
name = "edge"
region = "eu-central"

[[servers]]
host = "edge-1.internal"
role = "primary"
weight = 3

[[servers]]
''', "ends at a line end with an empty [[servers]] array-of-tables header", kind="trunc"),
]
