from common import add

L = "clean"

# ----------------------------------------------------------------------- shell

add(L, "scripts/dev.sh", r'''
#!/usr/bin/env bash
# Start the local dev stack.
# You can override the port with PORT=4001 ./scripts/dev.sh, and skip the
# database container with NO_DB=1 if you already run Postgres yourself.
set -euo pipefail

PORT=${PORT:-4000}
NO_DB=${NO_DB:-0}

usage() {
  cat <<'EOF'
Usage: scripts/dev.sh [--seed] [--help]

Here is what this script does:
  1. starts Postgres in Docker (unless NO_DB=1)
  2. runs the migrations
  3. starts the API with live reload on $PORT

Let us know in #dev-tooling if anything here doesn't work for you.
EOF
}

SEED=0
for arg in "$@"; do
  case "$arg" in
    --seed) SEED=1 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "unknown option: $arg" >&2; usage; exit 2 ;;
  esac
done

if [ "$NO_DB" != 1 ]; then
  docker compose up -d postgres
fi

npm run db:migrate
[ "$SEED" = 1 ] && npm run db:seed

echo "API on http://localhost:$PORT"
PORT=$PORT exec npx tsx watch src/server.ts
''', "reader-addressed comment (\"You can override the port\") and a chatter-like heredoc (\"Here is what this script does:\", numbered list, \"Let us know\")",
    needle=["You can override the port", "Here is what this script does:"])

add(L, "deploy/notify.sh", r'''
#!/usr/bin/env bash
# Post a deploy summary to Slack. Called by the pipeline after a successful rollout.
set -euo pipefail

: "${SLACK_WEBHOOK_URL:?SLACK_WEBHOOK_URL is required}"
SERVICE=${1:?service name required}
VERSION=${2:?version required}
ENVIRONMENT=${3:-production}
CHANGELOG_URL="https://github.com/acme/${SERVICE}/releases/tag/v${VERSION}"

text="Deployment finished! ${SERVICE} v${VERSION} is now live in ${ENVIRONMENT}.
Here are the release notes: ${CHANGELOG_URL}
Let us know in #deploys if anything looks off."

payload=$(jq -n --arg text "$text" '{text: $text, unfurl_links: false}')

curl -fsS -X POST -H 'Content-Type: application/json' \
  --data "$payload" "$SLACK_WEBHOOK_URL" >/dev/null

echo "Slack notified: ${SERVICE} v${VERSION} (${ENVIRONMENT})"
''', "chatter-like message text inside a string (\"Deployment finished!\", \"Here are the release notes\", \"Let us know\")",
    needle=["Deployment finished!", "Let us know in #deploys"])

add(L, "scripts/retry.sh", r'''
#!/usr/bin/env bash
# retry <attempts> <command...>
# Same as retry() in lib/common.sh, but with exponential backoff and jitter.
set -uo pipefail

retry() {
  local attempts=$1
  shift
  local n=1 delay=1
  until "$@"; do
    if (( n >= attempts )); then
      echo "retry: giving up after $n attempts: $*" >&2
      return 1
    fi
    local jitter=$(( RANDOM % 1000 ))
    echo "retry: attempt $n failed, sleeping ${delay}.${jitter}s" >&2
    sleep "${delay}.${jitter}"
    n=$(( n + 1 ))
    delay=$(( delay * 2 ))
  done
}

# When sourced, only define the function; when executed, run the rest of the
# arguments as the command to retry.
if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  [ $# -ge 2 ] || { echo "usage: $0 <attempts> <command...>" >&2; exit 2; }
  retry "$@"
fi
''', "comments \"Same as retry() in lib/common.sh\" and \"run the rest of the arguments\"; \"$@\" forwarding",
    needle=["Same as retry() in lib/common.sh", "run the rest of the"])

add(L, "ci/lint.sh", r'''
#!/usr/bin/env bash
set -euo pipefail

cd "$(git rev-parse --show-toplevel)"

echo "--- eslint"
npx eslint . --max-warnings 0

echo "--- prettier"
npx prettier --check "src/**/*.{ts,tsx,css,md}"

echo "--- shellcheck"
# TODO: enable shellcheck on vendor/ once the upstream scripts are fixed
# I know this looks odd, but find | xargs is faster than shellcheck's own
# recursion on our runners, and -r keeps it quiet when nothing matches.
find scripts ci -name '*.sh' -print0 | xargs -0 -r shellcheck -x

echo "--- other checks"
# Note: the remaining checks are cheap, so they always run
if git grep -nE '^(<<<<<<<|>>>>>>>) ' -- ':!*.md'; then
  echo "merge conflict markers found" >&2
  exit 1
fi
npx tsc --noEmit -p tsconfig.json

echo "lint ok"
''', "\"TODO:\", \"I know this looks odd, but\", \"Note: the remaining checks\" comments",
    needle=["TODO: enable shellcheck", "I know this looks odd, but", "Note: the remaining checks"])

add(L, "backup/prune_snapshots.sh", r'''
#!/bin/sh
# Keep the newest $KEEP ZFS snapshots of each dataset; the remaining snapshots
# (older ones) are destroyed. Datasets, pool names, etc. come from the environment.
set -eu

POOL=${POOL:-tank}
KEEP=${KEEP:-14}
PREFIX=${PREFIX:-auto-}
DRY_RUN=${DRY_RUN:-0}

for ds in $(zfs list -H -o name -r "$POOL"); do
  snaps=$(zfs list -H -t snapshot -o name -s creation -d 1 "$ds" | grep "@$PREFIX" || true)
  total=$(printf '%s\n' "$snaps" | grep -c . || true)
  [ "$total" -le "$KEEP" ] && continue

  excess=$((total - KEEP))
  printf '%s\n' "$snaps" | head -n "$excess" | while read -r snap; do
    if [ "$DRY_RUN" = 1 ]; then
      echo "would destroy $snap"
    else
      zfs destroy "$snap"
      echo "destroyed $snap"
    fi
  done
done
''', "POSIX sh; header comment with \"the remaining snapshots\" and \"etc.\"",
    needle="the remaining snapshots")

add(L, "setup/motd.sh", r'''
#!/usr/bin/env bash
# Installed as /etc/update-motd.d/60-gameserver
set -u

players=$(ss -Hun state established '( sport = :27015 )' 2>/dev/null | wc -l)
load=$(cut -d' ' -f1 /proc/loadavg)

cat <<EOF

  Welcome to $(hostname -s)! Here's what you need to know:

  1. The game server runs as the 'steam' user under systemd (arena.service).
  2. Logs: journalctl -u arena -f
  3. Please don't restart the service while players are connected;
     use 'arena-ctl drain' first and wait for the count below to reach 0.

  Connected players: ${players}
  Load average:      ${load}

  I hope you enjoy your stay. Questions go to #infra.

EOF
''', "heredoc message of the day with chatter-like prose (\"Here's what you need to know:\", numbered list, \"I hope you enjoy\")",
    needle=["Here's what you need to know:", "I hope you enjoy your stay"])

add(L, "tools/bump.bash", r'''
#!/usr/bin/env bash
# Bump the app version in app.json and android/ios build numbers.
# Note: other branches are handled by CI; this script is only meant for release/*.
set -euo pipefail

part=${1:-patch}
branch=$(git rev-parse --abbrev-ref HEAD)

case "$branch" in
  release/*) ;;
  *) echo "refusing to bump on $branch (release/* only)" >&2; exit 1 ;;
esac

current=$(jq -r '.expo.version' app.json)
IFS=. read -r major minor patch <<<"$current"

case "$part" in
  major) major=$((major + 1)); minor=0; patch=0 ;;
  minor) minor=$((minor + 1)); patch=0 ;;
  patch) patch=$((patch + 1)) ;;
  *) echo "usage: $0 [major|minor|patch]" >&2; exit 2 ;;
esac

next="$major.$minor.$patch"
build=$(( $(jq -r '.expo.android.versionCode' app.json) + 1 ))

tmp=$(mktemp)
jq --arg v "$next" --argjson b "$build" \
  '.expo.version = $v | .expo.android.versionCode = $b | .expo.ios.buildNumber = ($b | tostring)' \
  app.json > "$tmp"
mv "$tmp" app.json

echo "version $current -> $next (build $build)"
''', "\"Note: other branches are handled by CI\" header comment",
    needle="Note: other branches are handled by CI")

add(L, "scripts/wait-for.sh", r'''
#!/bin/sh
# wait-for.sh host:port [-t timeout] [-- command args...]
# Waits until a TCP port accepts connections, then runs the rest of the command line.
# You can pass -t 0 to wait forever.
set -eu

target=$1
shift
timeout=30

while [ $# -gt 0 ]; do
  case "$1" in
    -t) timeout=$2; shift 2 ;;
    --) shift; break ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done

host=${target%:*}
port=${target#*:}
start=$(date +%s)

until nc -z "$host" "$port" 2>/dev/null; do
  if [ "$timeout" -gt 0 ] && [ $(( $(date +%s) - start )) -ge "$timeout" ]; then
    echo "timed out after ${timeout}s waiting for $target" >&2
    exit 1
  fi
  sleep 1
done

echo "$target is up"
[ $# -gt 0 ] && exec "$@"
exit 0
''', "POSIX sh; comments \"the rest of the command line\" and \"You can pass -t 0\"",
    needle=["runs the rest of the command line", "You can pass -t 0"], nonl=True)

# ------------------------------------------------------------------------ YAML

add(L, ".github/workflows/test.yml", r'''
name: Tests

on:
  pull_request:
  push:
    branches: [main]

jobs:
  lint:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-go@v5
        with:
          go-version-file: go.mod
      - run: go vet ./...
      - uses: golangci/golangci-lint-action@v6

  # same as the lint job, but runs the tests on all three platforms
  test:
    strategy:
      fail-fast: false
      matrix:
        os: [ubuntu-latest, macos-latest, windows-latest]
    runs-on: ${{ matrix.os }}
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-go@v5
        with:
          go-version-file: go.mod
      - run: go test -race ./...
      - name: Summary
        if: always()
        shell: bash
        run: |
          echo "Here's a summary of this run:" >> "$GITHUB_STEP_SUMMARY"
          echo "- OS: ${{ matrix.os }}" >> "$GITHUB_STEP_SUMMARY"
          echo "- Result: ${{ job.status }}" >> "$GITHUB_STEP_SUMMARY"
''', "comment \"same as the lint job\" and chatter-like echo text (\"Here's a summary of this run:\") inside a run block",
    needle=["same as the lint job", "Here's a summary of this run:"])

add(L, "openapi/users.yaml", r'''
openapi: 3.1.0
info:
  title: Accounts API
  version: 2.0.0
  description: |
    Manage user accounts for the mobile app.

    You can pass `?expand=profile` to any endpoint that returns a user to get
    the profile inline. I recommend doing that on the first screen to save a
    round trip; the other endpoints are cheap enough to call separately.
paths:
  /users/{id}:
    get:
      summary: Get a user
      description: >-
        Returns the user with the given ID. Note: deleted users return 404,
        not 410, so clients don't have to handle a separate status.
      parameters:
        - name: id
          in: path
          required: true
          schema:
            type: string
            format: uuid
        - name: expand
          in: query
          description: Comma-separated relations to include (profile, devices, etc.)
          schema:
            type: string
      responses:
        "200":
          description: The user
        "404":
          description: No such user, or the user was deleted
    patch:
      summary: Update a user
      description: |
        Only the fields you send are changed; the rest of the user stays as it is.
        Sending `null` for `displayName` resets it to the email prefix, same as on signup.
      parameters:
        - name: id
          in: path
          required: true
          schema:
            type: string
            format: uuid
      requestBody:
        required: true
        content:
          application/json:
            schema:
              $ref: "#/components/schemas/UserPatch"
      responses:
        "200":
          description: The updated user
        "409":
          description: The email is already used by another account
components:
  schemas:
    UserPatch:
      type: object
      additionalProperties: false
      properties:
        displayName:
          type: [string, "null"]
          maxLength: 80
        email:
          type: string
          format: email
        locale:
          type: string
          description: BCP 47 tag (en-US, de-DE, pt-BR, etc.)
''', "description block scalars with reader-addressed and first-person prose as values (\"You can pass\", \"I recommend\", \"Note:\", \"etc.\")",
    needle=["You can pass `?expand=profile`", "I recommend doing that"])

add(L, "docker-compose.override.yml", r'''
# Local development overrides. The rest of the services come from
# docker-compose.yml and are left as they are.
# You can override the exposed ports with API_PORT / WEB_PORT in your .env.
services:
  api:
    build:
      target: dev
    command: npm run dev
    ports:
      - "${API_PORT:-4000}:4000"
    volumes:
      - ./api:/app
      - /app/node_modules
    environment:
      LOG_LEVEL: debug

  web:
    ports:
      - "${WEB_PORT:-5173}:5173"
    volumes:
      - ./web/src:/app/src

  mailhog:
    image: mailhog/mailhog:v1.0.1
    ports:
      - "8025:8025"
''', "comments \"The rest of the services come from docker-compose.yml\" and \"You can override the exposed ports\"",
    needle=["The rest of the services come from", "You can override the exposed ports"])

add(L, "helm/api/values.yaml", r'''
replicaCount: 2

image:
  repository: ghcr.io/acme/api
  # Note: leave empty; the chart falls back to .Chart.AppVersion
  tag: ""

# Extra environment variables (DATABASE_URL, REDIS_URL, etc.) are read from
# this secret. Everything other than secrets belongs in `env` below.
envFromSecret: api-secrets

env:
  LOG_FORMAT: json
  OTEL_EXPORTER_OTLP_ENDPOINT: http://otel-collector.observability:4317

resources:
  requests:
    cpu: 250m
    memory: 256Mi
  limits:
    memory: 512Mi

# TODO: switch to KEDA once the queue-depth metric is exported
autoscaling:
  enabled: true
  minReplicas: 2
  maxReplicas: 10
  targetCPUUtilizationPercentage: 65

nodeSelector: {}
tolerations: []
affinity: {}
''', "\"Note:\", \"etc.\", \"Everything other than\" and \"TODO:\" comments",
    needle=["Note: leave empty", "TODO: switch to KEDA"])

add(L, "ansible/roles/web/tasks/main.yml", r'''
- name: Install nginx
  ansible.builtin.apt:
    name: nginx
    state: present
    update_cache: true

- name: Render site config (same template as the staging role)
  ansible.builtin.template:
    src: site.conf.j2
    dest: /etc/nginx/conf.d/site.conf
    mode: "0644"
  register: site_conf

- name: Tell the operator what is happening
  ansible.builtin.debug:
    msg: >-
      I am reloading nginx now because the site config changed. You don't need
      to do anything; the remaining tasks only run if the reload succeeds.
  when: site_conf.changed

- name: Reload nginx
  ansible.builtin.service:
    name: nginx
    state: reloaded
  when: site_conf.changed

- name: Make sure nginx is enabled and running
  ansible.builtin.service:
    name: nginx
    state: started
    enabled: true
''', "task name \"same template as the staging role\" and a first-person debug msg value (\"I am reloading nginx now ... You don't need to\")",
    needle=["same template as the staging role", "I am reloading nginx now"])

add(L, "config/messages.en.yaml", r'''
onboarding:
  welcome_title: "Welcome aboard!"
  welcome_body: >
    Here is your new dashboard. Let me show you around: your projects are on
    the left, and the rest of the settings live under your avatar.
  skip: "Skip the tour"

errors:
  generic: "Sorry, something went wrong on our side. Please try again."
  offline: "You're offline. We'll sync your changes once you're back."
  rate_limited: "Slow down a little! You can try again in {seconds} seconds."

billing:
  upgraded: "Sure thing! Your plan has been upgraded to {plan}."
  cancel_confirm: |
    Are you sure you want to cancel?
    Your projects stay available until the end of the billing period,
    and you can come back any time, same as before.

share:
  copied: "Done! The link is on your clipboard, so you can share it with anyone on your team."
  invite_sent: "Invitation sent to {email}."
''', "i18n strings whose values read like assistant chatter (\"Here is your new dashboard. Let me show you around\", \"Sure thing!\", \"same as before\")",
    needle=["Let me show you around", "Sure thing!"])

add(L, ".github/ISSUE_TEMPLATE/bug_report.yml", r'''
name: Bug report
description: Tell us about something that isn't working as expected.
labels: [bug, triage]
body:
  - type: markdown
    attributes:
      value: |
        Thanks for taking the time to fill out this report!
        Please search the open issues first; if you find the same problem, add a
        comment there instead of opening a new one.
  - type: textarea
    id: what-happened
    attributes:
      label: What happened?
      description: Also tell us what you expected to happen.
      placeholder: When I open the map screen, the app crashes...
    validations:
      required: true
  - type: input
    id: version
    attributes:
      label: App version
      description: Settings > About shows it (e.g. 4.12.0 build 881).
  - type: checkboxes
    id: terms
    attributes:
      label: Before submitting
      options:
        - label: I have searched the existing issues.
          required: true
        - label: I have included logs, screenshots, etc. where relevant.
''', "issue-form prose as values, including first-person checkbox labels (\"I have searched ...\") and \"etc.\"",
    needle=["Thanks for taking the time", "I have searched the existing issues."])

add(L, "k8s/cronjob-cleanup.yaml", r'''
apiVersion: batch/v1
kind: CronJob
metadata:
  name: cleanup-expired-uploads
  namespace: media
spec:
  schedule: "30 3 * * *"
  concurrencyPolicy: Forbid
  successfulJobsHistoryLimit: 3
  failedJobsHistoryLimit: 5
  jobTemplate:
    spec:
      backoffLimit: 2
      template:
        spec:
          restartPolicy: Never
          containers:
            - name: cleanup
              image: ghcr.io/acme/media-tools:1.6.0
              command: ["/bin/sh", "-c"]
              args:
                - |
                  # Delete uploads older than 30 days; everything else is left alone.
                  # Same retention as the S3 lifecycle rule, kept here as a backstop.
                  set -eu
                  media-tools prune --older-than 720h --bucket "$BUCKET"
                  echo "cleanup done, remaining objects: $(media-tools count --bucket "$BUCKET")"
              env:
                - name: BUCKET
                  value: acme-user-uploads
''', "block-scalar script with \"everything else is left alone\", \"Same retention as\" and \"remaining objects\"",
    needle=["everything else is left alone", "Same retention as the S3 lifecycle rule"], nonl=True)

# ------------------------------------------------------------------------ TOML

add(L, "pyproject.toml", r'''
[project]
name = "tilecache"
version = "1.3.0"
description = "Disk + S3 cache for map tiles"
requires-python = ">=3.10"
dependencies = ["httpx>=0.27", "boto3>=1.34", "pillow>=10"]

[project.optional-dependencies]
dev = ["pytest>=8", "pytest-httpx", "moto[s3]", "ruff", "mypy"]

[tool.ruff]
line-length = 100
# Note: the other linters (mypy, pytest config) are configured further down
target-version = "py310"

[tool.ruff.lint]
select = ["E", "F", "I", "UP", "B"]
# same as upstream's default ignore list, plus B008 for FastAPI-style defaults
ignore = ["E501", "B008"]

[tool.mypy]
strict = true
# TODO: remove once boto3-stubs covers the S3 paginators we use
ignore_missing_imports = true

[tool.pytest.ini_options]
addopts = "-ra --strict-markers"
testpaths = ["tests"]
''', "\"Note: the other linters\", \"same as upstream's\" and \"TODO:\" comments",
    needle=["Note: the other linters", "same as upstream's default", "TODO: remove once"])

add(L, "Cargo.toml", r'''
[package]
name = "arena-server"
version = "0.8.0"
edition = "2021"
rust-version = "1.75"

[dependencies]
tokio = { version = "1.38", features = ["rt-multi-thread", "macros", "net", "time"] }
serde = { version = "1", features = ["derive"] }
bincode = "1.3"
tracing = "0.1"
tracing-subscriber = { version = "0.3", features = ["env-filter"], optional = true }

[features]
default = ["logging"]
logging = ["dep:tracing-subscriber"]
# same as default, plus the expensive per-tick tracing spans
profiling = ["logging"]

[dev-dependencies]
criterion = "0.5"

[profile.release]
lto = "thin"
codegen-units = 1
# I know this looks odd, but panic=abort shaves ~8% off tick time on our hardware
panic = "abort"

# TODO: split the bot AI into its own crate, etc.
[[bench]]
name = "tick"
harness = false
''', "\"same as default\", \"I know this looks odd, but\" and \"TODO: ... etc.\" comments",
    needle=["same as default, plus", "I know this looks odd, but", "TODO: split the bot AI"])

add(L, "config/emails.toml", r'''
[weekly_summary]
subject = "Your week in review"
body = """
Hi {name},

Here is your weekly summary. You completed {done} tasks and have {open} still open.
Let me know if you'd like these emails less often: you can change the frequency
under Settings > Notifications.

Have a great week!
The Taskly team
"""

[password_reset]
subject = "Reset your password"
body = """
Hi {name},

Someone (hopefully you) asked to reset your password. The link below works for
the next 30 minutes; after that you'll need to request a new one, same as before.

{reset_url}

If it wasn't you, you can ignore this message and nothing will change.
"""
''', "multi-line string values with chatter-like prose (\"Here is your weekly summary\", \"Let me know if you'd like\", \"same as before\")",
    needle=["Here is your weekly summary", "Let me know if you'd like"])

add(L, "netlify.toml", r'''
[build]
  command = "npm run build"
  publish = "dist"

[build.environment]
  NODE_VERSION = "20"
  # You can override this in the Netlify UI for preview deploys
  VITE_API_URL = "https://api.example.com"

# API calls go to the serverless functions; every other path falls back to the SPA.
[[redirects]]
  from = "/api/*"
  to = "/.netlify/functions/:splat"
  status = 200

[[redirects]]
  from = "/*"
  to = "/index.html"
  status = 200

[[headers]]
  for = "/assets/*"
  [headers.values]
    Cache-Control = "public, max-age=31536000, immutable"

[[headers]]
  for = "/*"
  [headers.values]
    X-Frame-Options = "DENY"
    Referrer-Policy = "strict-origin-when-cross-origin"
''', "comments \"You can override this in the Netlify UI\" and \"every other path falls back\"",
    needle=["You can override this in the Netlify UI", "every other path falls back"])

add(L, ".cargo/config.toml", r'''
[build]
rustflags = ["-C", "force-frame-pointers=yes"]

[target.x86_64-unknown-linux-gnu]
# I know this looks odd, but mold cuts our incremental link time from ~9s to ~1s.
# You can drop these two lines if you don't have mold installed; everything else still works.
linker = "clang"
rustflags = ["-C", "link-arg=-fuse-ld=mold", "-C", "force-frame-pointers=yes"]

[target.aarch64-unknown-linux-gnu]
linker = "aarch64-linux-gnu-gcc"

[alias]
xtask = "run --package xtask --"
# same as `cargo test`, but with the integration-test features turned on
itest = "test --workspace --features integration"

[env]
RUST_LOG = { value = "info,arena=debug", force = false }
''', "\"I know this looks odd, but\", \"You can drop these two lines\", \"same as `cargo test`\" comments",
    needle=["I know this looks odd, but", "You can drop these two lines", "same as `cargo test`"])

add(L, "hugo.toml", r'''
baseURL = "https://blog.example.dev/"
languageCode = "en-us"
title = "Notes from the build farm"
theme = "papermod"

[params]
author = "Dana K."
description = """
I write about CI, build caching, flaky tests, monorepos, etc. Most posts are
follow-ups to questions people asked me at work; the rest are things I wish I
had known earlier.
"""
ShowReadingTime = true
ShowCodeCopyButtons = true

[params.homeInfoParams]
Title = "Hi, I'm Dana"
Content = "Same posts as before, new theme. Let me know if a link broke."

[menu]
[[menu.main]]
name = "Archive"
url = "/archives/"
weight = 10

[[menu.main]]
name = "Tags"
url = "/tags/"
weight = 20

[markup.highlight]
style = "dracula"
lineNos = false
''', "first-person prose in multi-line string values (\"I write about ... etc.\", \"the rest are things I wish\", \"Same posts as before ... Let me know\")",
    needle=["I write about CI", "Same posts as before"])

add(L, "fly.toml", r'''
app = "pixel-relay"
primary_region = "ams"
kill_signal = "SIGTERM"
kill_timeout = "30s"

[build]
  dockerfile = "Dockerfile"

[env]
  # Note: the other settings (tick rate, max rooms) are read from the DB at startup
  RUST_LOG = "info"
  PORT = "8080"

[http_service]
  internal_port = 8080
  force_https = true
  auto_stop_machines = "stop"
  auto_start_machines = true
  min_machines_running = 1

  [http_service.concurrency]
    type = "connections"
    soft_limit = 800
    hard_limit = 1000

[[http_service.checks]]
  grace_period = "10s"
  interval = "15s"
  method = "GET"
  path = "/healthz"
  timeout = "2s"

[[vm]]
  size = "shared-cpu-2x"
  memory = "1gb"
''', "\"Note: the other settings\" comment", needle="Note: the other settings", nonl=True)

add(L, "ruff.toml", r'''
# Shared ruff config for all Python services in the monorepo.
# You can extend it from a service with `extend = "../../ruff.toml"`;
# the remaining options in the service file override these.
line-length = 100
target-version = "py311"
extend-exclude = ["migrations", "notebooks", "vendor"]

[lint]
select = ["E", "F", "W", "I", "N", "UP", "B", "SIM", "RUF"]
# E501 is handled by the formatter; the other ignores are deliberate, see ADR-0012
ignore = ["E501", "B905", "RUF012"]

[lint.per-file-ignores]
"tests/**" = ["S101", "N802"]
"scripts/*.py" = ["T201"]

[lint.isort]
known-first-party = ["acme_common", "acme_models"]

[format]
quote-style = "double"
docstring-code-format = true
''', "reader-addressed comments (\"You can extend it\", \"the remaining options\", \"the other ignores\")",
    needle=["You can extend it from a service", "the remaining options"], nonl=True)
