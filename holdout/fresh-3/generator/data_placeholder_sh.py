from registry import add

L = "placeholder"
S = "shell"

add(L, "scripts/install.sh", S,
    "bash dev-box installer; a function body holds only a comment saying it is unchanged; main still calls it; breaks syntax",
    r'''
#!/usr/bin/env bash
# Install project toolchain on a fresh Ubuntu/Debian dev box.
set -euo pipefail

NODE_MAJOR="${NODE_MAJOR:-20}"
PNPM_VERSION="${PNPM_VERSION:-9.12.0}"

log() { printf '\033[1;34m==>\033[0m %s\n' "$*"; }

require_sudo() {
  if [[ $EUID -ne 0 ]] && ! command -v sudo >/dev/null; then
    echo "This script needs root or sudo." >&2
    exit 1
  fi
}

install_system_packages() {
  log "Installing system packages"
  sudo apt-get update -y
  sudo apt-get install -y --no-install-recommends \
    build-essential ca-certificates curl git jq unzip
}

install_node() {
  # (NodeSource setup for $NODE_MAJOR — unchanged from your script)
}

install_pnpm() {
  log "Installing pnpm ${PNPM_VERSION}"
  corepack enable
  corepack prepare "pnpm@${PNPM_VERSION}" --activate
}

main() {
  require_sudo
  install_system_packages
  install_node
  install_pnpm
  log "Installing workspace dependencies"
  pnpm install --frozen-lockfile
  log "Done. Run 'pnpm dev' to start."
}

main "$@"
''', expect="reject",
    marks=["# (NodeSource setup for $NODE_MAJOR — unchanged from your script)"])

add(L, "scripts/deploy.sh", S,
    "rsync/ssh release deploy; build function replaced by a keep-as-is comment but still called at the end; parses",
    r'''
#!/usr/bin/env bash
set -Eeuo pipefail

APP_NAME="storefront"
REMOTE_USER="${REMOTE_USER:-deploy}"
REMOTE_HOST="${REMOTE_HOST:?set REMOTE_HOST}"
REMOTE_DIR="/srv/${APP_NAME}"
RELEASE="$(date +%Y%m%d%H%M%S)"
KEEP_RELEASES=5

# build_assets() stays exactly as in your current script

upload_release() {
  echo "→ Uploading release ${RELEASE}"
  rsync -az --delete \
    --exclude '.git' --exclude 'node_modules' --exclude '.env*' \
    ./dist/ "${REMOTE_USER}@${REMOTE_HOST}:${REMOTE_DIR}/releases/${RELEASE}/"
}

activate_release() {
  echo "→ Activating ${RELEASE}"
  ssh "${REMOTE_USER}@${REMOTE_HOST}" bash -s <<EOF
set -euo pipefail
cd "${REMOTE_DIR}"
ln -sfn "releases/${RELEASE}" current
sudo systemctl reload ${APP_NAME}
ls -1dt releases/* | tail -n +$((KEEP_RELEASES + 1)) | xargs -r rm -rf
EOF
}

trap 'echo "✗ Deploy failed on line $LINENO" >&2' ERR

build_assets
upload_release
activate_release
echo "✓ Deployed ${APP_NAME} ${RELEASE} to ${REMOTE_HOST}"
''', expect="parse",
    marks=["# build_assets() stays exactly as in your current script"])

add(L, "scripts/backup-postgres.sh", S,
    "POSIX sh pg_dump backup; retention step replaced by a comment paragraph, its variable left unused; parses in bash and dash",
    r'''
#!/bin/sh
# Nightly PostgreSQL backup to local disk + S3.
set -eu

PGHOST="${PGHOST:-localhost}"
PGUSER="${PGUSER:-backup}"
DB_NAME="${DB_NAME:-app_production}"
BACKUP_DIR="${BACKUP_DIR:-/var/backups/postgres}"
S3_BUCKET="${S3_BUCKET:-s3://acme-db-backups}"
RETENTION_DAYS="${RETENTION_DAYS:-14}"

timestamp=$(date -u +%Y-%m-%dT%H%M%SZ)
outfile="$BACKUP_DIR/${DB_NAME}_${timestamp}.dump"

mkdir -p "$BACKUP_DIR"

echo "Dumping $DB_NAME to $outfile"
pg_dump -h "$PGHOST" -U "$PGUSER" -Fc -Z 6 -f "$outfile" "$DB_NAME"

echo "Uploading to $S3_BUCKET"
aws s3 cp "$outfile" "$S3_BUCKET/$(basename "$outfile")" --only-show-errors

# --- retention ---
# Local pruning and the S3 lifecycle check go here. They're the same
# find ... -mtime +$RETENTION_DAYS -delete block and the `aws s3 ls`
# loop from the version you sent me; I haven't changed them, so I'm
# not repeating them in this reply.

echo "Backup finished: $(du -h "$outfile" | cut -f1)"
''', expect="parse", para=True,
    marks=["""# --- retention ---
# Local pruning and the S3 lifecycle check go here. They're the same
# find ... -mtime +$RETENTION_DAYS -delete block and the `aws s3 ls`
# loop from the version you sent me; I haven't changed them, so I'm
# not repeating them in this reply."""])

add(L, "ci/run-tests.sh", S,
    "CI test runner; the then-branch of an if holds only an ellipsis comment; breaks syntax",
    r'''
#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export NODE_ENV=test
export DATABASE_URL="${DATABASE_URL:-postgres://postgres:postgres@localhost:5432/app_test}"

echo "::group::Install"
npm ci --no-audit --no-fund
echo "::endgroup::"

if [ "${CI:-false}" = "true" ]; then
  # ... CI-specific setup
fi

echo "::group::Lint"
npm run lint
echo "::endgroup::"

echo "::group::Unit tests"
npx jest --ci --coverage --reporters=default --reporters=jest-junit
echo "::endgroup::"

echo "::group::Integration tests"
npx jest --ci --config jest.integration.config.js --runInBand
echo "::endgroup::"
''', expect="reject", marks=["# ... CI-specific setup"])

add(L, "bin/setup-dev.sh", S,
    "workstation bootstrap; Linux package install replaced by a bracketed trimmed-list note after apt-get update; parses",
    r'''
#!/usr/bin/env bash
# Bootstrap a macOS or Linux workstation for this repo.
set -euo pipefail

OS="$(uname -s)"

install_packages() {
  case "$OS" in
    Darwin)
      if ! command -v brew >/dev/null 2>&1; then
        echo "Homebrew is required: https://brew.sh" >&2
        exit 1
      fi
      brew bundle --file=./Brewfile
      ;;
    Linux)
      sudo apt-get update
      # [package list trimmed — same apt packages as the Brewfile]
      ;;
    *)
      echo "Unsupported OS: $OS" >&2
      exit 1
      ;;
  esac
}

setup_git_hooks() {
  git config core.hooksPath .githooks
  chmod +x .githooks/*
}

setup_env_file() {
  if [[ ! -f .env ]]; then
    cp .env.example .env
    echo "Created .env from .env.example — fill in the secrets before running."
  fi
}

install_packages
setup_git_hooks
setup_env_file
echo "Dev environment ready."
''', expect="parse",
    marks=["# [package list trimmed — same apt packages as the Brewfile]"])

add(L, "scripts/rotate-logs.sh", S,
    "POSIX sh log rotation; for-loop body holds only a comment; breaks syntax in bash and dash",
    r'''
#!/bin/sh
# Rotate and compress application logs; meant for a daily cron entry.
set -eu

LOG_DIR="${LOG_DIR:-/var/log/myapp}"
ARCHIVE_DIR="$LOG_DIR/archive"
MAX_AGE_DAYS="${MAX_AGE_DAYS:-30}"
STAMP=$(date +%Y%m%d)

mkdir -p "$ARCHIVE_DIR"

for f in "$LOG_DIR"/*.log; do
  # mv + gzip into $ARCHIVE_DIR with $STAMP, same as the nginx block you had
done

# signal the app to reopen its log files
if [ -f /run/myapp.pid ]; then
  kill -USR1 "$(cat /run/myapp.pid)"
fi

find "$ARCHIVE_DIR" -name '*.log.gz' -mtime +"$MAX_AGE_DAYS" -delete
echo "rotated logs in $LOG_DIR"
''', expect="reject",
    marks=["# mv + gzip into $ARCHIVE_DIR with $STAMP, same as the nginx block you had"])

add(L, "docker/entrypoint.sh", S,
    "POSIX sh container entrypoint; wait function replaced by a comment paragraph asking to paste it, still called; parses in bash and dash",
    r'''
#!/bin/sh
set -e

: "${DB_HOST:=db}"
: "${DB_PORT:=5432}"
: "${WAIT_TIMEOUT:=60}"

# wait_for_db
#   Polls $DB_HOST:$DB_PORT with `nc -z` once a second until it answers
#   or $WAIT_TIMEOUT runs out. It's the same function you already have in
#   the old entrypoint, so paste it in here unchanged.

if [ "${SKIP_DB_WAIT:-0}" != "1" ]; then
  wait_for_db
fi

if [ "$1" = "web" ]; then
  echo "Running migrations"
  python manage.py migrate --noinput
  python manage.py collectstatic --noinput
  exec gunicorn config.wsgi:application \
    --bind "0.0.0.0:${PORT:-8000}" \
    --workers "${GUNICORN_WORKERS:-3}" \
    --access-logfile -
elif [ "$1" = "worker" ]; then
  exec celery -A config worker --loglevel="${CELERY_LOG_LEVEL:-info}"
fi

exec "$@"
''', expect="parse", para=True,
    marks=["""# wait_for_db
#   Polls $DB_HOST:$DB_PORT with `nc -z` once a second until it answers
#   or $WAIT_TIMEOUT runs out. It's the same function you already have in
#   the old entrypoint, so paste it in here unchanged."""])

add(L, "scripts/release.sh", S,
    "npm release script; changelog step replaced by an angle-bracket insert tag; later uses the notes file it made; breaks syntax",
    r'''
#!/usr/bin/env bash
set -euo pipefail

BUMP="${1:-patch}"

if [[ ! "$BUMP" =~ ^(major|minor|patch)$ ]]; then
  echo "usage: $0 [major|minor|patch]" >&2
  exit 2
fi

if [[ -n "$(git status --porcelain)" ]]; then
  echo "Working tree is dirty; commit or stash first." >&2
  exit 1
fi

git fetch --tags origin
git checkout main
git pull --ff-only origin main

NEW_VERSION="$(npm version "$BUMP" --no-git-tag-version | tr -d 'v')"
echo "Releasing v${NEW_VERSION}"

<insert changelog generation here>

git add package.json package-lock.json CHANGELOG.md
git commit -m "chore(release): v${NEW_VERSION}"
git tag -a "v${NEW_VERSION}" -m "v${NEW_VERSION}"
git push origin main --follow-tags

gh release create "v${NEW_VERSION}" --notes-file "$NOTES_FILE" --title "v${NEW_VERSION}"
''', expect="reject", marks=["<insert changelog generation here>"])

add(L, "scripts/provision-server.sh", S,
    "VPS provisioning; two steps replaced by bare ellipsis lines (ASCII and Unicode), which bash still parses as commands; parses",
    r'''
#!/usr/bin/env bash
# One-time provisioning for a fresh Ubuntu 22.04 VPS. Run as root.
set -euo pipefail

DEPLOY_USER="deploy"
SSH_PORT="${SSH_PORT:-22}"

apt-get update
apt-get -y upgrade
apt-get install -y ufw fail2ban unattended-upgrades nginx

# --- user ---
if ! id "$DEPLOY_USER" >/dev/null 2>&1; then
  adduser --disabled-password --gecos "" "$DEPLOY_USER"
  usermod -aG sudo "$DEPLOY_USER"
fi
install -d -m 700 -o "$DEPLOY_USER" -g "$DEPLOY_USER" "/home/$DEPLOY_USER/.ssh"
...

# --- ssh hardening ---
sed -i "s/^#\?Port .*/Port ${SSH_PORT}/" /etc/ssh/sshd_config
…
systemctl restart ssh

# --- firewall ---
ufw default deny incoming
ufw default allow outgoing
ufw allow "${SSH_PORT}/tcp"
ufw allow 'Nginx Full'
ufw --force enable

systemctl enable --now fail2ban
echo "Provisioning complete. Log in as ${DEPLOY_USER} on port ${SSH_PORT}."
''', expect="parse", marks=["/.ssh\"\n...\n", "sshd_config\n…\n"])

add(L, "scripts/build-docker.sh", S,
    "docker buildx multi-arch build; cache flags replaced by a comment paragraph; parses",
    r'''
#!/usr/bin/env bash
set -euo pipefail

IMAGE="${IMAGE:-ghcr.io/acme/api}"
VERSION="${VERSION:-$(git describe --tags --always --dirty)}"
PLATFORMS="linux/amd64,linux/arm64"
PUSH="${PUSH:-false}"

if ! docker buildx inspect multiarch >/dev/null 2>&1; then
  docker buildx create --name multiarch --use
fi

build_args=(
  --platform "$PLATFORMS"
  --build-arg "VERSION=${VERSION}"
  --build-arg "GIT_SHA=$(git rev-parse HEAD)"
  --label "org.opencontainers.image.revision=$(git rev-parse HEAD)"
  --tag "${IMAGE}:${VERSION}"
  --tag "${IMAGE}:latest"
)

# Cache flags:
#   the --cache-from/--cache-to registry cache lines go here, same as
#   before. I removed the per-arch duplicates from the old script, since
#   buildx handles both platforms in one invocation now.

if [[ "$PUSH" == "true" ]]; then
  build_args+=(--push)
else
  build_args+=(--load)
fi

docker buildx build "${build_args[@]}" .
echo "Built ${IMAGE}:${VERSION} for ${PLATFORMS}"
''', expect="parse", para=True,
    marks=["""# Cache flags:
#   the --cache-from/--cache-to registry cache lines go here, same as
#   before. I removed the per-arch duplicates from the old script, since
#   buildx handles both platforms in one invocation now."""])

add(L, "scripts/sync-s3.sh", S,
    "aws s3 sync helper; push function body is only a same-but-reversed comment; breaks syntax",
    r'''
#!/usr/bin/env bash
set -euo pipefail

BUCKET="${BUCKET:?BUCKET is required}"
PREFIX="${PREFIX:-assets}"
LOCAL_DIR="${LOCAL_DIR:-./public/assets}"
PROFILE="${AWS_PROFILE:-default}"

download_dir() {
  local src="s3://${BUCKET}/${PREFIX}/"
  echo "Pulling ${src} -> ${LOCAL_DIR}"
  aws s3 sync "$src" "$LOCAL_DIR" \
    --profile "$PROFILE" \
    --exact-timestamps \
    --only-show-errors
}

upload_dir() {
  # Same as download_dir but reversed
}

usage() {
  echo "usage: $0 {pull|push}" >&2
  exit 2
}

case "${1:-}" in
  pull) download_dir ;;
  push) upload_dir ;;
  *) usage ;;
esac
''', expect="reject", marks=["# Same as download_dir but reversed"])

add(L, "scripts/pre-commit.sh", S,
    "git pre-commit hook; Python lint half replaced by a comment paragraph saying it follows the JS block; parses",
    r'''
#!/usr/bin/env bash
# Git pre-commit hook: lint and type-check only what is staged.
set -euo pipefail

mapfile -t STAGED < <(git diff --cached --name-only --diff-filter=ACMR)

if [[ ${#STAGED[@]} -eq 0 ]]; then
  exit 0
fi

js_files=()
for f in "${STAGED[@]}"; do
  case "$f" in
    *.js|*.jsx|*.ts|*.tsx) js_files+=("$f") ;;
  esac
done

if [[ ${#js_files[@]} -gt 0 ]]; then
  echo "eslint: ${#js_files[@]} file(s)"
  npx eslint --max-warnings=0 "${js_files[@]}"
  npx prettier --check "${js_files[@]}"
fi

# The Python half of the hook (collecting *.py into py_files and running
# ruff + black --check on them) is left out on purpose: it's the same
# pattern as the JS block above, just with different globs and tools.
# Copy the block and swap the names if you want it.

if git diff --cached | grep -nE '^\+.*(console\.log|debugger;)' >/dev/null; then
  echo "Refusing to commit: remove console.log/debugger from staged changes." >&2
  exit 1
fi
''', expect="parse", para=True,
    marks=["""# The Python half of the hook (collecting *.py into py_files and running
# ruff + black --check on them) is left out on purpose: it's the same
# pattern as the JS block above, just with different globs and tools.
# Copy the block and swap the names if you want it."""])

add(L, "scripts/renew-certs.sh", S,
    "certbot renewal; post-renewal reload replaced by a rest-remains-unchanged comment inside the if; parses",
    r'''
#!/usr/bin/env bash
set -euo pipefail

DOMAINS=(example.com www.example.com api.example.com)
EMAIL="ops@example.com"
WEBROOT="/var/www/letsencrypt"
NGINX_CONTAINER="${NGINX_CONTAINER:-nginx}"

domain_args=()
for d in "${DOMAINS[@]}"; do
  domain_args+=(-d "$d")
done

certbot certonly \
  --webroot -w "$WEBROOT" \
  --email "$EMAIL" --agree-tos --non-interactive \
  --keep-until-expiring \
  --deploy-hook "touch /tmp/certs-renewed" \
  "${domain_args[@]}"

if [[ -f /tmp/certs-renewed ]]; then
  rm -f /tmp/certs-renewed
  # ... rest of the script remains unchanged ...
fi
''', expect="parse", marks=["# ... rest of the script remains unchanged ..."])

add(L, "scripts/k8s-rollout.sh", S,
    "kubectl rollout wrapper; while-loop body holds only a comment; retry counters unused; breaks syntax",
    r'''
#!/usr/bin/env bash
set -euo pipefail

NAMESPACE="${NAMESPACE:-production}"
DEPLOYMENT="${1:?usage: $0 <deployment> <image>}"
IMAGE="${2:?usage: $0 <deployment> <image>}"
TIMEOUT="${TIMEOUT:-300s}"
MAX_ATTEMPTS=3

echo "Rolling ${DEPLOYMENT} in ${NAMESPACE} to ${IMAGE}"
kubectl -n "$NAMESPACE" set image "deployment/${DEPLOYMENT}" "app=${IMAGE}" --record

attempt=1
while ! kubectl -n "$NAMESPACE" rollout status "deployment/${DEPLOYMENT}" --timeout="$TIMEOUT"; do
  # retry logic here
done

echo "Rollout finished; current pods:"
kubectl -n "$NAMESPACE" get pods -l "app=${DEPLOYMENT}" -o wide
''', expect="reject", marks=["# retry logic here"])

add(L, "scripts/migrate-db.sh", S,
    "POSIX sh Flyway migration; production snapshot replaced by a comment paragraph inside the if (an echo remains); parses in bash and dash",
    r'''
#!/bin/sh
# Apply pending Flyway migrations, taking a snapshot first in production.
set -eu

ENVIRONMENT="${1:-staging}"
FLYWAY_IMAGE="flyway/flyway:10"
CONF_DIR="$(pwd)/db/conf"
SQL_DIR="$(pwd)/db/migrations"

case "$ENVIRONMENT" in
  staging|production) ;;
  *)
    echo "unknown environment: $ENVIRONMENT" >&2
    exit 2
    ;;
esac

if [ "$ENVIRONMENT" = "production" ]; then
  # Snapshot step.
  # This is where the `aws rds create-db-snapshot` call and the
  # `aws rds wait db-snapshot-available` loop from your original
  # script belong; nothing in them depended on Flyway, so I kept
  # this answer to the migration part only.
  echo "snapshot taken"
fi

docker run --rm \
  -v "$CONF_DIR:/flyway/conf:ro" \
  -v "$SQL_DIR:/flyway/sql:ro" \
  "$FLYWAY_IMAGE" \
  -configFiles="/flyway/conf/${ENVIRONMENT}.conf" \
  migrate

echo "migrations applied to $ENVIRONMENT"
''', expect="parse", para=True,
    marks=["""  # Snapshot step.
  # This is where the `aws rds create-db-snapshot` call and the
  # `aws rds wait db-snapshot-available` loop from your original
  # script belong; nothing in them depended on Flyway, so I kept
  # this answer to the migration part only."""])

add(L, "tools/gen-certs.sh", S,
    "openssl local CA + server cert; config-file generation replaced by a parenthesised your-existing-code note; later commands read that file; parses",
    r'''
#!/usr/bin/env bash
# Generate a local CA and a server certificate for https://localhost development.
set -euo pipefail

OUT_DIR="${OUT_DIR:-./certs}"
DAYS="${DAYS:-825}"
CN="${CN:-localhost}"

mkdir -p "$OUT_DIR"
cd "$OUT_DIR"

if [[ ! -f ca.key ]]; then
  openssl genrsa -out ca.key 4096
  openssl req -x509 -new -nodes -key ca.key -sha256 -days 3650 \
    -subj "/CN=Local Dev CA" -out ca.crt
fi

# (Your existing openssl config generation goes here)

openssl genrsa -out server.key 2048
openssl req -new -key server.key -out server.csr -config server.cnf
openssl x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial \
  -out server.crt -days "$DAYS" -sha256 -extfile server.cnf -extensions v3_req

rm -f server.csr
echo "Created $OUT_DIR/server.crt for $CN (trust $OUT_DIR/ca.crt in your OS keychain)"
''', expect="parse",
    marks=["# (Your existing openssl config generation goes here)"])

add(L, "scripts/prune-docker.sh", S,
    "docker disk cleanup; volume and build-cache pruning replaced by a note that they work the same way as containers; parses",
    r'''
#!/usr/bin/env bash
# Free disk space on CI runners / build hosts.
set -euo pipefail

DRY_RUN="${DRY_RUN:-0}"
KEEP_HOURS="${KEEP_HOURS:-72}"

run() {
  if [[ "$DRY_RUN" == "1" ]]; then
    echo "[dry-run] $*"
  else
    "$@"
  fi
}

before=$(df -P /var/lib/docker | awk 'NR==2 {print $4}')

echo "Removing stopped containers older than ${KEEP_HOURS}h"
run docker container prune --force --filter "until=${KEEP_HOURS}h"

echo "Removing dangling images"
run docker image prune --force

# volumes and build cache: prune them the same way as containers, with the same until= filter

after=$(df -P /var/lib/docker | awk 'NR==2 {print $4}')
echo "Freed $(( (after - before) / 1024 )) MiB"
''', expect="parse",
    marks=["# volumes and build cache: prune them the same way as containers, with the same until= filter"])

add(L, "scripts/bootstrap-monorepo.sh", S,
    "multi-repo bootstrap; per-service setup replaced by a titled comment paragraph leaving it to the user; parses",
    r'''
#!/usr/bin/env bash
# Clone and wire up all service repos into ./services for local development.
set -euo pipefail

ORG="acme-corp"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SERVICES_DIR="$ROOT/services"
REPOS=(api web worker notifications billing)

mkdir -p "$SERVICES_DIR"

for repo in "${REPOS[@]}"; do
  target="$SERVICES_DIR/$repo"
  if [[ -d "$target/.git" ]]; then
    echo "↻ $repo already cloned, pulling"
    git -C "$target" pull --ff-only
  else
    echo "⇣ cloning $repo"
    git clone "git@github.com:${ORG}/${repo}.git" "$target"
  fi
done

# Per-service setup
# =================
# For each service you had a small block that copies .env.example to .env,
# runs its package manager install, and links the shared tsconfig. Those
# blocks are identical apart from the directory name, so rather than repeat
# all five I'm leaving them to you — or wrap them in a function and loop.

echo "Starting shared infrastructure (postgres, redis, mailpit)"
docker compose -f "$ROOT/docker-compose.infra.yml" up -d

echo "All services are in $SERVICES_DIR. Next: make dev"
''', expect="parse", para=True,
    marks=["""# Per-service setup
# =================
# For each service you had a small block that copies .env.example to .env,
# runs its package manager install, and links the shared tsconfig. Those
# blocks are identical apart from the directory name, so rather than repeat
# all five I'm leaving them to you — or wrap them in a function and loop."""])

add(L, "scripts/healthcheck.sh", S,
    "POSIX sh container healthcheck; HTTP check function body is only a bracketed unchanged note; breaks syntax in bash and dash",
    r'''
#!/bin/sh
# Container HEALTHCHECK: app must answer HTTP and reach its database.
set -eu

APP_URL="${APP_URL:-http://127.0.0.1:8080/healthz}"
DB_HOST="${DB_HOST:-db}"
DB_PORT="${DB_PORT:-5432}"
TIMEOUT="${HEALTH_TIMEOUT:-3}"

check_http() {
  # [unchanged]
}

check_db() {
  if ! nc -z -w "$TIMEOUT" "$DB_HOST" "$DB_PORT"; then
    echo "database $DB_HOST:$DB_PORT unreachable" >&2
    return 1
  fi
}

check_http
check_db
echo "healthy"
''', expect="reject", marks=["# [unchanged]"])

add(L, "scripts/restore-backup.sh", S,
    "pg_restore from S3; key selection, download and confirmation replaced by a comment paragraph; later code uses the variable they set; parses",
    r'''
#!/usr/bin/env bash
# Restore a pg_dump archive from S3 into a target database.
set -euo pipefail

usage() {
  cat <<USAGE
usage: $(basename "$0") -d <database> [-k <s3 key>] [--yes]
  -d   target database name
  -k   object key under s3://acme-db-backups (default: newest)
  --yes  skip the confirmation prompt
USAGE
  exit 2
}

DB=""
KEY=""
ASSUME_YES=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    -d) DB="$2"; shift 2 ;;
    -k) KEY="$2"; shift 2 ;;
    --yes) ASSUME_YES=1; shift ;;
    *) usage ;;
  esac
done
[[ -n "$DB" ]] || usage

# Picking the newest key, downloading it to a temp file and the
# "are you sure?" prompt are all exactly what you had before —
# I've only rewritten the pg_restore part below. Put those
# three steps back in here, otherwise $DUMP_FILE is never set.

echo "Restoring $DUMP_FILE into $DB"
dropdb --if-exists "$DB"
createdb "$DB"
pg_restore --no-owner --no-privileges --jobs=4 -d "$DB" "$DUMP_FILE"
rm -f "$DUMP_FILE"
echo "Restore complete."
''', expect="parse", para=True,
    marks=["""# Picking the newest key, downloading it to a temp file and the
# "are you sure?" prompt are all exactly what you had before —
# I've only rewritten the pg_restore part below. Put those
# three steps back in here, otherwise $DUMP_FILE is never set."""])
