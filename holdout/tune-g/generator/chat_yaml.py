from common import add

L = "llm-chatter"
Y = "YAML"


def p(path, body, marks, what, nl=True):
    add(L, path, Y, body, what, marks, nl, kind="prose")


def md(path, body, marks, what, nl=True):
    add(L, path, Y, body, what, marks, nl, kind="markdown")


def cm(path, body, marks, what, nl=True):
    add(L, path, Y, body, what, marks, nl, kind="comment")


# ---------- plain prose lines (10) ----------
p(".github/workflows/ci.yml", r'''
Here is the updated workflow with caching enabled:
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
''', ["Here is the updated workflow"], "prose intro line 'Here is the updated workflow with caching enabled:' at line {0} (YAML reads it as a top-level key)")

p("k8s/deployment.yaml", r'''
Sure! Below is the manifest.
---
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
          image: ghcr.io/acme/checkout:2.7.1
          ports:
            - containerPort: 8080
          readinessProbe:
            httpGet:
              path: /healthz
              port: 8080
            initialDelaySeconds: 5
''', ["Sure! Below is the manifest."], "prose intro line 'Sure! Below is the manifest.' at line {0} (a plain-scalar document before '---')")

p(".github/workflows/release.yml", r'''
name: Release

on:
  push:
    tags: ["v*.*.*"]

permissions:
  contents: write
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
      - run: npm publish --provenance --access public
        env:
          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}
      - uses: softprops/action-gh-release@v2
        with:
          generate_release_notes: true

This version pins the action versions so the release is reproducible.
''', ["This version pins the action versions"], "trailing prose line 'This version pins the action versions...' at line {0}")

p("docker-compose.yml", r'''
Okay, here's the docker-compose file with the healthcheck added
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

  api:
    build: .
    depends_on:
      db:
        condition: service_healthy
    ports:
      - "8000:8000"

volumes:
  pgdata:
''', ["Okay, here's the docker-compose file"], "prose intro line 'Okay, here's the docker-compose file with the healthcheck added' at line {0}")

p("ansible/site.yml", r'''
- name: Configure web servers
  hosts: webservers
  become: true
  vars:
    nginx_worker_connections: 1024
  tasks:
    - name: Install nginx
      ansible.builtin.apt:
        name: nginx
        state: present
        update_cache: true

    - name: Deploy nginx.conf
      ansible.builtin.template:
        src: templates/nginx.conf.j2
        dest: /etc/nginx/nginx.conf
        mode: "0644"
      notify: Reload nginx

  handlers:
    - name: Reload nginx
      ansible.builtin.service:
        name: nginx
        state: reloaded

Let me know if you want me to split this into roles.
''', ["Let me know if you want me to split"], "trailing prose line 'Let me know if you want me to split this into roles.' at line {0}")

p("k8s/worker-deployment.yaml", r'''
apiVersion: apps/v1
kind: Deployment
metadata:
  name: thumbnail-worker
  namespace: media
spec:
  replicas: 2
  selector:
    matchLabels:
      app: thumbnail-worker
  template:
    metadata:
      labels:
        app: thumbnail-worker
    spec:
      containers:
        - name: worker
          image: registry.example.com/media/thumbnail-worker:1.9.0
          args: ["--queue", "thumbnails", "--concurrency", "4"]
          resources:
            I also bumped the memory limit to 512Mi:
            requests:
              cpu: 250m
              memory: 256Mi
            limits:
              cpu: "1"
              memory: 512Mi
''', ["I also bumped the memory limit"], "prose line 'I also bumped the memory limit to 512Mi:' at line {0} inside resources (YAML reads it as a key)")

p(".github/dependabot.yml", r'''
The following config enables Dependabot for npm and GitHub Actions:
version: 2
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
''', ["The following config enables Dependabot"], "prose intro line 'The following config enables Dependabot...:' at line {0} (read as a key)")

p(".gitlab-ci.yml", r'''
stages:
  - build
  - test
  - deploy

variables:
  DOCKER_DRIVER: overlay2
  IMAGE: $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA

build:
  stage: build
  image: docker:26
  services:
    - docker:26-dind
  script:
    - docker login -u "$CI_REGISTRY_USER" -p "$CI_REGISTRY_PASSWORD" "$CI_REGISTRY"
    - docker build -t "$IMAGE" .
    - docker push "$IMAGE"

test:
  stage: test
  image: $IMAGE
  script:
    - pytest -q

deploy:
  stage: deploy
  image: bitnami/kubectl:1.30
  script:
    - kubectl set image deployment/api api="$IMAGE"
  environment: production
  when: manual
That should fix the failing pipeline.
''', ["That should fix the failing pipeline."], "trailing prose line 'That should fix the failing pipeline.' at line {0}")

p("charts/api/values.yaml", r'''
Below are the default values for the chart
replicaCount: 2

image:
  repository: ghcr.io/acme/api
  tag: ""
  pullPolicy: IfNotPresent

service:
  type: ClusterIP
  port: 80

ingress:
  enabled: false
  className: nginx
  hosts:
    - host: api.local
      paths:
        - path: /
          pathType: Prefix

resources:
  limits:
    cpu: 500m
    memory: 256Mi

autoscaling:
  enabled: false
  minReplicas: 2
  maxReplicas: 6
''', ["Below are the default values for the chart"], "prose intro line 'Below are the default values for the chart' at line {0}")

p("mkdocs.yml", r'''
Here you go - the mkdocs config with the material theme and search enabled:

site_name: Fleet Docs
site_url: https://docs.example.com/fleet/
repo_url: https://github.com/acme/fleet
theme:
  name: material
  features:
    - navigation.tabs
    - content.code.copy
  palette:
    primary: indigo
plugins:
  - search
  - mkdocstrings
nav:
  - Home: index.md
  - Getting started: getting-started.md
  - Reference:
      - CLI: reference/cli.md
      - Config: reference/config.md
markdown_extensions:
  - admonition
  - pymdownx.superfences
''', ["Here you go - the mkdocs config"], "prose intro line 'Here you go - the mkdocs config ...:' at line {0} (read as a key)")

# ---------- markdown-style chatter (6) ----------
md(".github/workflows/deploy-aws.yml", r'''
name: Deploy to AWS

on:
  workflow_dispatch:
  push:
    branches: [main]

permissions:
  id-token: write
  contents: read

jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: ${{ secrets.AWS_ROLE_ARN }}
          aws-region: eu-central-1
      - run: aws s3 sync ./public s3://acme-site --delete

**Note:** You will need to add `AWS_ROLE_ARN` as a repository secret before this runs.
''', ["**Note:**"], "'**Note:**' line after the workflow at line {0}")

md("compose/docker-compose.dev.yml", r'''
services:
  web:
    build:
      context: .
      target: dev
    command: npm run dev -- --host 0.0.0.0
    volumes:
      - .:/app
      - /app/node_modules
    ports:
      - "5173:5173"
    depends_on:
      - db

  db:
    image: mysql:8.4
    environment:
      MYSQL_ROOT_PASSWORD: devpass
      MYSQL_DATABASE: shop
    ports:
      - "3306:3306"

Changes I made:
- The `web` service now mounts the source so hot reload works
- `node_modules` is kept in an anonymous volume
- MySQL is pinned to 8.4 instead of `latest`
''', ["Changes I made:", "- The `web` service"], "prose heading 'Changes I made:' at line {0} followed by a markdown bullet list from line {1}")

md("k8s/service.yaml", r'''
apiVersion: v1
kind: Service
metadata:
  name: search-api
  namespace: search
  annotations:
    service.beta.kubernetes.io/aws-load-balancer-type: nlb
spec:
  type: LoadBalancer
  selector:
    app: search-api
  ports:
    - name: http
      port: 80
      targetPort: 9200
      protocol: TCP

### Explanation

The `selector` must match the labels on your Deployment's pod template,
otherwise the Service will have no endpoints. The annotation switches the
AWS load balancer to an NLB, which keeps the client IP.
''', ["### Explanation", "The `selector` must match"], "markdown heading '### Explanation' at line {0} (a YAML comment) followed by prose paragraph from line {1}")

md(".github/workflows/lint.yml", r'''
name: Lint

on: [push, pull_request]

jobs:
  ruff:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install ruff==0.5.0
      - run: ruff check --output-format=github .
      - run: ruff format --check .

To use it:

1. Save this file as `.github/workflows/lint.yml`
2. Commit and push to your repository
3. Open the Actions tab to watch the first run
''', ["To use it:", "1. Save this file"], "prose 'To use it:' at line {0} and numbered steps after the code from line {1}")

md("ansible/roles/redis/tasks/main.yml", r'''
```yaml
- name: Install redis
  ansible.builtin.apt:
    name: redis-server
    state: present

- name: Bind redis to localhost only
  ansible.builtin.lineinfile:
    path: /etc/redis/redis.conf
    regexp: '^bind '
    line: "bind 127.0.0.1 ::1"
  notify: Restart redis

- name: Enable and start redis
  ansible.builtin.service:
    name: redis-server
    state: started
    enabled: true
```

This role task list installs Redis and locks it to localhost.
''', ["```yaml", "This role task list installs"], "markdown code fence '```yaml' at line {0}, closing fence and prose after it (prose at line {1})")

md(".pre-commit-config.yaml", r'''
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
      - id: ruff-format
  - repo: https://github.com/pre-commit/mirrors-mypy
    rev: v1.10.1
    hooks:
      - id: mypy

**What changed:**
* Replaced `black` and `isort` with `ruff` and `ruff-format`
* Bumped `pre-commit-hooks` to v4.6.0
''', ["**What changed:**", "* Replaced"], "'**What changed:**' line at line {0} with a '*' bullet list from line {1}")

# ---------- comments addressing the user (4) ----------
cm("docker/compose.prod.yml", r'''
services:
  app:
    image: ghcr.io/acme/portal:${TAG:-latest}
    restart: unless-stopped
    env_file: .env.production
    # I've switched the base image to the alpine variant as you requested
    ports:
      - "127.0.0.1:3000:3000"
    deploy:
      resources:
        limits:
          memory: 768M
    logging:
      driver: json-file
      options:
        max-size: "10m"
        max-file: "3"

  caddy:
    image: caddy:2.8-alpine
    restart: unless-stopped
    ports:
      - "80:80"
      - "443:443"
    volumes:
      - ./Caddyfile:/etc/caddy/Caddyfile:ro
      - caddy_data:/data

volumes:
  caddy_data:
''', ["# I've switched the base image"], "comment addressing the user '# I've switched the base image ... as you requested' at line {0}")

cm(".github/workflows/nightly.yml", r'''
name: Nightly

on:
  schedule:
    # As you asked, this now runs at 02:30 UTC instead of midnight
    - cron: "30 2 * * *"
  workflow_dispatch:

jobs:
  integration:
    runs-on: ubuntu-latest
    timeout-minutes: 45
    services:
      postgres:
        image: postgres:16
        env:
          POSTGRES_PASSWORD: postgres
        ports: ["5432:5432"]
        options: >-
          --health-cmd pg_isready
          --health-interval 10s
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-go@v5
        with:
          go-version: "1.22"
      - run: go test -tags integration ./...
        env:
          DATABASE_URL: postgres://postgres:postgres@localhost:5432/postgres?sslmode=disable
''', ["# As you asked, this now runs"], "comment addressing the user '# As you asked, this now runs at 02:30 UTC...' at line {0}")

cm("k8s/hpa.yaml", r'''
# Here's the HPA you wanted - let me know if 70% CPU is too aggressive for your workload
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: orders-api
  namespace: shop
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: orders-api
  minReplicas: 3
  maxReplicas: 15
  metrics:
    - type: Resource
      resource:
        name: cpu
        target:
          type: Utilization
          averageUtilization: 70
  behavior:
    scaleDown:
      stabilizationWindowSeconds: 300
''', ["# Here's the HPA you wanted"], "comment addressing the user '# Here's the HPA you wanted - let me know if ...' at line {0}")

cm("ansible/group_vars/all.yml", r'''
---
timezone: Europe/Berlin
ntp_servers:
  - 0.de.pool.ntp.org
  - 1.de.pool.ntp.org

users:
  - name: deploy
    groups: [sudo, docker]
    shell: /bin/bash
    authorized_keys:
      - "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHqQ3example deploy@ci"

# You'll want to replace these placeholder ports with the ones from your firewall plan
firewall_allowed_tcp_ports:
  - 22
  - 80
  - 443

docker_daemon_options:
  log-driver: json-file
  log-opts:
    max-size: 50m
''', ["# You'll want to replace these"], "comment addressing the user '# You'll want to replace these placeholder ports...' at line {0}")
