from common import add

L = "placeholder"

# 1 ---------------------------------------------------------------- function body, comment-only
add(L, "scripts/deploy.sh", "shell",
    "ChatGPT-style; function body middle: docker build/push elided, IMAGE_TAG consumed afterwards but never set; comment-only, parses",
    expect="accept", body=r'''#!/usr/bin/env bash
set -euo pipefail

REGISTRY="${REGISTRY:-registry.example.com/team}"
APP="${APP:-web}"
ENVIRONMENT="${1:?usage: deploy.sh <staging|production>}"

log() { printf '[deploy] %s\n' "$*" >&2; }

build_and_push() {
  local sha
  sha="$(git rev-parse --short HEAD)"
  log "building ${APP} at ${sha}"
  # ... docker build / tag / push lines go here, copied from what you have ...
}

rollout() {
  log "rolling out ${IMAGE_TAG} to ${ENVIRONMENT}"
  kubectl --context "${ENVIRONMENT}" -n "${APP}" set image "deployment/${APP}" "${APP}=${IMAGE_TAG}"
  kubectl --context "${ENVIRONMENT}" -n "${APP}" rollout status "deployment/${APP}" --timeout=5m
}

build_and_push
rollout
log "done"
''')

# 2 ---------------------------------------------------------------- case arm, comment-only (extensionless)
add(L, "bin/backup", "shell",
    "Claude-style; case statement: restore arm elided though usage advertises it; comment-only, parses",
    expect="accept", body=r'''#!/usr/bin/env bash
set -euo pipefail

BACKUP_DIR="${BACKUP_DIR:-/var/backups/postgres}"
DB_NAME="${DB_NAME:-app}"

usage() {
  cat <<EOF
Usage: $(basename "$0") <create|list|restore FILE|prune DAYS>
EOF
  exit 1
}

cmd="${1:-}"
shift || true

case "$cmd" in
  create)
    mkdir -p "$BACKUP_DIR"
    file="$BACKUP_DIR/${DB_NAME}-$(date +%Y%m%d-%H%M%S).sql.gz"
    pg_dump --no-owner "$DB_NAME" | gzip -9 > "$file"
    echo "wrote $file"
    ;;
  list)
    ls -1t "$BACKUP_DIR"/*.sql.gz 2>/dev/null || echo "no backups yet"
    ;;
  # restore) — no changes from your version, keep that branch as-is
  prune)
    days="${1:?prune needs a number of days}"
    find "$BACKUP_DIR" -name '*.sql.gz' -mtime +"$days" -print -delete
    ;;
  *)
    usage
    ;;
esac
''')

# 3 ---------------------------------------------------------------- angle-bracket line, breaks
add(L, "scripts/setup-dev.sh", "shell",
    "local-model style; if branch: angle-bracket instruction line instead of the remaining package installs; syntax-breaking",
    expect="reject", body=r'''#!/usr/bin/env bash
set -euo pipefail

echo "==> checking prerequisites"
for tool in git curl; do
  command -v "$tool" >/dev/null || { echo "missing: $tool" >&2; exit 1; }
done

if [[ "$(uname -s)" == "Darwin" ]]; then
  if ! command -v brew >/dev/null; then
    echo "Homebrew is required: https://brew.sh" >&2
    exit 1
  fi
  brew install node@20 postgresql@16
  <install the rest of the Homebrew packages the same way>
else
  sudo apt-get update
  sudo apt-get install -y nodejs postgresql redis-server jq
fi

echo "==> installing node dependencies"
npm ci

echo "==> creating local database"
createdb app_dev 2>/dev/null || echo "database already exists"

echo "done. run 'npm run dev' to start."
''')

# 4 ---------------------------------------------------------------- loop body, comment-only
add(L, "ci/run-tests.sh", "shell",
    "Copilot-style; for-loop body: per-service test invocation elided, failures counter never incremented; comment-only, parses",
    expect="accept", body=r'''#!/usr/bin/env bash
set -uo pipefail

cd "$(dirname "$0")/.."

SERVICES=(api worker billing notifications)
failures=0
report_dir="${REPORT_DIR:-reports}"
mkdir -p "$report_dir"

for svc in "${SERVICES[@]}"; do
  echo "::group::tests for ${svc}"
  # ...existing per-service test command + junit copy...
  echo "::endgroup::"
done

if (( failures > 0 )); then
  echo "${failures} service(s) failed" >&2
  exit 1
fi

echo "all ${#SERVICES[@]} services passed"
''')

# 5 ---------------------------------------------------------------- POSIX case, comment-only
add(L, "docker/entrypoint.sh", "shell",
    "Gemini-style; POSIX sh case: worker/scheduler arms elided though CMD docs mention them; comment-only, parses (bash, dash)",
    expect="accept", body=r'''#!/bin/sh
# Container entrypoint. Supported roles: web, worker, scheduler, migrate.
set -eu

: "${APP_ROLE:=web}"

wait_for_db() {
  i=0
  until pg_isready -h "${DB_HOST:-db}" -p "${DB_PORT:-5432}" >/dev/null 2>&1; do
    i=$((i + 1))
    if [ "$i" -ge 30 ]; then
      echo "database not reachable after 30s" >&2
      exit 1
    fi
    sleep 1
  done
}

wait_for_db

case "$APP_ROLE" in
  web)
    exec gunicorn app.wsgi:application --bind 0.0.0.0:8000 --workers "${WEB_CONCURRENCY:-3}"
    ;;
  migrate)
    exec python manage.py migrate --noinput
    ;;
  # (worker + scheduler cases — unchanged, omitted here)
  *)
    exec "$@"
    ;;
esac
''')

# 6 ---------------------------------------------------------------- ellipsis + parenthesis, breaks (sh)
add(L, "scripts/rotate-logs", "shell",
    "Cursor-style short marker with parenthetical; function body in POSIX sh: bare dots followed by parenthesised note; syntax-breaking (bash, dash)",
    expect="reject", body=r'''#!/bin/sh
set -eu

LOG_DIR="${LOG_DIR:-/var/log/myapp}"
KEEP="${KEEP:-14}"

compress_old() {
  find "$LOG_DIR" -name '*.log.*' ! -name '*.gz' -mtime +0 -exec gzip -9 {} \;
}

prune() {
  ... (same find/-delete as before)
}

rotate_current() {
  for f in "$LOG_DIR"/*.log; do
    [ -e "$f" ] || continue
    mv "$f" "$f.$(date +%Y%m%d)"
  done
  kill -HUP "$(cat /run/myapp.pid)" 2>/dev/null || true
}

rotate_current
compress_old
prune
''')

# 7 ---------------------------------------------------------------- helpers before main, comment-only
add(L, "install.sh", "shell",
    "Codeium-style; between functions before main call: detect_platform/download helpers elided, main calls them; comment-only, parses",
    expect="accept", body=r'''#!/bin/sh
# Installs the `tk` CLI into $PREFIX/bin.
set -eu

VERSION="${TK_VERSION:-1.8.2}"
PREFIX="${PREFIX:-$HOME/.local}"

say() {
  printf 'tk-install: %s\n' "$1"
}

fail() {
  say "$1" >&2
  exit 1
}

# detect_platform() and download_release() left as they are in your installer

main() {
  platform="$(detect_platform)"
  tmp="$(mktemp -d)"
  trap 'rm -rf "$tmp"' EXIT

  say "installing tk ${VERSION} for ${platform}"
  download_release "$VERSION" "$platform" "$tmp/tk.tar.gz" || fail "download failed"

  mkdir -p "$PREFIX/bin"
  tar -xzf "$tmp/tk.tar.gz" -C "$tmp"
  install -m 0755 "$tmp/tk" "$PREFIX/bin/tk"
  say "installed to $PREFIX/bin/tk"
}

main "$@"
''')

# 8 ---------------------------------------------------------------- if branch, comment-only
add(L, "scripts/db-migrate.sh", "shell",
    "ChatGPT-style; if/else branch: production safety branch reduced to one echo plus an elision comment, snapshot name used later; comment-only, parses",
    expect="accept", body=r'''#!/usr/bin/env bash
set -euo pipefail

ENV="${1:-development}"
MIGRATIONS_DIR="db/migrations"

confirm() {
  read -r -p "$1 [y/N] " reply
  [[ "$reply" =~ ^[Yy]$ ]]
}

if [[ "$ENV" == "production" ]]; then
  echo "You are about to migrate PRODUCTION."
  # the confirm prompt and the pre-migration snapshot go here, same as you had
else
  echo "Migrating ${ENV}"
fi

migrate -path "$MIGRATIONS_DIR" -database "$DATABASE_URL" up

if [[ "$ENV" == "production" ]]; then
  echo "Snapshot ${SNAPSHOT_ID} kept for 7 days in case you need to roll back."
fi
''')

# 9 ---------------------------------------------------------------- missing fi after elision, breaks
add(L, "tools/release", "shell",
    "Claude-style trailing note; if block never closed because the rest of the script was elided; syntax-breaking (unexpected EOF)",
    expect="reject", body=r'''#!/usr/bin/env bash
set -euo pipefail

part="${1:-patch}"
case "$part" in
  major|minor|patch) ;;
  *) echo "usage: release [major|minor|patch]" >&2; exit 2 ;;
esac

if [[ -n "$(git status --porcelain)" ]]; then
  echo "working tree is dirty; commit or stash first" >&2
  exit 1
fi

current="$(git describe --tags --abbrev=0 2>/dev/null || echo v0.0.0)"
IFS=. read -r major minor patch <<<"${current#v}"

if [[ "$(git rev-parse --abbrev-ref HEAD)" != "main" ]]; then
  echo "releases are cut from main only" >&2
  # [the bump / tag / push part of the script continues unchanged from here]
''')

# 10 --------------------------------------------------------------- middle of sequence, comment-only
add(L, "scripts/k8s-rollout.sh", "shell",
    "Aider-style; while-loop body: readiness polling elided, ready variable never updated; comment-only, parses",
    expect="accept", body=r'''#!/usr/bin/env bash
set -euo pipefail

NAMESPACE="${NAMESPACE:-default}"
DEPLOYMENT="${1:?deployment name required}"
IMAGE="${2:?image required}"
TIMEOUT="${TIMEOUT:-300}"

kubectl -n "$NAMESPACE" set image "deployment/$DEPLOYMENT" "*=$IMAGE"

start=$(date +%s)
ready=0
while (( ready == 0 )); do
  now=$(date +%s)
  if (( now - start > TIMEOUT )); then
    echo "timed out waiting for $DEPLOYMENT" >&2
    kubectl -n "$NAMESPACE" rollout undo "deployment/$DEPLOYMENT"
    exit 1
  fi
  # ⟨poll replicas vs. updatedReplicas like the original⟩
  sleep 5
done

echo "$DEPLOYMENT is running $IMAGE"
''')

# 11 --------------------------------------------------------------- git hook, comment-only (sh)
add(L, ".githooks/pre-commit", "shell",
    "local-model style; if branch in POSIX hook: lint invocation elided, status var never set; comment-only, parses (bash, dash)",
    expect="accept", body=r'''#!/bin/sh
# Runs fast checks on staged files only.

staged=$(git diff --cached --name-only --diff-filter=ACM)
[ -z "$staged" ] && exit 0

js_files=$(printf '%s\n' "$staged" | grep -E '\.(js|ts|tsx)$' || true)
py_files=$(printf '%s\n' "$staged" | grep -E '\.py$' || true)

status=0

if [ -n "$js_files" ]; then
  echo "pre-commit: checking JS/TS"
  # eslint + prettier --check on $js_files — code omitted, reuse yours
fi

if [ -n "$py_files" ]; then
  echo "pre-commit: checking Python"
  # shellcheck disable=SC2086
  ruff check $py_files || status=1
fi

exit $status
''')

# 12 --------------------------------------------------------------- word + parenthesis, breaks
add(L, "scripts/provision.sh", "shell",
    "ChatGPT-style inline; function body: prose line referring to another function, parenthesis breaks parse; syntax-breaking",
    expect="reject", body=r'''#!/usr/bin/env bash
set -euo pipefail

create_user() {
  local name="$1"
  if id "$name" >/dev/null 2>&1; then
    echo "user $name exists"
    return
  fi
  useradd --create-home --shell /bin/bash "$name"
  install -d -m 700 -o "$name" -g "$name" "/home/$name/.ssh"
}

create_service_user() {
  local name="$1"
  ...identical to create_user() but with --system and no home dir...
}

configure_firewall() {
  ufw default deny incoming
  ufw default allow outgoing
  ufw allow OpenSSH
  ufw allow 443/tcp
  ufw --force enable
}

create_user deploy
create_service_user app
configure_firewall
echo "provisioning complete"
''')

# 13 --------------------------------------------------------------- certbot renew, comment-only (extensionless)
add(L, "bin/renew-certs", "shell",
    "Gemini-style; end of file: reload_services function body elided but called at top; comment-only, parses",
    expect="accept", body=r'''#!/usr/bin/env bash
set -euo pipefail

DOMAINS=(example.com www.example.com api.example.com)
WEBROOT=/var/www/acme

main() {
  local args=()
  for d in "${DOMAINS[@]}"; do
    args+=(-d "$d")
  done

  certbot certonly --webroot -w "$WEBROOT" --non-interactive --agree-tos \
    --keep-until-expiring "${args[@]}"

  reload_services
}

reload_services() {
  echo "reloading services after renewal"
  # nginx/haproxy reload lines: identical to the last version of this script
}

main "$@"
''')

# 14 --------------------------------------------------------------- dev helper case at end, comment-only (extensionless)
add(L, "bin/dev", "shell",
    "Cursor-style; case at end of file: logs/shell/reset arms elided, help lists them; comment-only, parses",
    expect="accept", body=r'''#!/usr/bin/env bash
set -euo pipefail

COMPOSE="docker compose -f docker-compose.yml -f docker-compose.dev.yml"

help() {
  cat <<'TXT'
dev up        start the stack
dev down      stop the stack
dev logs SVC  follow logs for a service
dev shell SVC open a shell in a service
dev reset     wipe volumes and start fresh
TXT
}

cmd="${1:-help}"
shift || true

case "$cmd" in
  up)
    $COMPOSE up -d --build
    ;;
  down)
    $COMPOSE down
    ;;
  help|-h|--help)
    help
    ;;
  # logs / shell / reset → copy those three arms over from the old bin/dev
esac
''')

# 15 --------------------------------------------------------------- bracket pseudo-pattern in case, breaks
add(L, "scripts/cleanup.sh", "shell",
    "Codeium-style; case statement: bracketed note where the remaining patterns belong; syntax-breaking",
    expect="reject", body=r'''#!/usr/bin/env bash
set -euo pipefail

target="${1:-all}"

prune_images() {
  docker image prune -af --filter "until=168h"
}

prune_builder() {
  docker builder prune -af --keep-storage 10GB
}

case "$target" in
  images)
    prune_images
    ;;
  builder)
    prune_builder
    ;;
  [volumes, networks and all: unchanged]
esac

df -h /var/lib/docker
''')

# 16 --------------------------------------------------------------- healthcheck, comment-only (sh)
add(L, "scripts/healthcheck.sh", "shell",
    "Copilot-style; function body middle in POSIX sh: HTTP probe elided, code variable consumed but never set; comment-only, parses (bash, dash)",
    expect="accept", body=r'''#!/bin/sh
set -u

URL="${HEALTH_URL:-http://127.0.0.1:8080/healthz}"
RETRIES="${RETRIES:-3}"

probe() {
  attempt=1
  while [ "$attempt" -le "$RETRIES" ]; do
    # …curl probe that sets $code, same flags as the original…
    if [ "${code:-000}" = "200" ]; then
      return 0
    fi
    attempt=$((attempt + 1))
    sleep 2
  done
  return 1
}

if probe; then
  echo "healthy"
  exit 0
fi

echo "unhealthy: last status ${code:-none} from $URL" >&2
exit 1
''')

# 17 --------------------------------------------------------------- empty function body, breaks
add(L, "scripts/bootstrap-cluster.sh", "shell",
    "Claude-style; function body consists only of an elision comment, leaving an empty brace group; syntax-breaking",
    expect="reject", body=r'''#!/usr/bin/env bash
set -euo pipefail

CLUSTER="${CLUSTER:-staging}"
REGION="${REGION:-europe-west1}"
PROJECT="${PROJECT:?set PROJECT}"

create_cluster() {
  gcloud container clusters create "$CLUSTER" \
    --project "$PROJECT" \
    --region "$REGION" \
    --release-channel regular \
    --num-nodes 1 \
    --enable-ip-alias
}

create_node_pools() {
  # node-pool creation — nothing changed here, keep your existing gcloud calls
}

install_addons() {
  helm repo add ingress-nginx https://kubernetes.github.io/ingress-nginx
  helm upgrade --install ingress-nginx ingress-nginx/ingress-nginx -n ingress-nginx --create-namespace
}

create_cluster
create_node_pools
install_addons
''')

# 18 --------------------------------------------------------------- rsync sync, comment-only
add(L, "scripts/sync-assets.sh", "shell",
    "local-model style; import-like source block: config sourcing elided, $BUCKET/$CDN_ID used but never defined; comment-only, parses",
    expect="accept", body=r'''#!/usr/bin/env bash
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/lib/log.sh"
# (the other `source` lines for env + aws helpers go here)

DIST="${DIST:-$here/../dist}"

log_info "uploading hashed assets"
aws s3 sync "$DIST/assets" "s3://${BUCKET}/assets" \
  --cache-control "public, max-age=31536000, immutable" \
  --delete

log_info "uploading html"
aws s3 sync "$DIST" "s3://${BUCKET}" \
  --exclude "assets/*" \
  --cache-control "no-cache"

log_info "invalidating CloudFront"
aws cloudfront create-invalidation --distribution-id "$CDN_ID" --paths "/*" >/dev/null
log_info "done"
''')
