from common import F
L = "clean"
Y = "yaml"

F(L, ".github/workflows/ci.yml", Y, "valid GitHub Actions workflow: run blocks whose lines end in '&&' / '\\' continuations that are complete; comments with 'Note:' and 'rest of the steps are unchanged'", r'''
name: CI

on:
  push:
    branches: [main]
  pull_request:

jobs:
  test:
    runs-on: ubuntu-latest
    services:
      postgres:
        image: postgres:16
        env:
          POSTGRES_PASSWORD: postgres
        ports: ["5432:5432"]
        options: >-
          --health-cmd pg_isready
          --health-interval 5s
          --health-retries 10
    steps:
      - uses: actions/checkout@v4
      # Note: setup-node handles the npm cache; the rest of the steps are unchanged from the template.
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          cache: npm
      - name: Install
        run: |
          npm ci &&
            npm run build --workspaces --if-present
      - name: Migrate and test
        env:
          DATABASE_URL: postgres://postgres:postgres@localhost:5432/postgres
        run: |
          npx prisma migrate deploy &&
          npm test -- --ci \
            --coverage \
            --maxWorkers=2
      - name: Summary
        if: always()
        run: echo "Tests finished with status ${{ job.status }}" >> "$GITHUB_STEP_SUMMARY"
''')

F(L, "k8s/motd-configmap.yaml", Y, "valid multi-document YAML with explicit '---' starts and '...' document end markers; block scalars with prose containing 'Here is', 'Let me know', '...'", r'''
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: bastion-motd
  namespace: ops
data:
  motd: |
    Welcome to the ops bastion.

    Here is what you can do from this host:
      * kubectl against prod (read-only by default)
      * psql to the replicas ...and nothing else.

    Let me know in #ops if you need write access; requests
    are reviewed within one working day.
...
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: bastion-banner
  namespace: ops
data:
  banner: >
    Authorised use only. Sessions are recorded, etc.
    Disconnect now if you are not an authorised user.
...
''')

F(L, ".github/ISSUE_TEMPLATE/bug_report.yml", Y, "valid issue form: markdown block scalar with prose ('Thanks for taking the time...', 'Let me know'), placeholders like '...' and a TODO-looking default value", r'''
name: Bug report
description: Something is not working as expected
labels: [bug, triage]
body:
  - type: markdown
    attributes:
      value: |
        Thanks for taking the time to fill out this bug report!

        **Note:** please search existing issues first. If you are not sure
        whether it is a bug, let us know in Discussions instead.
  - type: textarea
    id: what-happened
    attributes:
      label: What happened?
      description: Also tell us what you expected to happen.
      placeholder: "When I click Save, the page reloads and ..."
    validations:
      required: true
  - type: input
    id: version
    attributes:
      label: Version
      placeholder: "e.g. 2.4.1"
  - type: textarea
    id: logs
    attributes:
      label: Relevant log output
      description: Paste logs here; they are rendered as code, so no need for backticks.
      render: shell
''')

F(L, "charts/web/values.yaml", Y, "valid Helm values (plain YAML, no templating): comments with 'TODO', 'etc.', 'as before', 'rest of'; string values containing '...'", r'''
# Default values for the web chart.
# TODO(platform): move the probe timings into a shared library chart.

replicaCount: 2

image:
  repository: ghcr.io/acme/web
  tag: "4.2.0"   # bumped by CI; keep the rest of this block as is

ui:
  loadingText: "Loading..."
  emptyStateText: "Nothing here yet..."
  footer: "© Acme, Inc. — terms, privacy, etc."

# Probes behave as before: the app answers /healthz on the http port.
livenessProbe:
  httpGet:
    path: /healthz
    port: http
  periodSeconds: 10

readinessProbe:
  httpGet:
    path: /ready
    port: http
  periodSeconds: 5

resources:
  requests: { cpu: 100m, memory: 128Mi }
  limits: { memory: 256Mi }
''')

F(L, "api/openapi.yaml", Y, "valid OpenAPI: descriptions containing 'Note:', 'unchanged', 'Here is'; example string values '...'", r'''
openapi: 3.0.3
info:
  title: Documents API
  version: 2.1.0
  description: |
    Here is the reference for the Documents API.

    Note: fields that you omit in a PATCH request are left unchanged.
paths:
  /documents/{id}:
    patch:
      summary: Update a document
      parameters:
        - name: id
          in: path
          required: true
          schema: { type: string }
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                title: { type: string, example: "Quarterly report..." }
                body: { type: string, example: "..." }
      responses:
        "200":
          description: The updated document; the rest of the fields are unchanged.
''')

F(L, ".gitlab-ci.yml", Y, "valid GitLab CI: '- |' script blocks with a here-document and '&&' chains; comment 'the rest of the pipeline lives in templates/deploy.yml (included below)'", r'''
# The rest of the pipeline lives in templates/deploy.yml (included below).
include:
  - local: templates/deploy.yml

stages: [test, report]

unit:
  stage: test
  image: python:3.12
  script:
    - pip install -r requirements.txt && pip install pytest-cov
    - pytest --cov=app --cov-report=xml

report:
  stage: report
  image: alpine:3.19
  script:
    - |
      cat > summary.md <<EOF
      ## Test summary
      Here is the coverage report for ${CI_COMMIT_SHORT_SHA}.
      Details ... see the artifacts tab.
      EOF
    - cat summary.md
  artifacts:
    paths: [summary.md]
''')

F(L, "ansible/site.yml", Y, "valid playbook with an explicit '---' start and a final '...' document end marker; task names containing 'as before' and 'unchanged'", r'''
---
- name: Baseline for all hosts
  hosts: all
  become: true
  tasks:
    - name: Keep sshd configuration unchanged unless the template differs
      ansible.builtin.template:
        src: sshd_config.j2
        dest: /etc/ssh/sshd_config
        validate: /usr/sbin/sshd -t -f %s
      notify: Restart sshd

    - name: Install the same base packages as before
      ansible.builtin.apt:
        name: [htop, curl, vim, unattended-upgrades]
        state: present

  handlers:
    - name: Restart sshd
      ansible.builtin.service:
        name: ssh
        state: restarted
...
''')

F(L, "docker-compose.yml", Y, "valid compose file: folded command with '&&', comment 'unchanged from upstream', healthcheck with CMD-SHELL", r'''
# Service definitions are unchanged from upstream; only ports differ.
services:
  app:
    image: ghcr.io/acme/app:3.1
    command: >
      sh -c "python manage.py migrate --noinput &&
             gunicorn app.wsgi -b 0.0.0.0:8000 -w 3"
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
      retries: 10
''')

F(L, "config/locales/en.yml", Y, "valid Rails i18n YAML whose strings are chat-like ('Here is your receipt', 'Let me know...', 'Loading…', 'etc.'); no final newline", r'''
en:
  assistant:
    greeting: "Hi %{name}! How can I help you today?"
    thinking: "Thinking…"
    fallback: "Sorry, I didn't get that. Let me know if you want to talk to a human."
  receipts:
    subject: "Here is your receipt for order %{number}"
    intro: "Thanks for your order! Here's a summary:"
    footer: "Questions about returns, refunds, etc.? Just reply to this email."
  common:
    loading: "Loading..."
    more: "…and %{count} more"
    unchanged: "No changes — everything is as before."''')

F(L, ".github/workflows/release.yml", Y, "valid workflow whose run block writes release notes through a here-document containing Markdown and prose ('## What's changed', 'Let us know')", r'''
name: Release notes

on:
  push:
    tags: ["v*"]

permissions:
  contents: write

jobs:
  notes:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0
      - name: Write notes
        run: |
          prev=$(git describe --tags --abbrev=0 "${GITHUB_REF_NAME}^" 2>/dev/null || true)
          {
            echo "## What's changed"
            echo
            git log --pretty='* %s (%h)' "${prev:+$prev..}${GITHUB_REF_NAME}"
            cat <<'EOF'

          Thanks to everyone who contributed. Let us know in Discussions
          if something in this release breaks your setup...
          EOF
          } > notes.md
      - run: gh release create "$GITHUB_REF_NAME" --notes-file notes.md
        env:
          GH_TOKEN: ${{ github.token }}
''')
