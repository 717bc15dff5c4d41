"""clean / YAML (10) and TOML (5)."""
from common import K

YAML = [
K(".github/workflows/docs.yml",
  "clean; '# unchanged from the template' comment ({L1}) and a run block scalar whose echo text reads like prose ({L2})",
  r'''
name: Docs

on:
  push:
    branches: [main]
    paths: ["docs/**", "mkdocs.yml"]

permissions:
  contents: write

jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
§      # unchanged from the mkdocs-material publishing template
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install mkdocs-material
      - run: mkdocs gh-deploy --force
      - name: Summary
        run: |
§          echo "Docs deployed! Here's the link: https://${{ github.repository_owner }}.github.io/${{ github.event.repository.name }}/" >> "$GITHUB_STEP_SUMMARY"
          echo "The rest of the build log is available above." >> "$GITHUB_STEP_SUMMARY"
'''),

K("k8s/nginx/configmap.yaml",
  "clean; a literal block scalar carrying nginx config with '...' and 'other locations' comments inside the payload ({L})",
  r'''
apiVersion: v1
kind: ConfigMap
metadata:
  name: nginx-conf
data:
  default.conf: |
    server {
      listen 8080;
      root /usr/share/nginx/html;

      location /api/ {
        proxy_pass http://api:8080/;
        proxy_set_header Host $host;
      }

§      # other locations (/, /assets/...) fall through to the SPA rule below
      location / {
        try_files $uri $uri/ /index.html;
      }
    }
'''),

K("k8s/namespace-and-quota.yaml",
  "clean; multi-document YAML using `...` document end markers ({L})",
  r'''
apiVersion: v1
kind: Namespace
metadata:
  name: team-payments
  labels:
    owner: payments
§...
---
apiVersion: v1
kind: ResourceQuota
metadata:
  name: compute
  namespace: team-payments
spec:
  hard:
    requests.cpu: "8"
    requests.memory: 16Gi
    limits.memory: 32Gi
    pods: "50"
...
'''),

K("docs/faq.yml",
  "clean; data file whose block-scalar answers are friendly prose that reads like chatter ({L})",
  r'''
- question: Can I use my own domain?
  answer: >
§    Sure! Head to Settings → Domains, add your domain, and create the CNAME
    record we show you. Certificates are issued automatically within a few
    minutes.
- question: How do I export my data?
  answer: |
    Go to Settings → Export and pick a format. We'll email you a link when
§    the export is ready. Let us know if you need a format we don't offer yet.
- question: Is there an API?
  answer: >-
    Yes. See the API reference for endpoints, authentication and rate limits,
    and the changelog for what's new.
'''),

K("docker-compose.override.yml",
  "clean; comments addressed to the reader ({L}) and merge keys with anchors",
  r'''
§# Local overrides. You can override any of these with a .env file next to this one.
x-dev-env: &dev-env
  LOG_LEVEL: debug
  RELOAD: "true"

services:
  api:
    build:
      target: dev
    environment:
      <<: *dev-env
      DATABASE_URL: postgres://app:app@db:5432/app
    volumes:
      - ./api:/app
§    # Set DEBUG_PORT in your .env if 9229 is already taken on your machine.
    ports:
      - "${DEBUG_PORT:-9229}:9229"

  worker:
    environment:
      <<: *dev-env
    volumes:
      - ./api:/app
'''),

K(".github/ISSUE_TEMPLATE/bug_report.yml",
  "clean; issue-form markdown that thanks the user and asks for 'the rest of the output' ({L})",
  r'''
name: Bug report
description: Something isn't working as expected
labels: [bug, triage]
body:
  - type: markdown
    attributes:
      value: |
§        Thanks for taking the time to fill out this bug report!
        Please search existing issues first.
  - type: textarea
    id: what-happened
    attributes:
      label: What happened?
      placeholder: Tell us what you saw and what you expected…
    validations:
      required: true
  - type: textarea
    id: logs
    attributes:
      label: Logs
§      description: Paste the error and the rest of the output from `tool --verbose`.
      render: shell
  - type: input
    id: version
    attributes:
      label: Version
      placeholder: "1.8.2"
'''),

K("charts/app/values.yaml",
  "clean; Helm values with '# -- same format as env above' docs and empty maps ({L})",
  r'''
# -- Number of pods
replicaCount: 1

image:
  repository: ghcr.io/acme/app
  # -- Defaults to the chart appVersion
  tag: ""

# -- Plain environment variables
env:
  - name: LOG_FORMAT
    value: json

§# -- Extra env vars; same format as env above, merged after it
extraEnv: []

# -- Annotations added to every pod (empty by default)
podAnnotations: {}

nodeSelector: {}
tolerations: []
affinity: {}
'''),

K(".github/release-drafter.yml",
  "clean; template block scalar containing '...' and prose ({L})",
  r'''
name-template: "v$RESOLVED_VERSION"
tag-template: "v$RESOLVED_VERSION"
categories:
  - title: Features
    labels: [feature, enhancement]
  - title: Bug fixes
    labels: [bug]
  - title: Maintenance
    labels: [chore, dependencies]
change-template: "- $TITLE (#$NUMBER) @$AUTHOR"
version-resolver:
  major:
    labels: [breaking]
  minor:
    labels: [feature]
  default: patch
template: |
  ## What's changed

  $CHANGES

§  Full changelog: https://github.com/$OWNER/$REPOSITORY/compare/$PREVIOUS_TAG...v$RESOLVED_VERSION
'''),

K("ansible/group_vars/all.yml",
  "clean; TODO comment ({L1}) and a comment addressed to the reader ({L2})",
  r'''
timezone: Europe/Berlin
ntp_servers:
  - 0.de.pool.ntp.org
  - 1.de.pool.ntp.org

admin_users:
  - name: alice
    ssh_key: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIJ6qS0a1 alice@laptop"
  - name: bob
    ssh_key: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHk0b2b2 bob@desktop"

§# TODO: move the smtp password to ansible-vault before the next audit
smtp_relay:
  host: smtp.example.com
  port: 587
  user: alerts@example.com

§# Override per host in host_vars/ if a machine needs a different swap size.
swap_size_mb: 2048
'''),

K("locales/en.yml",
  "clean; strings containing '…', 'and %{count} more', and a final `...` document end marker ({L}); no final newline",
  r'''
en:
  common:
    loading: "Loading…"
    load_more: "Load more…"
    more_items: "and %{count} more"
  upload:
    progress: "Uploading %{name}… %{percent}%"
    done: "Done! Your file is ready."
  empty_state:
    title: "Nothing here yet"
    body: >
      Create your first project to get started. You can always come back
      and change the rest later.
§...'''),
]

TOML = [
K("crates/cli/Cargo.toml",
  "clean; '# unchanged from upstream template' comment ({L1}) and an intentionally empty default feature list ({L2})",
  r'''
[package]
name = "acme-cli"
version = "0.9.0"
edition = "2021"
description = "Command-line client for the Acme API"
license = "MIT"

§# [profile] settings below are unchanged from the upstream cargo-dist template
[profile.dist]
inherits = "release"
lto = "thin"

[dependencies]
clap = { version = "4.5", features = ["derive", "env"] }
anyhow = "1"
reqwest = { version = "0.12", default-features = false, features = ["json", "rustls-tls"] }
tokio = { version = "1", features = ["rt", "macros"] }

[features]
§default = []  # nothing on by default; see README for the optional ones
self-update = []
'''),

K("config/app.toml",
  "clean; multi-line strings with prose that reads like chatter ({L})",
  r'''
[server]
host = "0.0.0.0"
port = 8080

[banner]
enabled = true
§motd = """
Welcome back! Here's what changed since your last visit:
  * dark mode is now the default
  * exports run in the background
Let us know what you think via the feedback button."""

[maintenance]
enabled = false
message = """
We're doing some scheduled maintenance. The rest of the site keeps working,
but uploads are paused until 06:00 UTC."""
'''),

K(".cargo/config.toml",
  "clean; alias comments that say 'same as ... but for the whole workspace' ({L})",
  r'''
[alias]
§# same as `cargo test` but for the whole workspace, including doc tests
t = "test --workspace --all-features"
lint = "clippy --workspace --all-targets --all-features -- -D warnings"
xtask = "run --package xtask --"

[build]
rustflags = ["-C", "force-frame-pointers=yes"]

[target.x86_64-unknown-linux-gnu]
linker = "clang"
rustflags = ["-C", "link-arg=-fuse-ld=lld"]

[env]
RUST_LOG = { value = "info", force = false }
'''),

K("pyproject.toml",
  "clean; empty ignore list with a comment ({L1}) and a marker description containing quotes and parentheses ({L2})",
  r'''
[project]
name = "tally"
version = "0.4.2"
requires-python = ">=3.11"
dependencies = ["click>=8.1", "rich>=13"]

[project.scripts]
tally = "tally.cli:main"

[tool.ruff.lint]
select = ["E", "F", "I", "B"]
§ignore = []  # nothing ignored on purpose; fix the code instead

[tool.pytest.ini_options]
addopts = "-ra"
markers = [
§  "slow: hits the network (deselect with '-m \"not slow\"')",
]

[build-system]
requires = ["hatchling"]
build-backend = "hatchling.build"
'''),

K("config/feeds.toml",
  "clean; arrays of tables with a literal multi-line string of prose ({L}); no final newline",
  r"""
title = "Team reading list"
refresh_minutes = 60

[[feed]]
name = "Rust blog"
url = "https://blog.rust-lang.org/feed.xml"
tags = ["rust"]

[[feed]]
name = "Postgres weekly"
url = "https://postgresweekly.com/rss"
tags = ["databases"]
§notes = '''
Mostly links to other articles... skim the headlines and
open the rest only if something looks relevant.'''"""),
]

FILES = YAML + TOML
