"""llm-chatter / shell (15 files, 5 comment-only) and YAML (15 files, 5 comment-only)."""
from common import C

SHELL = [
C("scripts/backup-home.sh",
  "conversational intro before the shebang ({L1}) and a closing offer after the script ({L2}), both outside comments",
  r'''
§Sure! Here's the updated backup script with the rsync flags you asked for:

#!/usr/bin/env bash
set -euo pipefail

SRC="$HOME/"
DEST=${BACKUP_DEST:-/mnt/nas/backups/$(hostname)}
EXCLUDES="$HOME/.config/backup-excludes.txt"
LOG="$HOME/.local/state/backup.log"

mkdir -p "$(dirname "$LOG")"

if ! mountpoint -q /mnt/nas; then
  echo "$(date -Is) NAS not mounted, skipping" >> "$LOG"
  exit 1
fi

rsync -aAXH --delete --delete-excluded \
  --exclude-from="$EXCLUDES" \
  --info=stats2 \
  "$SRC" "$DEST/current/" >> "$LOG" 2>&1

cp -al "$DEST/current" "$DEST/$(date +%Y-%m-%d)"
echo "$(date -Is) backup ok" >> "$LOG"

§Let me know if you want me to add email notifications when a backup fails.
''', comment_only=False),

C("scripts/cleanup.sh",
  "comment addressed to the user about the conversation ({L}); code is complete and parses",
  r'''
#!/usr/bin/env bash
set -euo pipefail

WORKDIR=$(mktemp -d -t build-XXXXXX)
CONTAINER=""

§# As you asked, I moved the cleanup into a trap so it also runs on Ctrl-C.
cleanup() {
  local rc=$?
  [[ -n "$CONTAINER" ]] && docker rm -f "$CONTAINER" >/dev/null 2>&1 || true
  rm -rf "$WORKDIR"
  exit "$rc"
}
trap cleanup EXIT INT TERM

git archive --format=tar HEAD | tar -x -C "$WORKDIR"
CONTAINER=$(docker create -v "$WORKDIR:/src" -w /src node:20 npm run build)
docker start -a "$CONTAINER"
docker cp "$CONTAINER:/src/dist" ./dist
echo "build artifacts copied to ./dist"
''', comment_only=True),

C("deploy.sh",
  "a markdown-style 'Changes made:' list appended after the script ({L}), outside comments",
  r'''
#!/usr/bin/env bash
set -euo pipefail

HOST=${DEPLOY_HOST:-web01.example.com}
APP_DIR=/srv/blog
RELEASE=$(date +%Y%m%d%H%M%S)

npm ci
npm run build

rsync -az --delete dist/ "deploy@$HOST:$APP_DIR/releases/$RELEASE/"
ssh "deploy@$HOST" "ln -sfn $APP_DIR/releases/$RELEASE $APP_DIR/current && sudo systemctl reload nginx"

ssh "deploy@$HOST" "ls -1dt $APP_DIR/releases/* | tail -n +6 | xargs -r rm -rf"

echo "deployed release $RELEASE to $HOST"

§**Changes made:**
§- Switched to timestamped release directories so rollbacks are just a symlink swap
§- Added `--delete` to rsync so removed pages don't linger on the server
§- Old releases beyond the five most recent are now pruned automatically
''', comment_only=False),

C("scripts/ci-lint.sh",
  "explanatory prose above the script ({L}) describing the fix, outside comments",
  r'''
§Here is the fixed version. The problem was the unquoted glob in the shellcheck call, which
§broke as soon as a filename contained a space.

#!/usr/bin/env bash
set -euo pipefail

cd "$(git rev-parse --show-toplevel)"

status=0

mapfile -t scripts < <(git ls-files '*.sh' 'bin/*')
if ((${#scripts[@]})); then
  shellcheck --severity=warning "${scripts[@]}" || status=1
fi

mapfile -t yamls < <(git ls-files '*.yml' '*.yaml')
if ((${#yamls[@]})); then
  yamllint --strict "${yamls[@]}" || status=1
fi

npx --no-install markdownlint-cli2 '**/*.md' '#node_modules' || status=1

exit "$status"
''', comment_only=False),

C("bin/start-worker",
  "comment-only chatter: an intro comment speaking to the user ({L1}) and a closing 'hope this helps' comment ({L2})",
  r'''
#!/bin/sh
§# Here's the revised entrypoint — I've added the graceful shutdown handling we discussed.
set -eu

QUEUES=${QUEUES:-default,mail}
CONCURRENCY=${CONCURRENCY:-4}

celery -A app.worker worker \
  --queues "$QUEUES" \
  --concurrency "$CONCURRENCY" \
  --loglevel INFO &
child=$!

term() {
  echo "received SIGTERM, waiting for running tasks to finish"
  kill -TERM "$child" 2>/dev/null
}
trap term TERM INT

wait "$child"
trap - TERM INT
wait "$child"
§# Hope this helps! Ping me if the SIGTERM forwarding still misbehaves in Kubernetes.
''', comment_only=True),

C("scripts/setup-python.sh",
  "walkthrough sentences between the sections of the script ({L1}, {L2}), outside comments",
  r'''
#!/usr/bin/env bash
set -euo pipefail

PYTHON_VERSION=${PYTHON_VERSION:-3.12.4}
VENV=.venv

if ! command -v pyenv >/dev/null; then
  curl -fsSL https://pyenv.run | bash
  export PATH="$HOME/.pyenv/bin:$PATH"
fi
eval "$(pyenv init -)"
pyenv install --skip-existing "$PYTHON_VERSION"
pyenv local "$PYTHON_VERSION"

§Next, we create the virtual environment and install the pinned requirements:

python -m venv "$VENV"
"$VENV/bin/pip" install --upgrade pip wheel
"$VENV/bin/pip" install -r requirements.txt -r requirements-dev.txt

§Finally, the script verifies the installation by importing the package and running the quick tests:

"$VENV/bin/python" -c "import app; print('app', app.__version__)"
"$VENV/bin/pytest" -q -m "not slow"
''', comment_only=False),

C("scripts/docker-prune.sh",
  "a 'Note:' paragraph after the script ({L}), outside comments",
  r'''
#!/usr/bin/env bash
set -euo pipefail

echo "Disk usage before:"
docker system df

docker container prune --force --filter "until=24h"
docker image prune --all --force --filter "until=168h"
docker builder prune --force --keep-storage 10GB

if [[ "${PRUNE_VOLUMES:-0}" == "1" ]]; then
  docker volume prune --force --all
fi

echo
echo "Disk usage after:"
docker system df

§Note: `docker volume prune --all` also deletes named volumes that aren't attached to a
§running container, so double-check before enabling PRUNE_VOLUMES on a shared host.
§If you only want to reclaim build cache, the `builder prune` line on its own is enough.
''', comment_only=False),

C("install-hooks.sh",
  "comment in the middle that talks to the user about the conversation ({L})",
  r'''
#!/bin/sh
set -eu

HOOKS_DIR=$(git rev-parse --git-path hooks)

mkdir -p "$HOOKS_DIR"

§# I kept your original pre-commit hook but switched it to use lint-staged, like we talked about above.
cat > "$HOOKS_DIR/pre-commit" <<'HOOK'
#!/bin/sh
exec npx --no-install lint-staged
HOOK

cat > "$HOOKS_DIR/commit-msg" <<'HOOK'
#!/bin/sh
exec npx --no-install commitlint --edit "$1"
HOOK

chmod +x "$HOOKS_DIR/pre-commit" "$HOOKS_DIR/commit-msg"
echo "git hooks installed into $HOOKS_DIR"
''', comment_only=True),

C("scripts/restart-services.sh",
  "an answer-style opener ({L1}) and a justification sentence at the end ({L2}), outside comments",
  r'''
§Absolutely — below is a version that restarts the services one at a time and waits for each to report healthy.

#!/usr/bin/env bash
set -euo pipefail

SERVICES=(api worker scheduler)
TIMEOUT=90

wait_healthy() {
  local svc=$1 waited=0
  until [[ "$(docker inspect -f '{{.State.Health.Status}}' "$svc")" == "healthy" ]]; do
    if (( waited >= TIMEOUT )); then
      echo "$svc did not become healthy within ${TIMEOUT}s" >&2
      return 1
    fi
    sleep 3
    waited=$((waited + 3))
  done
}

for svc in "${SERVICES[@]}"; do
  echo "restarting $svc"
  docker restart "$svc" >/dev/null
  wait_healthy "$svc"
done

echo "all services restarted"

§This way you avoid taking the whole stack down at once, and a bad restart stops the rollout early.
''', comment_only=False),

C("scripts/mirror-repo.sh",
  "an enthusiastic opener ({L1}) and an 'Explanation:' list after the code ({L2}), outside comments",
  r'''
§Great question! Mirroring with all branches and tags is easiest with a bare clone:

#!/usr/bin/env bash
set -euo pipefail

SRC=${1:?usage: mirror-repo.sh <source-url> <dest-url>}
DEST=${2:?usage: mirror-repo.sh <source-url> <dest-url>}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

git clone --mirror "$SRC" "$WORK/repo.git"
cd "$WORK/repo.git"
git lfs fetch --all 2>/dev/null || true
git push --mirror "$DEST"
git lfs push --all "$DEST" 2>/dev/null || true

echo "mirrored $SRC -> $DEST"

§Explanation:
§1. `git clone --mirror` fetches every ref, including remote-tracking branches and notes.
§2. `git push --mirror` makes the destination an exact copy, deleting refs that no longer exist upstream.
§3. The LFS lines are optional and silently skipped when git-lfs is not installed.
''', comment_only=False),

C("scripts/rotate-keys.sh",
  "two comments addressing the user about their feedback and their environment ({L1}, {L2})",
  r'''
#!/usr/bin/env bash
set -euo pipefail

USER_NAME=${1:?usage: rotate-keys.sh <iam-user>}
§# (You mentioned the staging bucket lives in eu-west-1, so I hard-coded that region below.)
export AWS_REGION=eu-west-1
SECRET_ID="ci/$USER_NAME/access-key"

old_key=$(aws iam list-access-keys --user-name "$USER_NAME" \
  --query 'AccessKeyMetadata[0].AccessKeyId' --output text)

new=$(aws iam create-access-key --user-name "$USER_NAME" --output json)
new_id=$(jq -r .AccessKey.AccessKeyId <<<"$new")
new_secret=$(jq -r .AccessKey.SecretAccessKey <<<"$new")

aws secretsmanager put-secret-value --secret-id "$SECRET_ID" \
  --secret-string "$(jq -nc --arg id "$new_id" --arg s "$new_secret" '{id:$id,secret:$s}')"

§# Updated per your feedback: the old key is now deactivated and kept for a day instead of being deleted right away.
if [[ "$old_key" != "None" ]]; then
  aws iam update-access-key --user-name "$USER_NAME" --access-key-id "$old_key" --status Inactive
  echo "$old_key" > "/var/lib/key-rotation/$USER_NAME.pending-delete"
fi

echo "rotated key for $USER_NAME (new id $new_id)"
''', comment_only=True),

C("bin/gen-certs",
  "a walkthrough sentence between the two halves of the script ({L}), outside comments",
  r'''
#!/usr/bin/env bash
set -euo pipefail

OUT=${OUT:-./certs}
DAYS=${DAYS:-825}
HOSTS=${HOSTS:-localhost,127.0.0.1,app.test}
mkdir -p "$OUT"

openssl req -x509 -new -nodes -newkey rsa:4096 -sha256 -days 3650 \
  -keyout "$OUT/ca.key" -out "$OUT/ca.crt" -subj "/CN=Local Dev CA"

§I've split this into two steps so it's easier to follow: the CA above, the server certificate below.

san=$(printf 'DNS:%s,' ${HOSTS//,/ })
san=${san%,}
openssl req -new -nodes -newkey rsa:2048 \
  -keyout "$OUT/server.key" -out "$OUT/server.csr" -subj "/CN=${HOSTS%%,*}"
openssl x509 -req -in "$OUT/server.csr" -CA "$OUT/ca.crt" -CAkey "$OUT/ca.key" \
  -CAcreateserial -days "$DAYS" -sha256 \
  -extfile <(printf 'subjectAltName=%s\nextendedKeyUsage=serverAuth' "$san") \
  -out "$OUT/server.crt"

echo "certificates written to $OUT (trust ca.crt in your browser)"
''', comment_only=False),

C("scripts/run-migrations.sh",
  "comment-only chatter: an intro comment presenting the script ({L1}) and an offer at the end ({L2})",
  r'''
#!/usr/bin/env bash
§# Here is the complete script, with the retry wrapper included:
set -euo pipefail

MAX_TRIES=${MAX_TRIES:-10}
DELAY=${DELAY:-3}

try=1
until alembic upgrade head; do
  if (( try >= MAX_TRIES )); then
    echo "migrations failed after $try attempts" >&2
    exit 1
  fi
  echo "migration attempt $try failed; database may not be ready yet, retrying in ${DELAY}s"
  try=$((try + 1))
  sleep "$DELAY"
done

alembic current --verbose
echo "database is at head"
§# Let me know if you'd prefer this to fail fast instead of retrying.
''', comment_only=True),

C("scripts/watch-logs.sh",
  "a closing 'I hope this helps' paragraph after the script ({L}), outside comments",
  r'''
#!/usr/bin/env bash
set -euo pipefail

UNIT=${1:-myapp.service}
PATTERN=${2:-'ERROR|CRITICAL|Traceback'}
WEBHOOK=${SLACK_WEBHOOK:?set SLACK_WEBHOOK}

journalctl -u "$UNIT" -f -n 0 -o cat | while IFS= read -r line; do
  if [[ "$line" =~ $PATTERN ]]; then
    payload=$(jq -nc --arg t "[$UNIT] $line" '{text: $t}')
    curl -fsS -X POST -H 'Content-Type: application/json' -d "$payload" "$WEBHOOK" >/dev/null || true
  fi
done

§I hope this helps! If you run into permission errors with journalctl, you may need to add
§your user to the systemd-journal group (or run the script via a systemd unit instead).
''', comment_only=False),

C("scripts/sync-dotfiles.sh",
  "prose opener ({L1}), a narration sentence before the loop ({L2}) and a 'Summary of changes' list at the end ({L3}), all outside comments",
  r'''
§Certainly! Below is a cleaned-up version of your dotfiles sync script.

#!/usr/bin/env bash
set -euo pipefail

DOTFILES=${DOTFILES:-$HOME/dotfiles}
BACKUP="$HOME/.dotfiles-backup/$(date +%Y%m%d-%H%M%S)"
FILES=(.bashrc .zshrc .gitconfig .tmux.conf .config/nvim)

git -C "$DOTFILES" pull --ff-only

§The loop below creates the symlinks; anything already in the way is moved to the backup folder first.

for f in "${FILES[@]}"; do
  target="$HOME/$f"
  if [[ -e "$target" && ! -L "$target" ]]; then
    mkdir -p "$BACKUP/$(dirname "$f")"
    mv "$target" "$BACKUP/$f"
  fi
  mkdir -p "$(dirname "$target")"
  ln -sfn "$DOTFILES/$f" "$target"
done

echo "dotfiles linked"

§Summary of changes:
§- The repo is pulled before linking, so you always get the latest config
§- Existing real files are backed up with a timestamp instead of being overwritten
''', comment_only=False),
]

YAML = [
C(".github/workflows/test.yml",
  "conversational intro line before the workflow ({L}), outside comments",
  r'''
§Here's the updated workflow with dependency caching enabled:

name: Test

on:
  push:
    branches: [main]
  pull_request:

jobs:
  pytest:
    runs-on: ubuntu-latest
    strategy:
      matrix:
        python-version: ["3.10", "3.11", "3.12"]
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: ${{ matrix.python-version }}
          cache: pip
          cache-dependency-path: requirements*.txt
      - run: pip install -r requirements.txt -r requirements-dev.txt
      - run: pytest -q --maxfail=1
''', comment_only=False),

C("compose.yaml",
  "a comment telling the user what was changed at their request ({L})",
  r'''
services:
  postgres:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD: postgres
      POSTGRES_DB: inventory
§    # I added a healthcheck to postgres so the api waits for it, as you requested.
    healthcheck:
      test: ["CMD-SHELL", "pg_isready -U postgres"]
      interval: 5s
      timeout: 3s
      retries: 20
    volumes:
      - db:/var/lib/postgresql/data

  api:
    build: .
    ports:
      - "8000:8000"
    environment:
      DATABASE_URL: postgresql://postgres:postgres@postgres:5432/inventory
    depends_on:
      postgres:
        condition: service_healthy

volumes:
  db:
''', comment_only=True),

C("k8s/redis/statefulset.yaml",
  "an explanation paragraph after the manifest ({L}), outside comments",
  r'''
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: redis
spec:
  serviceName: redis
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
          args: ["--appendonly", "yes"]
          ports:
            - containerPort: 6379
              name: redis
          livenessProbe:
            tcpSocket:
              port: redis
            initialDelaySeconds: 10
          volumeMounts:
            - name: data
              mountPath: /data
  volumeClaimTemplates:
    - metadata:
        name: data
      spec:
        accessModes: ["ReadWriteOnce"]
        resources:
          requests:
            storage: 5Gi

§This should fix the CrashLoopBackOff you were seeing — the liveness probe was pointing at port 6380.
''', comment_only=False),

C(".github/workflows/lint.yml",
  "a 'Changes made:' list appended after the workflow ({L}), outside comments",
  r'''
name: Lint

on:
  pull_request:
    paths: ["**/*.go", ".golangci.yml"]

permissions:
  contents: read
  pull-requests: read

jobs:
  golangci:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-go@v5
        with:
          go-version: stable
      - uses: golangci/golangci-lint-action@v6
        with:
          version: v1.59
          only-new-issues: true

§Changes made:
§- Restricted the trigger to Go files and the linter config
§- Dropped the write permission, since the action only needs to read the PR
§- Enabled only-new-issues so legacy warnings don't block merges
''', comment_only=False),

C("charts/worker/values.yaml",
  "comment explaining a change in terms of what the user said earlier ({L})",
  r'''
replicaCount: 2

image:
  repository: ghcr.io/acme/worker
  tag: "2.4.1"
  pullPolicy: IfNotPresent

queues:
  - default
  - emails
  - exports

resources:
  requests:
    cpu: 250m
    memory: 512Mi
§  # Bumped the memory limit to 1Gi since you said the worker kept getting OOMKilled during exports.
  limits:
    memory: 1Gi

autoscaling:
  enabled: true
  minReplicas: 2
  maxReplicas: 8
  targetCPUUtilizationPercentage: 70

podAnnotations:
  prometheus.io/scrape: "true"
  prometheus.io/port: "9100"
''', comment_only=True),

C(".github/dependabot.yml",
  "an intro sentence ({L1}) and a closing sentence ({L2}) around the config, outside comments",
  r'''
§No problem, this config groups the minor and patch bumps so you get one PR per ecosystem each week.

version: 2
updates:
  - package-ecosystem: npm
    directory: /
    schedule:
      interval: weekly
      day: monday
    groups:
      minor-and-patch:
        update-types: [minor, patch]
    open-pull-requests-limit: 5

  - package-ecosystem: github-actions
    directory: /
    schedule:
      interval: weekly
    groups:
      actions:
        patterns: ["*"]

  - package-ecosystem: docker
    directory: /docker
    schedule:
      interval: monthly

§Major version updates will still arrive as separate pull requests so you can review breaking changes individually.
''', comment_only=False),

C("k8s/reports/cronjob.yaml",
  "narration sentences between the YAML documents ({L1}, {L2}), outside comments",
  r'''
apiVersion: v1
kind: ConfigMap
metadata:
  name: report-config
data:
  REPORT_RECIPIENTS: finance@example.com
  REPORT_TZ: Europe/Berlin
---
§Next, the CronJob itself, which runs every night at 02:00 UTC and reads the settings above.
apiVersion: batch/v1
kind: CronJob
metadata:
  name: nightly-report
spec:
  schedule: "0 2 * * *"
  concurrencyPolicy: Forbid
  successfulJobsHistoryLimit: 3
  jobTemplate:
    spec:
      backoffLimit: 2
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: report
              image: ghcr.io/acme/reports:1.3.0
              args: ["generate", "--period", "yesterday"]
              envFrom:
                - configMapRef:
                    name: report-config
§Apply both with `kubectl apply -f cronjob.yaml` and check the first run with `kubectl get jobs -w`.
''', comment_only=False),

C(".pre-commit-config.yaml",
  "comment-only chatter: an intro comment ({L1}) and a closing suggestion addressed to the user ({L2})",
  r'''
§# Here's your pre-commit config with ruff replacing flake8 and isort:
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
    rev: v1.10.1
    hooks:
      - id: mypy
        additional_dependencies: ["types-requests"]
§# Feel free to pin the rev values to whatever versions the rest of your team is using.
''', comment_only=True),

C("playbooks/provision.yml",
  "a 'Note:' paragraph after the playbook ({L}), outside comments",
  r'''
- name: Provision web servers
  hosts: web
  become: true
  vars:
    app_user: deploy
    node_major: 20
  tasks:
    - name: Install base packages
      ansible.builtin.apt:
        name: [nginx, git, ufw, fail2ban]
        state: present
        update_cache: true

    - name: Create application user
      ansible.builtin.user:
        name: "{{ app_user }}"
        shell: /bin/bash

    - name: Allow SSH and HTTP(S)
      community.general.ufw:
        rule: allow
        port: "{{ item }}"
      loop: ["22", "80", "443"]

    - name: Enable firewall
      community.general.ufw:
        state: enabled
        policy: deny

§Note: the ufw tasks need the community.general collection, so run
§`ansible-galaxy collection install community.general` before the first run.
''', comment_only=False),

C(".gitlab/ci/build.gitlab-ci.yml",
  "prose opener above the CI config ({L}), outside comments",
  r'''
§Of course! Here is a build stage that uses Kaniko, so you don't need Docker-in-Docker on your runners.

build-image:
  stage: build
  image:
    name: gcr.io/kaniko-project/executor:v1.23.0-debug
    entrypoint: [""]
  variables:
    IMAGE: $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA
  before_script:
    - mkdir -p /kaniko/.docker
    - >-
      echo "{\"auths\":{\"$CI_REGISTRY\":{\"auth\":\"$(printf '%s:%s' "$CI_REGISTRY_USER" "$CI_REGISTRY_PASSWORD" | base64 | tr -d '\n')\"}}}"
      > /kaniko/.docker/config.json
  script:
    - /kaniko/executor
      --context "$CI_PROJECT_DIR"
      --dockerfile "$CI_PROJECT_DIR/Dockerfile"
      --destination "$IMAGE"
      --cache=true
  rules:
    - if: $CI_COMMIT_BRANCH
''', comment_only=False),

C("k8s/api/hpa.yaml",
  "comments addressed to the user about their traffic and an offer ({L1}, {L2})",
  r'''
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: api
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: api
  minReplicas: 3
  maxReplicas: 20
  metrics:
§    # You mentioned the traffic spikes around 9am, so I lowered the CPU target to 60%.
    - type: Resource
      resource:
        name: cpu
        target:
          type: Utilization
          averageUtilization: 60
§    # Let me know if you also want a memory-based metric here.
  behavior:
    scaleUp:
      stabilizationWindowSeconds: 0
      policies:
        - type: Percent
          value: 100
          periodSeconds: 60
    scaleDown:
      stabilizationWindowSeconds: 300
''', comment_only=True),

C("mkdocs.yml",
  "a closing offer after the config ({L}), outside comments",
  r'''
site_name: Acme Platform Docs
site_url: https://docs.acme.dev
repo_url: https://github.com/acme/platform
edit_uri: edit/main/docs/

theme:
  name: material
  features:
    - navigation.tabs
    - navigation.sections
    - search.suggest
    - content.code.copy
  palette:
    - scheme: default
      primary: indigo

markdown_extensions:
  - admonition
  - pymdownx.details
  - pymdownx.superfences
  - toc:
      permalink: true

nav:
  - Home: index.md
  - Getting started: getting-started.md
  - Guides:
      - Deploying: guides/deploying.md
      - Observability: guides/observability.md
  - Reference: reference/

§Would you like me to also set up the mkdocstrings plugin so the API reference is generated from docstrings?
''', comment_only=False),

C(".github/workflows/nightly.yml",
  "walkthrough sentences placed between and after the jobs ({L1}, {L2}), outside comments",
  r'''
name: Nightly

on:
  schedule:
    - cron: "30 1 * * *"
  workflow_dispatch:

jobs:
  integration:
    runs-on: ubuntu-latest
    services:
      postgres:
        image: postgres:16
        env:
          POSTGRES_PASSWORD: postgres
        ports: ["5432:5432"]
    steps:
      - uses: actions/checkout@v4
      - run: make integration-test

§The second job only runs if the integration tests pass, and it publishes the nightly build:

  publish-nightly:
    needs: integration
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: make dist VERSION=nightly-$(date +%Y%m%d)
      - uses: actions/upload-artifact@v4
        with:
          name: nightly
          path: dist/
          retention-days: 7

§With this in place you'll get a fresh nightly artifact every morning without touching main.
''', comment_only=False),

C("config/alertmanager.yml",
  "comments speaking to the user about their request and what was left alone ({L1}, {L2})",
  r'''
global:
  resolve_timeout: 5m
  slack_api_url_file: /etc/alertmanager/slack_url

§# As requested, critical alerts now go to PagerDuty and everything else to Slack.
route:
  receiver: slack-default
  group_by: [alertname, namespace]
  group_wait: 30s
  group_interval: 5m
  repeat_interval: 4h
  routes:
    - matchers:
        - severity="critical"
      receiver: pagerduty

receivers:
  - name: slack-default
    slack_configs:
      - channel: "#alerts"
        send_resolved: true
  - name: pagerduty
    pagerduty_configs:
      - routing_key_file: /etc/alertmanager/pd_key

§# I didn't touch the inhibit rules, they looked fine to me.
inhibit_rules:
  - source_matchers: [severity="critical"]
    target_matchers: [severity="warning"]
    equal: [alertname, namespace]
''', comment_only=True),

C("openapi/spec.yaml",
  "prose opener ({L1}) and a usage tip after the spec ({L2}), outside comments",
  r'''
§Sure, here is an OpenAPI spec for the two endpoints you described:

openapi: 3.1.0
info:
  title: Bookmarks API
  version: 0.1.0
paths:
  /bookmarks:
    get:
      summary: List bookmarks
      parameters:
        - name: tag
          in: query
          schema:
            type: string
      responses:
        "200":
          description: OK
          content:
            application/json:
              schema:
                type: array
                items:
                  $ref: "#/components/schemas/Bookmark"
components:
  schemas:
    Bookmark:
      type: object
      required: [id, url]
      properties:
        id:
          type: string
        url:
          type: string
          format: uri
        tags:
          type: array
          items:
            type: string

§You can paste this into Swagger Editor to preview it and generate client stubs.
''', comment_only=False),
]

FILES = SHELL + YAML
