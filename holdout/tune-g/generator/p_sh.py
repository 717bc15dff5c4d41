from common import add

L = "placeholder"
S = "shell"


def c(path, body, mark, where, nl=True):
    add(L, path, S, body, f"comment-only elision '{mark.strip()}' ({where}) at line {{0}}; syntax stays valid", [mark], nl, kind="comment")


def m(path, body, mark, what, nl=True):
    add(L, path, S, body, f"syntax-breaking elision marker {what} at line {{0}}", [mark], nl, kind="marker")


c("scripts/preflight.sh", r'''
#!/usr/bin/env bash
# Sanity checks run before every deploy.
set -euo pipefail

fail() {
  echo "preflight: $*" >&2
  exit 1
}

command -v kubectl >/dev/null 2>&1 || fail "kubectl not found in PATH"
command -v helm >/dev/null 2>&1 || fail "helm not found in PATH"

CONTEXT="$(kubectl config current-context)"
if [[ "$CONTEXT" != "${EXPECTED_CONTEXT:-prod-eu}" ]]; then
  fail "wrong kube context: $CONTEXT"
fi

# ... existing checks

if ! git diff --quiet; then
  fail "working tree is dirty; commit or stash first"
fi

echo "preflight: all checks passed"
''', "# ... existing checks", "middle, between the context check and the git check")

c("env/exports.sh", r'''
#!/usr/bin/env bash
# Source this file: . env/exports.sh
# Shared environment for local development of the payments stack.

export COMPOSE_PROJECT_NAME=payments
export POSTGRES_HOST=localhost
export POSTGRES_PORT=5433
export POSTGRES_DB=payments_dev
export POSTGRES_USER=payments
export REDIS_URL=redis://localhost:6380/0

# keep the other exports from the old file

export STRIPE_API_BASE=http://localhost:12111
export LOG_FORMAT=pretty
export LOG_LEVEL=debug

if [ -f "$HOME/.payments.local.sh" ]; then
  # shellcheck disable=SC1091
  . "$HOME/.payments.local.sh"
fi
''', "# keep the other exports from the old file", "middle of the export list")

c("deploy/rollout.sh", r'''
#!/bin/bash
set -eo pipefail

IMAGE_TAG="${1:?usage: rollout.sh <image-tag>}"
REGISTRY="ghcr.io/acme/storefront"

echo "==> Rolling out ${REGISTRY}:${IMAGE_TAG}"

# --- dev ---
kubectl --context dev-cluster -n storefront \
  set image deployment/storefront web="${REGISTRY}:${IMAGE_TAG}"
kubectl --context dev-cluster -n storefront \
  rollout status deployment/storefront --timeout=180s

# (copy the block above for staging and prod)

echo "==> Rollout of ${IMAGE_TAG} finished"
''', "# (copy the block above for staging and prod)", "after the dev block")

c("bin/install-tools.sh", r'''
#!/bin/sh
# Installs the CLI tools our CI images need.
set -eu

TOOLS_DIR="${TOOLS_DIR:-/usr/local/bin}"
ARCH="$(uname -m)"

case "$ARCH" in
  x86_64) ARCH=amd64 ;;
  aarch64|arm64) ARCH=arm64 ;;
  *) echo "unsupported arch: $ARCH" >&2; exit 1 ;;
esac

install_bin() {
  name="$1"
  url="$2"
  echo "installing $name"
  curl -fsSL "$url" -o "$TOOLS_DIR/$name"
  chmod +x "$TOOLS_DIR/$name"
}

install_bin yq "https://github.com/mikefarah/yq/releases/download/v4.44.1/yq_linux_${ARCH}"
install_bin hadolint "https://github.com/hadolint/hadolint/releases/download/v2.12.0/hadolint-Linux-x86_64"
# etc.
''', "# etc.", "at the end of the install list")

c("scripts/release.sh", r'''
#!/usr/bin/env bash
set -euo pipefail

VERSION="${1:-}"
if [[ -z "$VERSION" ]]; then
  echo "usage: $0 <version>" >&2
  exit 64
fi

if [[ ! "$VERSION" =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]]; then
  echo "version must look like 1.2.3" >&2
  exit 64
fi

npm version "$VERSION" --no-git-tag-version
git add package.json package-lock.json
git commit -m "chore(release): v${VERSION}"
git tag -a "v${VERSION}" -m "v${VERSION}"

# rest of the script is unchanged
''', "# rest of the script is unchanged", "at the end of the file")

c("ci/run-e2e.sh", r'''
#!/usr/bin/env bash
set -euo pipefail

COMPOSE="docker compose -f docker-compose.yml -f docker-compose.e2e.yml"

cleanup() {
  local status=$?
  $COMPOSE logs --no-color > e2e-services.log 2>&1 || true
  # same cleanup logic as before
  exit "$status"
}
trap cleanup EXIT

$COMPOSE up -d --build --wait

npx playwright install --with-deps chromium
npx playwright test --reporter=line,junit

echo "e2e finished"
''', "# same cleanup logic as before", "inside cleanup(), after the log dump")

c("provision/bootstrap.sh", r'''
#!/bin/bash
# Bootstraps a fresh Ubuntu 22.04 build agent.
set -euxo pipefail

export DEBIAN_FRONTEND=noninteractive

apt-get update
apt-get install -y --no-install-recommends \
  ca-certificates \
  curl \
  git \
  gnupg \
  jq \
  unzip
# TODO: fill in the remaining package installs

install -m 0755 -d /etc/apt/keyrings
curl -fsSL https://download.docker.com/linux/ubuntu/gpg | gpg --dearmor -o /etc/apt/keyrings/docker.gpg
chmod a+r /etc/apt/keyrings/docker.gpg

useradd --create-home --shell /bin/bash builder || true
usermod -aG sudo builder
''', "# TODO: fill in the remaining package installs", "after the first apt-get install")

c("scripts/download-node.sh", r'''
#!/usr/bin/env bash
set -euo pipefail

NODE_VERSION="${NODE_VERSION:-20.14.0}"
OS="$(uname -s | tr '[:upper:]' '[:lower:]')"
MACHINE="$(uname -m)"

case "$MACHINE" in
  x86_64)
    ARCH="x64"
    ;;
  aarch64 | arm64)
    ARCH="arm64"
    ;;
  # the other architectures follow the same pattern
  *)
    echo "unsupported machine: $MACHINE" >&2
    exit 1
    ;;
esac

TARBALL="node-v${NODE_VERSION}-${OS}-${ARCH}.tar.xz"
URL="https://nodejs.org/dist/v${NODE_VERSION}/${TARBALL}"

mkdir -p "$HOME/.local/node"
curl -fsSL "$URL" | tar -xJ -C "$HOME/.local/node" --strip-components=1
echo "node $("$HOME/.local/node/bin/node" --version) installed"
''', "# the other architectures follow the same pattern", "inside the case statement")

c("tools/dbdump.sh", r'''
#!/usr/bin/env bash
set -euo pipefail

HOST=localhost
PORT=5432
OUT_DIR=./dumps
COMPRESS=0

usage() {
  echo "usage: $0 [-h host] [-p port] [-o dir] [-z] database" >&2
  exit 2
}

while getopts ":h:p:o:z" opt; do
  case "$opt" in
    h) HOST="$OPTARG" ;;
    p) PORT="$OPTARG" ;;
    # ... more flags parsed the same way
    *) usage ;;
  esac
done
shift $((OPTIND - 1))

DB="${1:-}"
[ -n "$DB" ] || usage

mkdir -p "$OUT_DIR"
FILE="$OUT_DIR/${DB}-$(date +%Y%m%d-%H%M%S).sql"
pg_dump -h "$HOST" -p "$PORT" "$DB" > "$FILE"
if [ "$COMPRESS" -eq 1 ]; then
  gzip "$FILE"
fi
''', "# ... more flags parsed the same way", "inside the getopts case")

c("backup/nightly.sh", r'''
#!/usr/bin/env bash
set -uo pipefail

LOG=/var/log/nightly-backup.log
exec >>"$LOG" 2>&1

echo "[$(date -Is)] nightly backup starting"

if mountpoint -q /mnt/backup; then
  echo "backup volume mounted"
  # your existing backup commands here
else
  echo "backup volume missing, aborting" >&2
  exit 1
fi

find /mnt/backup/daily -type f -mtime +14 -delete

echo "[$(date -Is)] nightly backup done"
''', "# your existing backup commands here", "inside the if branch")

c("scripts/restart-services.sh", r'''
#!/usr/bin/env bash
# Restart the app stack in dependency order.
set -euo pipefail

restart() {
  local svc="$1"
  echo "restarting $svc"
  sudo systemctl restart "$svc"
  for _ in $(seq 1 30); do
    if systemctl is-active --quiet "$svc"; then
      echo "$svc is up"
      return 0
    fi
    sleep 1
  done
  echo "$svc did not come back" >&2
  return 1
}

restart postgresql
restart redis-server
# repeat for each remaining service

sudo systemctl reload nginx
''', "# repeat for each remaining service", "after the first two restarts")

c("docker/entrypoint.sh", r'''
#!/bin/sh
set -e

: "${APP_ENV:=production}"
: "${PORT:=8000}"

echo "entrypoint: APP_ENV=$APP_ENV"

if [ "$1" = "migrate" ]; then
  exec python manage.py migrate --noinput
fi

if [ "$APP_ENV" = "development" ]; then
  python manage.py collectstatic --noinput --clear
  # (omitted for brevity)
fi

exec gunicorn config.wsgi:application \
  --bind "0.0.0.0:${PORT}" \
  --workers "${WEB_CONCURRENCY:-3}" \
  --access-logfile -
''', "# (omitted for brevity)", "inside the development branch")

c("scripts/sync-assets.sh", r'''
#!/usr/bin/env bash
set -euo pipefail

BUCKET="s3://acme-static-${STAGE:-dev}"
DIST_DIR="dist"

if [ ! -d "$DIST_DIR" ]; then
  echo "no $DIST_DIR directory; run the build first" >&2
  exit 1
fi

aws s3 sync "$DIST_DIR/assets" "$BUCKET/assets" \
  --cache-control "public,max-age=31536000,immutable" \
  --delete

# previous logic continues here

aws s3 cp "$DIST_DIR/index.html" "$BUCKET/index.html" \
  --cache-control "no-cache"

if [ -n "${CF_DISTRIBUTION_ID:-}" ]; then
  aws cloudfront create-invalidation \
    --distribution-id "$CF_DISTRIBUTION_ID" \
    --paths "/index.html"
fi
''', "# previous logic continues here", "between the asset sync and the index upload")

c("dotfiles/bash_aliases.sh", r'''
# shellcheck shell=bash
# Personal aliases, sourced from ~/.bashrc

alias ll='ls -alF'
alias la='ls -A'
alias gs='git status -sb'
alias gl='git log --oneline --graph --decorate -20'
alias k='kubectl'
alias kctx='kubectl config use-context'
alias dcu='docker compose up -d'
alias dcd='docker compose down'

mkcd() {
  mkdir -p "$1" && cd "$1" || return
}

# add the rest of your aliases below
''', "# add the rest of your aliases below", "at the end of the file", nl=False)

c("lib/common.sh", r'''
#!/usr/bin/env bash
# Shared helpers for the scripts in ./bin. Source, do not execute.

if [[ -t 1 ]]; then
  C_RED=$'\033[31m'
  C_GREEN=$'\033[32m'
  C_RESET=$'\033[0m'
else
  C_RED=''
  C_GREEN=''
  C_RESET=''
fi

log_info() {
  printf '%s[info]%s %s\n' "$C_GREEN" "$C_RESET" "$*"
}

log_error() {
  printf '%s[error]%s %s\n' "$C_RED" "$C_RESET" "$*" >&2
}

# other helper functions unchanged

require_env() {
  local name
  for name in "$@"; do
    if [[ -z "${!name:-}" ]]; then
      log_error "missing required env var: $name"
      return 1
    fi
  done
}
''', "# other helper functions unchanged", "between the log helpers and require_env")

# ---- markers ----
m("scripts/rotate-logs.sh", r'''
#!/usr/bin/env bash
set -euo pipefail

LOG_DIR="/var/log/acme"
KEEP_DAYS="${KEEP_DAYS:-7}"

for f in "$LOG_DIR"/*.log; do
  [ -e "$f" ] || continue
  size=$(stat -c %s "$f")
  if (( size > 50 * 1024 * 1024 )); then
    mv "$f" "$f.$(date +%Y%m%d%H%M)"
    : > "$f"
  fi
done

<existing code>

find "$LOG_DIR" -name '*.log.*' -mtime +"$KEEP_DAYS" -delete
echo "log rotation done"
''', "<existing code>", "'<existing code>' between the rotation loop and the cleanup")

m("ci/test.sh", r'''
#!/usr/bin/env bash
set -euo pipefail

REPORT_DIR="${REPORT_DIR:-reports}"
mkdir -p "$REPORT_DIR"

cleanup() {...}
trap cleanup EXIT

echo "--- lint"
npm run lint -- --format junit --output-file "$REPORT_DIR/eslint.xml"

echo "--- unit tests"
npx jest --ci --reporters=default --reporters=jest-junit

echo "--- type check"
npx tsc --noEmit -p tsconfig.json

echo "all checks passed"
''', "cleanup() {...}", "'{...}' as the body of cleanup()")

m("bin/svc.sh", r'''
#!/usr/bin/env bash
# Tiny wrapper around docker compose for the monitoring stack.
set -euo pipefail

cd "$(dirname "$0")/.."
COMPOSE_FILE=monitoring/docker-compose.yml

case "${1:-}" in
  up)
    docker compose -f "$COMPOSE_FILE" up -d
    ;;
  down)
    docker compose -f "$COMPOSE_FILE" down
    ;;
  ...
  *)
    echo "usage: svc {up|down|logs|ps}" >&2
    exit 2
    ;;
esac
''', "  ...", "bare '...' line where case arms were")

m("scripts/k8s-secrets.sh", r'''
#!/usr/bin/env bash
set -euo pipefail

NAMESPACE="${NAMESPACE:-billing}"
ACTION="${1:-apply}"

case "$ACTION" in
  apply)
    kubectl -n "$NAMESPACE" create secret generic billing-db \
      --from-literal=username="$DB_USER" \
      --from-literal=password="$DB_PASSWORD" \
      --dry-run=client -o yaml | kubectl apply -f -
    ;;
  [rest of file]
esac

kubectl -n "$NAMESPACE" get secrets
''', "[rest of file]", "'[rest of file]' as a case arm")

m("deploy/functions.sh", r'''
#!/usr/bin/env bash
# Helper functions sourced by deploy.sh

wait_for_http() {
  local url="$1" tries="${2:-30}"
  for ((i = 1; i <= tries; i++)); do
    if curl -fsS -o /dev/null "$url"; then
      return 0
    fi
    sleep 2
  done
  echo "timed out waiting for $url" >&2
  return 1
}

switch_traffic() {…}

smoke_test() {
  wait_for_http "https://${1}/healthz" 15
  curl -fsS "https://${1}/api/version"
}
''', "switch_traffic() {…}", "'{…}' as the body of switch_traffic()")
