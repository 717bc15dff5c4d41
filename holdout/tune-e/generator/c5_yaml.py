from common import f
D = 'clean'

f(D, 'summary.yml', 'yaml', 'clean GitHub Actions workflow; look-alikes: input description prose, echo "Here is the summary:", # TODO comment', r'''
name: Nightly report

on:
  schedule:
    - cron: "0 3 * * *"
  workflow_dispatch:
    inputs:
      days:
        description: >
          How many days of data to include in the report. Here is a hint:
          use 7 for the weekly digest and 30 for the monthly one.
        required: false
        default: "1"

jobs:
  report:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      # TODO: move the report script into its own action once it stabilises
      - name: Generate report
        run: python scripts/report.py --days "${{ inputs.days || '1' }}" > report.md
      - name: Publish summary
        run: |
          echo "Here is the summary:" >> "$GITHUB_STEP_SUMMARY"
          cat report.md >> "$GITHUB_STEP_SUMMARY"
''')

f(D, 'bug_report.yml', 'yaml', 'clean GitHub issue form; look-alikes: placeholders, "Note:" in markdown, "..." in placeholder text', r'''
name: Bug report
description: Report something that is not working as expected.
labels: ["bug", "triage"]
body:
  - type: markdown
    attributes:
      value: |
        Thanks for taking the time to file a bug!
        **Note:** please search existing issues first; duplicates are closed.
  - type: input
    id: version
    attributes:
      label: Version
      placeholder: e.g. 2.4.1
    validations:
      required: true
  - type: textarea
    id: what-happened
    attributes:
      label: What happened?
      description: Tell us what you expected and what you saw instead.
      placeholder: "When I click Save..., the page shows ..."
    validations:
      required: true
  - type: textarea
    id: logs
    attributes:
      label: Relevant log output
      description: Paste any logs here. This will be formatted as code.
      render: shell
  - type: dropdown
    id: os
    attributes:
      label: Operating system
      options:
        - Linux
        - macOS
        - Windows
''')

f(D, 'stack.yaml', 'yaml', 'clean multi-document Kubernetes stream with "---" separators and a "..." document-end marker', r'''
apiVersion: v1
kind: Namespace
metadata:
  name: tools
...
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: pgadmin-config
  namespace: tools
data:
  PGADMIN_LISTEN_PORT: "8080"
  PGADMIN_CONFIG_ENHANCED_COOKIE_PROTECTION: "True"
---
apiVersion: v1
kind: Service
metadata:
  name: pgadmin
  namespace: tools
spec:
  selector:
    app: pgadmin
  ports:
    - port: 80
      targetPort: 8080
...
''')

f(D, 'values.yaml', 'yaml', 'clean Helm values with "# -- " docs and "# Note:" comments; no final newline', r'''
# -- Number of API replicas.
replicaCount: 2

image:
  repository: ghcr.io/acme/api
  # -- Overrides the image tag; defaults to the chart appVersion.
  tag: ""
  pullPolicy: IfNotPresent

# Note: the service port must match the containerPort in the chart templates.
service:
  type: ClusterIP
  port: 8080

podAnnotations: {}

resources:
  requests:
    cpu: 100m
    memory: 256Mi

# -- Extra environment variables, e.g. {FEATURE_X: "true"}.
env: {}

autoscaling:
  enabled: false
  minReplicas: 2
  maxReplicas: 6''', nl=False)

f(D, 'openapi.yaml', 'yaml', 'clean OpenAPI with folded/literal description paragraphs and an example string "Loading..."', r'''
openapi: 3.1.0
info:
  title: Status Page API
  version: 1.2.0
  description: >
    Public, read-only API for the status page. Responses are cached for
    thirty seconds at the edge, so a component may show a stale state
    for up to half a minute after an incident is opened.

    Note: timestamps are always UTC and formatted as RFC 3339.
paths:
  /components:
    get:
      summary: List components
      description: |
        Returns every component with its current state. While the
        backend is warming up the `message` field reads "Loading..."
        and `state` is `unknown`.
      responses:
        "200":
          description: OK
          content:
            application/json:
              example:
                - id: api
                  state: unknown
                  message: Loading...
''')

f(D, 'docker-compose.yml', 'yaml', 'clean compose file; look-alike "Starting..." inside a command string, # TODO comment', r'''
services:
  web:
    image: node:20-alpine
    working_dir: /app
    volumes:
      - ./:/app
    command: ["sh", "-c", "echo 'Starting...' && npm ci && exec npm run dev -- --host 0.0.0.0"]
    ports:
      - "5173:5173"
    environment:
      VITE_API_URL: http://localhost:8000

  api:
    build:
      context: ./api
      args:
        PYTHON_VERSION: "3.12"
    # TODO: add a healthcheck once /healthz lands
    ports:
      - "8000:8000"
    env_file: .env
''')

f(D, 'playbook.yml', 'yaml', 'clean Ansible playbook; look-alikes: debug msg "Here is the result:", # Note: comment', r'''
- name: Collect facts about disk usage
  hosts: all
  gather_facts: true
  tasks:
    - name: Measure root filesystem usage
      ansible.builtin.command: df -h /
      register: df_out
      changed_when: false

    # Note: this only prints; nothing on the hosts is changed.
    - name: Show the result
      ansible.builtin.debug:
        msg: "Here is the result: {{ df_out.stdout_lines[-1] }}"

    - name: Warn when almost full
      ansible.builtin.debug:
        msg: "Disk on {{ inventory_hostname }} is above 90% - please clean up..."
      when: (df_out.stdout_lines[-1].split()[4] | replace('%', '') | int) > 90
''')

f(D, 'mkdocs.yml', 'yaml', 'clean MkDocs config; look-alikes: copyright text, nav entry "Getting started", "…" in a string', r'''
site_name: Ledgerkit
site_description: "Double-entry bookkeeping primitives… for people who hate spreadsheets"
copyright: Copyright &copy; 2026 Acme Ltd.
repo_url: https://github.com/acme/ledgerkit
theme:
  name: material
  features:
    - navigation.instant
    - content.code.copy
nav:
  - Home: index.md
  - Getting started: getting-started.md
  - How-to guides:
      - Import a bank statement: howto/import.md
      - Close a period: howto/close-period.md
  - Reference: reference.md
markdown_extensions:
  - admonition
  - toc:
      permalink: true
''')

f(D, 'pre-commit-config.yaml', 'yaml', 'clean pre-commit config with regex exclude and flow sequences', r'''
default_language_version:
  python: python3.12
exclude: ^(docs/_build/|.*\.min\.js$)
repos:
  - repo: https://github.com/pre-commit/pre-commit-hooks
    rev: v4.6.0
    hooks:
      - id: trailing-whitespace
      - id: end-of-file-fixer
      - id: check-yaml
        args: [--allow-multiple-documents]
  - repo: https://github.com/astral-sh/ruff-pre-commit
    rev: v0.6.9
    hooks:
      - id: ruff
        args: [--fix, --exit-non-zero-on-fix]
      - id: ruff-format
''')

f(D, 'config.yml', 'yaml', 'clean CircleCI config; look-alike: heredoc and "Note:" echoed inside a block scalar', r'''
version: 2.1

jobs:
  smoke:
    docker:
      - image: cimg/base:2024.11
    steps:
      - checkout
      - run:
          name: Write smoke-test config
          command: |
            cat > smoke.env <<EOF
            BASE_URL=https://staging.example.com
            TIMEOUT=30
            EOF
            echo "Note: smoke tests run against staging only."
      - run:
          name: Run smoke tests
          command: ./scripts/smoke.sh smoke.env

workflows:
  nightly:
    jobs:
      - smoke
''')
