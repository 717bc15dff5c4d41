from common import F
L = "placeholder"
S = "shell"

F(L, "install.sh", S, "comment-only elision: line 31 '# ... rest of the dependency installs as before' at the end replaces the node/docker installs that the summary mentions", r'''
#!/usr/bin/env bash
set -euo pipefail

log() { printf '\033[1;34m==>\033[0m %s\n' "$*"; }

if [[ $EUID -ne 0 ]]; then
  echo "please run as root (sudo ./install.sh)" >&2
  exit 1
fi

. /etc/os-release
case "$ID" in
  debian|ubuntu) ;;
  *) echo "unsupported distribution: $ID" >&2; exit 1 ;;
esac

log "updating package index"
apt-get update -qq

log "installing base packages"
apt-get install -y -qq \
  ca-certificates \
  curl \
  git \
  jq \
  unzip

log "installing python toolchain"
apt-get install -y -qq python3 python3-venv python3-pip

# ... rest of the dependency installs as before
''')

F(L, "scripts/deploy.sh", S, "syntax-breaking elision: line 22 '# same as in the previous version' is the only body of rollback() (empty function body is a shell syntax error)", r'''
#!/bin/sh
set -eu

APP=${APP:-shop}
RELEASES=/srv/$APP/releases
CURRENT=/srv/$APP/current
STAMP=$(date +%Y%m%d%H%M%S)

deploy() {
  target="$RELEASES/$STAMP"
  mkdir -p "$target"
  tar -xzf "build/$APP.tar.gz" -C "$target"
  ln -sfn "$target" "$CURRENT"
  systemctl restart "$APP"
}

rollback() {
  # same as in the previous version
}

case "${1:-deploy}" in
  deploy) deploy ;;
  rollback) rollback ;;
  *) echo "usage: $0 [deploy|rollback]" >&2; exit 2 ;;
esac
''')

F(L, "ops/backup.bash", S, "comment-only elision: line 29 '# (remaining databases handled the same way)' replaces dumps of the databases listed in DATABASES", r'''
#!/usr/bin/env bash
set -Eeuo pipefail

BACKUP_DIR=/var/backups/postgres
DATABASES=(accounts orders analytics audit)
KEEP_DAYS=14
STAMP=$(date -u +%Y-%m-%dT%H%M%SZ)

trap 'echo "backup failed at line $LINENO" >&2' ERR

mkdir -p "$BACKUP_DIR/$STAMP"

dump() {
  local db=$1
  pg_dump --format=custom --no-owner --dbname="$db" \
    --file="$BACKUP_DIR/$STAMP/$db.dump"
  echo "dumped $db ($(du -h "$BACKUP_DIR/$STAMP/$db.dump" | cut -f1))"
}

dump accounts
dump orders
# (remaining databases handled the same way)

find "$BACKUP_DIR" -mindepth 1 -maxdepth 1 -type d -mtime +"$KEEP_DAYS" \
  -exec rm -rf {} +

echo "backup $STAMP complete"
''')

F(L, "ci/build.sh", S, "comment-only elision: line 16 '# existing lint step' in the middle stands where the lint commands were", r'''
#!/bin/sh
set -e

cd "$(dirname "$0")/.."

echo "--- environment"
node --version
npm --version

echo "--- installing dependencies"
npm ci --no-audit --no-fund

echo "--- lint"
# existing lint step

echo "--- unit tests"
npm test -- --ci --reporters=default --reporters=jest-junit

echo "--- build"
NODE_ENV=production npm run build

if [ -n "${CI_COMMIT_TAG:-}" ]; then
  echo "--- packaging $CI_COMMIT_TAG"
  tar -czf "dist-$CI_COMMIT_TAG.tar.gz" dist
fi
''')

F(L, "bin/setup.sh", S, "syntax-breaking elision: line 22 '<existing code>' (parsed as redirections, syntax error near newline)", r'''
#!/usr/bin/env bash
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

if ! command -v docker >/dev/null 2>&1; then
  echo "docker is required" >&2
  exit 1
fi

if [[ ! -f .env ]]; then
  cp .env.example .env
  echo "created .env from .env.example"
fi

docker compose pull
docker compose up -d db redis

<existing code>

docker compose run --rm web bin/rails db:prepare
docker compose up -d web worker
echo "ready: http://localhost:3000"
''')

F(L, "scripts/release.bash", S, "comment-only elision: line 31 '# TODO: the rest of the release steps, mirroring the tag step above' replaces push/publish steps", r'''
#!/usr/bin/env bash
set -euo pipefail

VERSION=${1:?usage: release.bash <version>}

if ! [[ $VERSION =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]]; then
  echo "version must look like 1.2.3" >&2
  exit 1
fi

if [[ -n $(git status --porcelain) ]]; then
  echo "working tree is dirty" >&2
  exit 1
fi

branch=$(git rev-parse --abbrev-ref HEAD)
if [[ $branch != main ]]; then
  echo "releases are cut from main (on $branch)" >&2
  exit 1
fi

sed -i.bak -E "s/^version = \".*\"/version = \"$VERSION\"/" Cargo.toml
rm Cargo.toml.bak
cargo check --quiet
git commit -am "release v$VERSION"
git tag -a "v$VERSION" -m "v$VERSION"

# TODO: the rest of the release steps, mirroring the tag step above
''')

F(L, "docker/entrypoint.sh", S, "comment-only elision: line 24 '# other subcommands unchanged' inside the case replaces the worker/migrate branches", r'''
#!/bin/sh
set -e

: "${APP_ENV:=production}"
: "${PORT:=8000}"

wait_for_db() {
  i=0
  until pg_isready -h "$DB_HOST" -p "${DB_PORT:-5432}" -q; do
    i=$((i + 1))
    if [ "$i" -ge 30 ]; then
      echo "database not reachable" >&2
      exit 1
    fi
    sleep 1
  done
}

case "$1" in
  web)
    wait_for_db
    exec gunicorn app.wsgi:application --bind "0.0.0.0:$PORT" --workers 3
    ;;
  # other subcommands unchanged
  *)
    exec "$@"
    ;;
esac
''')

F(L, "tools/rotate-logs.sh", S, "syntax-breaking elision: line 18 '# cleanup logic goes here' is the only content of the then-branch (empty if body is a syntax error)", r'''
#!/usr/bin/env bash
set -euo pipefail

LOG_DIR=${LOG_DIR:-/var/log/myapp}
MAX_SIZE_MB=${MAX_SIZE_MB:-100}

for log in "$LOG_DIR"/*.log; do
  [[ -e $log ]] || continue
  size_mb=$(( $(stat -c %s "$log") / 1024 / 1024 ))
  if (( size_mb >= MAX_SIZE_MB )); then
    mv "$log" "$log.$(date +%Y%m%d)"
    : > "$log"
    gzip -9 "$log.$(date +%Y%m%d)"
  fi
done

if [[ $(find "$LOG_DIR" -name '*.gz' | wc -l) -gt 30 ]]; then
  # cleanup logic goes here
fi

systemctl kill -s HUP myapp.service
''')

F(L, "scripts/db-migrate.sh", S, "comment-only elision: line 26 '# ... (elided for brevity)' replaces the loop that applies pending migrations", r'''
#!/usr/bin/env bash
set -euo pipefail

: "${DATABASE_URL:?DATABASE_URL must be set}"
MIGRATIONS_DIR=${MIGRATIONS_DIR:-db/migrations}

psql() { command psql "$DATABASE_URL" -v ON_ERROR_STOP=1 -qAt "$@"; }

psql -c "create table if not exists schema_migrations (
  version text primary key,
  applied_at timestamptz not null default now()
)"

applied=$(psql -c "select version from schema_migrations order by version")

pending=()
for file in "$MIGRATIONS_DIR"/*.sql; do
  version=$(basename "$file" .sql)
  if ! grep -qx "$version" <<<"$applied"; then
    pending+=("$file")
  fi
done

echo "${#pending[@]} pending migration(s)"
# ... (elided for brevity)
echo "database is up to date"
''')

F(L, "docker/healthcheck.sh", S, "bare marker: line 15 is a lone '...' replacing the HTTP probe (shells parse it as a command name, so syntax stays valid)", r'''
#!/bin/sh
# Container health check: exit 0 when healthy, 1 otherwise.

PORT=${PORT:-8080}
TIMEOUT=${HEALTH_TIMEOUT:-3}

if ! pgrep -x node >/dev/null 2>&1; then
  echo "node process not running"
  exit 1
fi

...

status=$(wget -q -T "$TIMEOUT" -O /dev/null -S "http://127.0.0.1:$PORT/health" 2>&1 | awk '/HTTP\// {print $2}' | tail -n1)

if [ "$status" = "200" ]; then
  exit 0
fi

echo "unexpected status: ${status:-none}"
exit 1
''')

F(L, "infra/provision.bash", S, "syntax-breaking elision: line 23 '# per-host config as before' is the only body of the second for-loop (empty do/done is a syntax error)", r'''
#!/usr/bin/env bash
set -euo pipefail

INVENTORY=${INVENTORY:-hosts.txt}
SSH_USER=${SSH_USER:-deploy}
SSH_OPTS=(-o BatchMode=yes -o ConnectTimeout=10)

mapfile -t HOSTS < <(grep -vE '^\s*(#|$)' "$INVENTORY")

if (( ${#HOSTS[@]} == 0 )); then
  echo "no hosts in $INVENTORY" >&2
  exit 1
fi

echo "provisioning ${#HOSTS[@]} host(s)"

for host in "${HOSTS[@]}"; do
  ssh "${SSH_OPTS[@]}" "$SSH_USER@$host" true || {
    echo "cannot reach $host" >&2
    exit 1
  }
done

for host in "${HOSTS[@]}"; do
  # per-host config as before
done

echo "done"
''')

F(L, "env.sh", S, "comment-only elision: line 20 '# keep the other exports from the old file' replaces exports used by the functions below", r'''
# shellcheck shell=bash
# Source this file: . ./env.sh

export PROJECT_ROOT
PROJECT_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

export PATH="$PROJECT_ROOT/bin:$PROJECT_ROOT/node_modules/.bin:$PATH"
export COMPOSE_PROJECT_NAME=shop
export NODE_OPTIONS=--max-old-space-size=4096

if [ -f "$PROJECT_ROOT/.env.local" ]; then
  set -a
  . "$PROJECT_ROOT/.env.local"
  set +a
fi

# keep the other exports from the old file

dbshell() {
  psql "postgres://$DB_USER:$DB_PASSWORD@$DB_HOST:$DB_PORT/$DB_NAME" "$@"
}

logs() {
  docker compose logs -f --tail=200 "${1:-web}"
}
''')

F(L, "scripts/test.sh", S, "comment-only elision: line 21 '# [previous checks]' replaces the formatting/vet checks in the middle", r'''
#!/usr/bin/env bash
set -euo pipefail

cd "$(git rev-parse --show-toplevel)"

COVER=${COVER:-0}
PKGS=${PKGS:-./...}

red() { printf '\033[31m%s\033[0m\n' "$*"; }
green() { printf '\033[32m%s\033[0m\n' "$*"; }

if ! command -v go >/dev/null; then
  red "go is not installed"
  exit 1
fi

echo "go $(go env GOVERSION)"

# [previous checks]

if [[ $COVER == 1 ]]; then
  go test -race -coverprofile=coverage.out "$PKGS"
  go tool cover -func=coverage.out | tail -n1
else
  go test -race "$PKGS"
fi

green "all tests passed"
''')

F(L, "hooks/pre-commit.sh", S, "comment-only elision: line 25 '# remaining hooks: same pattern as the eslint one' replaces the prettier/tsc checks", r'''
#!/usr/bin/env bash
# Installed by `npm run hooks:install` as .git/hooks/pre-commit
set -uo pipefail

staged=$(git diff --cached --name-only --diff-filter=ACMR)
[ -z "$staged" ] && exit 0

js_files=$(grep -E '\.(js|jsx|ts|tsx)$' <<<"$staged" || true)
status=0

if [ -n "$js_files" ]; then
  echo "eslint: checking $(wc -l <<<"$js_files") file(s)"
  # shellcheck disable=SC2086
  if ! npx --no-install eslint --max-warnings=0 $js_files; then
    status=1
  fi
fi

if grep -qE '^(\.env|.*\.pem)$' <<<"$staged"; then
  echo "refusing to commit secrets (.env / *.pem)" >&2
  status=1
fi

# remaining hooks: same pattern as the eslint one

if [ "$status" -ne 0 ]; then
  echo "pre-commit checks failed; commit aborted" >&2
fi
exit "$status"
''')

F(L, "scripts/cleanup.sh", S, "comment-only elision: line 20 '# snip — unchanged' at the end of prune_images() replaces the volume/network pruning", r'''
#!/bin/sh
# Reclaim disk space on CI runners.
set -eu

THRESHOLD=${THRESHOLD:-85}

usage_pct() {
  df -P / | awk 'NR==2 { gsub("%", "", $5); print $5 }'
}

prune_images() {
  docker image prune -af --filter "until=72h"
  docker builder prune -af --filter "until=72h"
  # snip — unchanged
}

before=$(usage_pct)
echo "disk usage: ${before}%"

if [ "$before" -lt "$THRESHOLD" ]; then
  echo "below ${THRESHOLD}%, nothing to do"
  exit 0
fi

prune_images
rm -rf /tmp/ci-cache-* 2>/dev/null || true
echo "disk usage now: $(usage_pct)%"
''')

F(L, "scripts/sync.bash", S, "comment-only elision: line 27 '# (copy the block above for staging and prod)' replaces the other two environment syncs", r'''
#!/usr/bin/env bash
set -euo pipefail

BUCKET_PREFIX=${BUCKET_PREFIX:-s3://acme-static}
DIST=${DIST:-dist}
DRY_RUN=${DRY_RUN:-0}

args=(--delete --only-show-errors --cache-control "public,max-age=300")
if [[ $DRY_RUN == 1 ]]; then
  args+=(--dryrun)
fi

if [[ ! -d $DIST ]]; then
  echo "$DIST does not exist; run the build first" >&2
  exit 1
fi

sync_env() {
  local env=$1
  aws s3 sync "$DIST" "$BUCKET_PREFIX-$env" "${args[@]}"
  aws cloudfront create-invalidation \
    --distribution-id "$(jq -r ".${env}" cloudfront-ids.json)" \
    --paths '/*' >/dev/null
  echo "synced $env"
}

sync_env dev
# (copy the block above for staging and prod)
''')
