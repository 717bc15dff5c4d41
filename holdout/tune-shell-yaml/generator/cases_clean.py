"""Clean look-alikes: valid shell scripts full of prose-like text, and complete
YAML files that end in ways that look cut."""

FENCE3 = "`" * 3  # keeps this module free of literal fences

CLEAN_SH = {}

CLEAN_SH["usage-heredoc-quoted.sh"] = r'''#!/usr/bin/env bash
set -euo pipefail

usage() {
    cat <<'EOF'
Usage: deploy.sh [options] <environment>

Here's what this script does:
  1. Builds the container image for the current commit.
  2. Pushes it to the registry.
  3. Updates the deployment and waits for the rollout.

Options:
  -n, --dry-run   Print what would be done, but don't do it.
  -h, --help      Show this help and exit.

Let me know (#platform on Slack) if something doesn't work.
EOF
}

DRY_RUN=0
while [[ $# -gt 0 ]]; do
    case "$1" in
        -n|--dry-run) DRY_RUN=1; shift ;;
        -h|--help) usage; exit 0 ;;
        -*) echo "unknown option: $1" >&2; usage >&2; exit 2 ;;
        *) break ;;
    esac
done

if [[ $# -ne 1 ]]; then
    usage >&2
    exit 2
fi

echo "deploying to $1 (dry run: $DRY_RUN)"
'''

CLEAN_SH["echo-summary-sentences.sh"] = r'''#!/bin/bash
set -e

echo "Here is a summary of what will happen:"
echo "  1. The old release directory is archived."
echo "  2. The new build is unpacked into /srv/app/current."
echo "  3. The service is restarted."
echo
echo "Note that this takes about two minutes."
read -r -p "Continue? [y/N] " answer
case "$answer" in
    [yY]|[yY][eE][sS]) ;;
    *) echo "Aborted."; exit 1 ;;
esac

tar -czf "/srv/app/archive/release-$(date +%s).tar.gz" -C /srv/app current
rm -rf /srv/app/current
mkdir -p /srv/app/current
tar -xzf build.tar.gz -C /srv/app/current
systemctl restart app
echo "Done. The new release is live."
'''

CLEAN_SH["printf-friendly-messages.sh"] = r'''#!/usr/bin/env bash
set -uo pipefail

ok()   { printf '\033[32m%s\033[0m\n' "$*"; }
warn() { printf '\033[33m%s\033[0m\n' "$*" >&2; }

if ! command -v jq >/dev/null 2>&1; then
    warn "Note: jq is not installed, so the JSON report will be skipped."
    warn "You can install it with: sudo apt-get install jq"
    exit 0
fi

count=$(jq '.results | length' report.json)
if (( count == 0 )); then
    ok "Great news! There were no findings this time."
else
    warn "There are $count findings. Let me know if you want the full list,"
    warn "or run: jq '.results[]' report.json"
fi
'''

CLEAN_SH["read-prompts-setup-wizard.bash"] = r'''#!/usr/bin/env bash
set -euo pipefail

echo "Welcome! This wizard creates a local configuration file."
echo "Press Enter to accept the default shown in brackets."
echo

read -r -p "Project name [demo]: " name
name=${name:-demo}
read -r -p "Database port [5432]: " port
port=${port:-5432}
read -r -p "Enable debug logging? (y/n) " debug

cat > .env <<EOF
PROJECT_NAME=$name
DATABASE_PORT=$port
DEBUG=$([[ $debug == y* ]] && echo true || echo false)
EOF

echo "Saved .env. You can edit it at any time."
'''

CLEAN_SH["comment-sentences-and-lists.sh"] = r'''#!/bin/sh
# Nightly cleanup for the build agents.
#
# This script will:
#   1. Remove Docker images that are older than a week.
#   2. Delete workspace folders that no job has touched in three days.
#   3. Report the free disk space to the monitoring endpoint.
#
# Note that it must run as root, because the workspaces belong to the agent user.
# Key changes since v2: the prune filter now uses "until", and the report is JSON.

set -eu

docker image prune --all --force --filter "until=168h"

find /var/lib/agent/workspaces -mindepth 1 -maxdepth 1 -type d -mtime +3 \
    -exec rm -rf {} +

free_kb=$(df -Pk /var/lib/agent | awk 'NR==2 {print $4}')
curl -fsS -X POST -H "Content-Type: application/json" \
    -d "{\"host\": \"$(hostname)\", \"free_kb\": $free_kb}" \
    https://monitor.example.com/api/disk

# That's all; the cron entry lives in /etc/cron.d/agent-cleanup.
'''

CLEAN_SH["functions-named-like-words.sh"] = r'''#!/usr/bin/env bash
set -euo pipefail

note()    { printf 'note: %s\n' "$*" >&2; }
explain() { printf '  %s\n' "$@"; }
here()    { pwd; }
sure()    { [[ "${ASSUME_YES:-0}" == 1 ]] || { read -r -p "$1 [y/N] " r; [[ $r == y ]]; }; }

note "working in $(here)"
explain "the cache directory will be emptied" "the lock file will be removed"

if sure "Remove the cache now?"; then
    rm -rf .cache
    rm -f .lock
    note "cache removed"
else
    note "nothing was changed"
fi
'''

CLEAN_SH["readme-heredoc-with-fences.sh"] = r'''#!/bin/bash
set -euo pipefail

project=${1:?usage: new-project.sh NAME}
mkdir -p "$project"

cat > "$project/README.md" <<'EOF'
# New project

Here is how to get started.

## Installation

```bash
./install.sh
```

## Explanation

- `install.sh` creates a virtualenv and installs the dependencies.
- `run.sh` starts the development server.

**Usage:**

```sh
./run.sh --port 8080
```

Let me know if you have questions!
EOF

echo "created $project/README.md"
'''

CLEAN_SH["prompt-builder-fence-strings.sh"] = r'''#!/usr/bin/env bash
# Wrap source files in Markdown code fences so they can be pasted into a review.
set -euo pipefail

FENCE='```'

lang_for() {
    case "$1" in
        *.sh|*.bash) echo bash ;;
        *.py) echo python ;;
        *.yml|*.yaml) echo yaml ;;
        *) echo "" ;;
    esac
}

for f in "$@"; do
    printf '### %s\n\n' "$f"
    printf '%s%s\n' "$FENCE" "$(lang_for "$f")"
    cat "$f"
    printf '%s\n\n' "$FENCE"
done
'''

CLEAN_SH["posix-done-message.sh"] = r'''#!/bin/sh
set -e

PREFIX=${PREFIX:-/usr/local}

install -d "$PREFIX/bin" "$PREFIX/share/man/man1"
install -m 0755 bin/tool "$PREFIX/bin/tool"
install -m 0644 man/tool.1 "$PREFIX/share/man/man1/tool.1"

echo "Done. You can now run: tool --help"
echo "To uninstall, remove $PREFIX/bin/tool and $PREFIX/share/man/man1/tool.1"
'''

CLEAN_SH["release-notes-generator.sh"] = r'''#!/usr/bin/env bash
set -euo pipefail

prev=$(git describe --tags --abbrev=0 HEAD^)
next=${1:?usage: release-notes.sh NEW_TAG}

{
    echo "## What's changed in $next"
    echo
    git log --no-merges --pretty='- %s (%h)' "$prev..HEAD"
    echo
    echo "**Usage:**"
    echo
    printf '%s\n' '```sh' "curl -fsSL https://example.com/install.sh | sh -s -- $next" '```'
    echo
    echo "**Full changelog:** https://github.com/acme/tool/compare/$prev...$next"
} > RELEASE_NOTES.md
'''

CLEAN_SH["colon-block-comment.sh"] = r'''#!/bin/bash
: <<'DOC'
Sync the staging database from last night's production snapshot.

Steps:
  1. Download the newest snapshot from the backup bucket.
  2. Restore it into the staging cluster.
  3. Scrub personal data.

I know this looks slow; it is, but it is safe.
DOC
set -euo pipefail

snapshot=$(aws s3 ls s3://acme-db-backups/prod/ | sort | tail -n 1 | awk '{print $4}')
aws s3 cp "s3://acme-db-backups/prod/$snapshot" /tmp/snapshot.dump
pg_restore --clean --no-owner -d "$STAGING_DATABASE_URL" /tmp/snapshot.dump
psql "$STAGING_DATABASE_URL" -f scripts/scrub.sql
'''

CLEAN_SH["unquoted-heredoc-plan.sh"] = r'''#!/usr/bin/env bash
set -euo pipefail

SERVICE=${1:-api}
VERSION=${2:-latest}

cat <<EOF
This will:
  1. stop $SERVICE
  2. pull image $SERVICE:$VERSION
  3. start $SERVICE again

Note: clients will see errors for a few seconds.
EOF

read -r -p "Proceed? " reply
[[ $reply =~ ^[Yy] ]] || exit 1

docker compose stop "$SERVICE"
docker compose pull "$SERVICE"
docker compose up -d "$SERVICE"
'''

CLEAN_SH["select-menu.bash"] = r'''#!/usr/bin/env bash
set -uo pipefail

echo "Which environment do you want to open a shell in?"
PS3="Pick a number: "
select env in development staging production quit; do
    case "$env" in
        quit) echo "Bye."; break ;;
        production)
            echo "Careful: this is production. Every command is logged."
            kubectl --context prod exec -it deploy/api -- /bin/sh
            break ;;
        "") echo "That is not one of the options, try again." ;;
        *)
            kubectl --context "$env" exec -it deploy/api -- /bin/sh
            break ;;
    esac
done
'''

CLEAN_SH["commit-msg-hook-fence-check.sh"] = r'''#!/bin/sh
# commit-msg hook: reject messages that still contain Markdown code fences
# or the usual assistant boilerplate.
msg_file=$1

if grep -q '^```' "$msg_file"; then
    echo "Your commit message contains a Markdown code fence (\`\`\`)." >&2
    echo "Please remove it and try again." >&2
    exit 1
fi

if grep -qiE "^(sure|certainly|here is|here's)" "$msg_file"; then
    echo "The commit message starts like a chat reply. Please rewrite it." >&2
    exit 1
fi
'''

CLEAN_SH["motd-writer.sh"] = r'''#!/bin/sh
set -e

cat > /etc/motd <<'EOF'
Welcome to build-01! Here's what you need to know:
 - Backups run nightly at 02:00 UTC.
 - Docker images older than a week are pruned automatically.
 - Ask in #ops if you need sudo access.

Please don't store secrets in your home directory.
EOF
chmod 0644 /etc/motd
'''

CLEAN_SH["pandoc-tilde-fences.sh"] = r'''#!/usr/bin/env bash
set -euo pipefail

out=docs/commands.md
{
    echo "# Command reference"
    echo
    for script in scripts/*.sh; do
        echo "## $(basename "$script")"
        echo
        echo '~~~ {.bash}'
        sed -n '2,/^set /p' "$script"
        echo '~~~'
        echo
    done
} > "$out"
pandoc "$out" -o docs/commands.html
'''

CLEAN_SH["end-comment-idempotent.sh"] = r'''#!/bin/sh
set -eu

: "${SWAPFILE:=/swapfile}"
: "${SWAPSIZE:=2G}"

if ! swapon --show=NAME --noheadings | grep -qx "$SWAPFILE"; then
    fallocate -l "$SWAPSIZE" "$SWAPFILE"
    chmod 600 "$SWAPFILE"
    mkswap "$SWAPFILE"
    swapon "$SWAPFILE"
fi

grep -q "^$SWAPFILE " /etc/fstab || echo "$SWAPFILE none swap sw 0 0" >> /etc/fstab

# End of provisioning step. Keep this file idempotent: it runs on every boot.
'''

CLEAN_SH["summary-key-changes-heredoc.bash"] = r'''#!/usr/bin/env bash
set -euo pipefail

CHANGES=$(git diff --stat "origin/main...HEAD" | tail -n 1)
BRANCH=$(git rev-parse --abbrev-ref HEAD)

gh pr create --fill --body-file - <<EOF
Summary:
  Branch: $BRANCH
  Key changes: $CHANGES

How to test:
  1. Check out the branch.
  2. Run make test.
  3. Open http://localhost:8080 and log in.

I have tested this on Linux and macOS.
EOF
'''

CLEAN_SH["numbered-echo-steps.sh"] = r'''#!/bin/bash
set -e

docker compose up -d --build

echo
echo "Your local stack is starting. Next steps:"
echo "1. Open http://localhost:8080 in your browser"
echo "2. Log in as admin / admin"
echo "3. Change the password when asked"
echo
echo "To stop everything later, run: docker compose down"
'''

CLEAN_SH["awk-report-prose.sh"] = r'''#!/bin/sh
# Summarise an nginx access log: requests per status class.
LOG=${1:-/var/log/nginx/access.log}

awk '
    { class = substr($9, 1, 1) "xx"; count[class]++; total++ }
    END {
        printf "Here is the status breakdown for %d requests:\n", total
        for (c in count) printf "  %s: %d\n", c, count[c]
        if (count["5xx"] > 0) print "Note: there were server errors, see the error log."
    }
' "$LOG"
'''

CLEAN_SH["here-string-fold.bash"] = r'''#!/usr/bin/env bash
set -euo pipefail

message="Sure, the maintenance window starts at 22:00 UTC. During this time the API will return 503 for write requests. Reads keep working. Let me know if you need anything else from the platform team."

fold -s -w 72 <<< "$message" | mail -s "Maintenance tonight" engineering@example.com
echo "announcement sent"
'''

CLEAN_SH["pr-body-diff-fence.sh"] = r'''#!/usr/bin/env bash
set -euo pipefail

diff=$(git diff --unified=0 -- config/)
if [[ -z "$diff" ]]; then
    echo "No configuration changes."
    exit 0
fi

body=$(printf 'This PR updates the generated configuration.\n\n```diff\n%s\n```\n' "$diff")
gh pr comment "$PR_NUMBER" --body "$body"
'''

CLEAN_SH["explanation-function-bash.sh"] = r'''#!/usr/bin/env bash
set -euo pipefail

explanation() {
    local code=$1
    case "$code" in
        0) echo "Everything is fine." ;;
        1) echo "Here is the problem: the config file is missing." ;;
        2) echo "The database is not reachable. Is the VPN up?" ;;
        *) echo "Unknown status $code. Please open an issue." ;;
    esac
}

./bin/doctor || status=$?
explanation "${status:-0}"
exit "${status:-0}"
'''


CLEAN_YAML = {}

CLEAN_YAML["ansible-defaults-empty-last.yml"] = """---
# defaults/main.yml for the app role
app_user: deploy
app_group: deploy
app_root: /srv/app
app_port: 8000
app_python: python3.12
app_env:
  LOG_LEVEL: info
  WORKERS: "4"
app_extra_packages: []
app_proxy_url:
"""

CLEAN_YAML["compose-named-volumes-last.yml"] = """services:
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD: example
    volumes:
      - pgdata:/var/lib/postgresql/data
  adminer:
    image: adminer
    ports:
      - "8080:8080"

volumes:
  pgdata:
"""

CLEAN_YAML["compose-named-volumes-no-final-newline.yaml"] = """services:
  minio:
    image: minio/minio
    command: server /data --console-address ":9001"
    ports:
      - "9000:9000"
      - "9001:9001"
    volumes:
      - miniodata:/data
  mc:
    image: minio/mc
    depends_on:
      - minio

volumes:
  miniodata:"""

CLEAN_YAML["gha-workflow-dispatch-last.yml"] = """name: Nightly cleanup

permissions:
  contents: read
  packages: write

jobs:
  prune:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/delete-package-versions@v5
        with:
          package-name: web
          package-type: container
          min-versions-to-keep: 20

on:
  schedule:
    - cron: "0 3 * * *"
  workflow_dispatch:
"""

CLEAN_YAML["mkdocs-plugins-bare-word-last.yml"] = """site_name: Runbook
nav:
  - Home: index.md
  - On-call: on-call.md
  - Incidents: incidents.md
theme:
  name: readthedocs
markdown_extensions:
  - admonition
  - attr_list
plugins:
  - search"""

CLEAN_YAML["k8s-configmap-block-no-final-newline.yaml"] = """apiVersion: v1
kind: ConfigMap
metadata:
  name: build-host-motd
data:
  motd: |
    Welcome to the build host.
    Builds run as the ci user and are cleaned up after three days.
    Contact the platform team for access"""

CLEAN_YAML["k8s-multi-doc-explicit-end.yaml"] = """apiVersion: v1
kind: Namespace
metadata:
  name: monitoring
...
---
apiVersion: v1
kind: ServiceAccount
metadata:
  name: prometheus
  namespace: monitoring
...
"""

CLEAN_YAML["pre-commit-flow-collections.yaml"] = """repos:
  - repo: https://github.com/psf/black
    rev: 24.4.2
    hooks:
      - id: black
        args: [--line-length=100]
  - repo: https://github.com/pycqa/isort
    rev: 5.13.2
    hooks:
      - {id: isort, args: [--profile, black]}
"""

CLEAN_YAML["k8s-deployment-short-image-last.yaml"] = """apiVersion: apps/v1
kind: Deployment
metadata:
  name: echo
spec:
  replicas: 1
  selector:
    matchLabels:
      app: echo
  template:
    metadata:
      labels:
        app: echo
    spec:
      containers:
        - name: echo
          image: nginx
"""

CLEAN_YAML["k8s-service-no-final-newline.yml"] = """apiVersion: v1
kind: Service
metadata:
  name: echo
spec:
  selector:
    app: echo
  ports:
    - port: 80
      targetPort: 8080"""

CLEAN_YAML["helm-values-empty-collections-last.yaml"] = """replicaCount: 1

image:
  repository: ghcr.io/acme/worker
  tag: ""
  pullPolicy: IfNotPresent

podAnnotations: {}
securityContext: {}

resources:
  limits:
    memory: 256Mi

nodeSelector: {}

tolerations: []

affinity: {}
"""

CLEAN_YAML["gha-run-short-word-last.yml"] = """name: Lint

on: [push, pull_request]

jobs:
  lint:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: make lint
      - run: make
"""

CLEAN_YAML["gitlab-ci-when-manual-last.yml"] = """stages: [build, release]

build:
  stage: build
  script:
    - make dist
  artifacts:
    paths: [dist/]

release:
  stage: release
  script:
    - make publish
  when: manual"""

CLEAN_YAML["openapi-type-string-last.yaml"] = """openapi: 3.1.0
info:
  title: Ping
  version: "1.0"
paths:
  /ping:
    get:
      responses:
        "200":
          description: pong
          content:
            text/plain:
              schema:
                type: string
"""

CLEAN_YAML["ansible-inventory-null-hosts.yml"] = """all:
  vars:
    ansible_user: deploy
  children:
    web:
      hosts:
        web1.example.com:
        web2.example.com:
    db:
      hosts:
        db1.example.com:
"""

CLEAN_YAML["compose-networks-empty-last.yml"] = """services:
  proxy:
    image: traefik:v3.0
    networks:
      - frontend
      - backend
  app:
    image: ghcr.io/acme/app:2.3
    networks:
      - backend

networks:
  frontend:
  backend:
"""

CLEAN_YAML["k8s-configmap-folded-scalar.yaml"] = """apiVersion: v1
kind: ConfigMap
metadata:
  name: banner
data:
  banner.txt: >-
    This cluster is managed by the platform team.
    Changes made by hand will be overwritten by the next sync
"""

CLEAN_YAML["kustomization-bare-resources.yaml"] = """apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: shop
resources:
  - deployment.yaml
  - service.yaml
  - ingress.yaml
"""

CLEAN_YAML["issue-template-config-false-last.yml"] = """blank_issues_enabled: false
contact_links:
  - name: Security report
    url: https://example.com/security
    about: Please report vulnerabilities privately.
"""

CLEAN_YAML["ansible-playbook-roles-last.yml"] = """---
- hosts: all
  become: true
  gather_facts: true
  roles:
    - common
    - nginx"""

CLEAN_YAML["codecov-comment-false.yml"] = """coverage:
  status:
    project:
      default:
        target: auto
        threshold: 1%
    patch: off
comment: false
"""

CLEAN_YAML["dependabot-interval-daily-last.yml"] = """version: 2
updates:
  - package-ecosystem: pip
    directory: /
    schedule:
      interval: daily"""

CLEAN_YAML["readthedocs-trailing-comment.yaml"] = """version: 2
build:
  os: ubuntu-22.04
  tools:
    python: "3.12"
python:
  install:
    - requirements: docs/requirements.txt
# end of file
"""

CLEAN_YAML["gha-env-empty-map-last.yml"] = """name: Docs

on:
  push:
    paths: ["docs/**"]

jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: pip install mkdocs-material && mkdocs build --strict
    env: {}
"""


def clean_cases():
    return list(CLEAN_SH.items()) + list(CLEAN_YAML.items())
