from bases import ph

ph("deploy_script_function_middle.sh", r'''
#!/usr/bin/env bash
set -euo pipefail

APP_NAME="${APP_NAME:-storefront}"
DEPLOY_ENV="${1:?usage: deploy.sh <staging|production>}"
RELEASE="$(date +%Y%m%d%H%M%S)"

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*"; }

deploy() {
  log "Deploying ${APP_NAME} (${RELEASE}) to ${DEPLOY_ENV}"
  aws s3 sync ./dist "s3://${APP_NAME}-${DEPLOY_ENV}/releases/${RELEASE}/" --delete
  # ... existing deployment logic ...
  log "Deployment finished"
}

smoke_test() {
  local url="https://${DEPLOY_ENV}.example.com/healthz"
  for i in 1 2 3 4 5; do
    if curl -fsS "$url" >/dev/null; then
      log "Smoke test passed"
      return 0
    fi
    sleep $((i * 3))
  done
  log "Smoke test failed"
  return 1
}

deploy
smoke_test
''')

ph("backup_script_case_other_targets.sh", r'''
#!/bin/bash
set -eu

BACKUP_DIR=/var/backups/app
STAMP=$(date +%F)
mkdir -p "$BACKUP_DIR"

target="${1:-all}"

case "$target" in
  postgres)
    pg_dump --format=custom --file="$BACKUP_DIR/db-$STAMP.dump" "$DATABASE_URL"
    ;;
  uploads)
    tar -czf "$BACKUP_DIR/uploads-$STAMP.tar.gz" -C /srv/app uploads
    ;;
  # ... other cases
  *)
    echo "unknown target: $target" >&2
    exit 2
    ;;
esac

find "$BACKUP_DIR" -type f -mtime +14 -delete
echo "backup of $target done"
''')

ph("install_deps_apt_rest_of_packages.sh", r'''
#!/usr/bin/env bash
# Provision a fresh Ubuntu 22.04 build agent.
set -euo pipefail

export DEBIAN_FRONTEND=noninteractive

apt-get update -y
apt-get install -y --no-install-recommends \
  build-essential \
  ca-certificates \
  curl \
  git \
  jq \
  pkg-config \
  libssl-dev
# (rest of packages)

curl -fsSL https://deb.nodesource.com/setup_20.x | bash -
apt-get install -y nodejs
corepack enable

useradd --create-home --shell /bin/bash builder || true
echo "builder ALL=(ALL) NOPASSWD:ALL" > /etc/sudoers.d/builder
chmod 0440 /etc/sudoers.d/builder
''')

ph("setup_env_exports_as_before.sh", r'''
#!/bin/sh
# Source this file: . ./scripts/env.sh

export APP_ENV="${APP_ENV:-development}"
export PORT="${PORT:-8080}"
export DATABASE_URL="postgres://app:app@localhost:5432/app_${APP_ENV}"
export REDIS_URL="redis://localhost:6379/0"
# other env vars as before

if [ "$APP_ENV" = "production" ]; then
  export LOG_LEVEL=warn
  export SENTRY_ENVIRONMENT=production
else
  export LOG_LEVEL=debug
fi

PATH="$PWD/node_modules/.bin:$PATH"
export PATH
''')

ph("ci_test_runner_bare_dots.sh", r'''
#!/usr/bin/env bash
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

echo "==> lint"
ruff check .
ruff format --check .

echo "==> type check"
mypy src

...

echo "==> unit tests"
pytest -q --maxfail=1 --junitxml=reports/junit.xml

echo "==> coverage"
coverage report --fail-under=85
''')

ph("docker_entrypoint_migrations_unchanged.sh", r'''
#!/bin/sh
set -e

# Wait for the database to accept connections.
until pg_isready -h "${DB_HOST:-db}" -p "${DB_PORT:-5432}" -U "${DB_USER:-app}" >/dev/null 2>&1; do
  echo "waiting for database at ${DB_HOST:-db}:${DB_PORT:-5432}"
  sleep 1
done

# migrations step unchanged

if [ "${COLLECT_STATIC:-1}" = "1" ]; then
  python manage.py collectstatic --noinput
fi

if [ "$#" -gt 0 ]; then
  exec "$@"
fi

exec gunicorn config.wsgi:application \
  --bind "0.0.0.0:${PORT:-8000}" \
  --workers "${WEB_CONCURRENCY:-3}" \
  --access-logfile -
''')

ph("release_script_n_lines_unchanged.sh", r'''
#!/usr/bin/env bash
set -euo pipefail

usage() {
  echo "usage: $0 <major|minor|patch>" >&2
  exit 1
}

[[ $# -eq 1 ]] || usage
bump="$1"

if [[ -n "$(git status --porcelain)" ]]; then
  echo "working tree is dirty; commit or stash first" >&2
  exit 1
fi

current="$(git describe --tags --abbrev=0 | sed 's/^v//')"
IFS=. read -r major minor patch <<<"$current"

# ... (35 lines unchanged) ...

git tag -a "v${next}" -m "Release v${next}"
git push origin "v${next}"
echo "released v${next}"
''')

ph("bootstrap_brew_packages_etc.sh", r'''
#!/usr/bin/env bash
# macOS workstation bootstrap
set -euo pipefail

if ! command -v brew >/dev/null 2>&1; then
  /bin/bash -c "$(curl -fsSL https://raw.githubusercontent.com/Homebrew/install/HEAD/install.sh)"
fi

formulae=(
  git
  gh
  jq
  ripgrep
  fd
  # etc.
)

casks=(
  iterm2
  visual-studio-code
  docker
)

brew update
brew install "${formulae[@]}"
brew install --cask "${casks[@]}"

echo "bootstrap complete"
''')

ph("cleanup_trap_rest_of_cleanup.sh", r'''
#!/usr/bin/env bash
set -euo pipefail

WORKDIR="$(mktemp -d)"
PIDFILE="/tmp/exporter.$$.pid"

cleanup() {
  local status=$?
  rm -rf "$WORKDIR"
  # …rest of cleanup
  exit "$status"
}
trap cleanup EXIT INT TERM

./bin/exporter --out "$WORKDIR" &
echo $! > "$PIDFILE"

wait "$(cat "$PIDFILE")"

tar -czf "export-$(date +%F).tar.gz" -C "$WORKDIR" .
echo "export archived"
''')

ph("nginx_reload_getopts_omitted_flags.sh", r'''
#!/usr/bin/env bash
set -euo pipefail

CONF_DIR=/etc/nginx
DRY_RUN=0
VERBOSE=0
SITE=""

while getopts ":s:nvh" opt; do
  case "$opt" in
    s) SITE="$OPTARG" ;;
    n) DRY_RUN=1 ;;
    # remaining flags omitted for brevity
    h)
      echo "usage: $0 -s site [-n] [-v]"
      exit 0
      ;;
    \?)
      echo "invalid option: -$OPTARG" >&2
      exit 2
      ;;
  esac
done

[[ -n "$SITE" ]] || { echo "missing -s site" >&2; exit 2; }
ln -sf "$CONF_DIR/sites-available/$SITE" "$CONF_DIR/sites-enabled/$SITE"
nginx -t
if [[ $DRY_RUN -eq 0 ]]; then
  systemctl reload nginx
fi
''')

ph("k8s_rollout_repeat_for_envs.sh", r'''
#!/usr/bin/env bash
set -euo pipefail

IMAGE_TAG="${1:?image tag required}"
NAMESPACE_PREFIX="shop"

echo "Rolling out ${IMAGE_TAG} to dev"
kubectl --context dev -n "${NAMESPACE_PREFIX}-dev" set image deployment/api api="registry.example.com/shop/api:${IMAGE_TAG}"
kubectl --context dev -n "${NAMESPACE_PREFIX}-dev" rollout status deployment/api --timeout=5m

# repeat for other environments

echo "Recording release"
curl -fsS -X POST "https://deploys.example.com/api/releases" \
  -H "Content-Type: application/json" \
  -d "{\"service\":\"api\",\"tag\":\"${IMAGE_TAG}\"}"
''')

ph("cross_build_function_todo.sh", r'''
#!/usr/bin/env bash
set -euo pipefail

OUT=dist
mkdir -p "$OUT"

build_amd64() {
  GOOS=linux GOARCH=amd64 CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o "$OUT/app-linux-amd64" ./cmd/app
}

build_arm64() {
  # TODO: implement
  return 0
}

build_darwin() {
  GOOS=darwin GOARCH=arm64 CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o "$OUT/app-darwin-arm64" ./cmd/app
}

build_amd64
build_arm64
build_darwin

(cd "$OUT" && sha256sum app-* > SHA256SUMS)
ls -lh "$OUT"
''')

ph("precommit_hook_checks_skipped.sh", r'''
#!/bin/sh
# .git/hooks/pre-commit
set -e

STAGED=$(git diff --cached --name-only --diff-filter=ACM)
[ -z "$STAGED" ] && exit 0

if echo "$STAGED" | grep -q '\.py$'; then
  echo "$STAGED" | grep '\.py$' | xargs ruff check
  echo "$STAGED" | grep '\.py$' | xargs ruff format --check
fi

if echo "$STAGED" | grep -qE '\.(js|ts|tsx)$'; then
  npx --no-install lint-staged
fi

# [other checks skipped]

if git diff --cached | grep -qE '(AKIA[0-9A-Z]{16}|BEGIN (RSA|OPENSSH) PRIVATE KEY)'; then
  echo "possible secret in staged changes; aborting" >&2
  exit 1
fi
''')

ph("bashrc_aliases_your_existing.sh", r'''
# ~/.bashrc additions

export EDITOR=nvim
export HISTSIZE=50000
export HISTCONTROL=ignoreboth:erasedups
shopt -s histappend

alias ll='ls -lah'
alias gs='git status -sb'
alias gd='git diff'
alias k='kubectl'
# …your existing aliases

mkcd() {
  mkdir -p "$1" && cd "$1"
}

if command -v fzf >/dev/null 2>&1; then
  eval "$(fzf --bash)"
fi

[ -f ~/.bash_local ] && . ~/.bash_local
''')

ph("db_report_heredoc_rest_of_queries.sh", r'''
#!/usr/bin/env bash
set -euo pipefail

: "${DATABASE_URL:?DATABASE_URL must be set}"
OUT="reports/weekly-$(date +%G-W%V).csv"
mkdir -p reports

psql "$DATABASE_URL" -v ON_ERROR_STOP=1 --csv -o "$OUT" <<'SQL'
WITH weekly AS (
  SELECT date_trunc('week', created_at) AS week,
         count(*) AS orders,
         sum(total_cents) / 100.0 AS revenue
  FROM orders
  WHERE status = 'paid'
  GROUP BY 1
)
SELECT * FROM weekly ORDER BY week DESC LIMIT 12;
-- ... rest of the queries
SQL

echo "wrote $OUT"
''')

ph("lambda_package_existing_steps.sh", r'''
#!/usr/bin/env bash
set -euo pipefail

FUNCTION_NAME="thumbnailer"
BUILD_DIR="$(pwd)/.build"
ZIP="$(pwd)/${FUNCTION_NAME}.zip"

rm -rf "$BUILD_DIR" "$ZIP"
mkdir -p "$BUILD_DIR"

pip install --quiet --target "$BUILD_DIR" -r requirements.txt \
  --platform manylinux2014_x86_64 --only-binary=:all: --python-version 3.12

# <existing packaging steps>

aws lambda update-function-code \
  --function-name "$FUNCTION_NAME" \
  --zip-file "fileb://${ZIP}" \
  --publish

echo "published ${FUNCTION_NAME}"
''')

ph("systemd_install_rest_unchanged.sh", r'''
#!/usr/bin/env bash
# Install the metrics agent as a systemd service.
set -euo pipefail

if [[ $EUID -ne 0 ]]; then
  echo "run as root" >&2
  exit 1
fi

install -m 0755 ./bin/metrics-agent /usr/local/bin/metrics-agent
install -d -m 0750 -o nobody -g nogroup /var/lib/metrics-agent

cat > /etc/systemd/system/metrics-agent.service <<'UNIT'
[Unit]
Description=Metrics agent
After=network-online.target

[Service]
ExecStart=/usr/local/bin/metrics-agent --data-dir /var/lib/metrics-agent
User=nobody
Restart=on-failure

[Install]
WantedBy=multi-user.target
UNIT

# (rest of script unchanged)
''')

ph("deploy_function_comment_only_body.sh", r'''
#!/usr/bin/env bash
set -euo pipefail

REMOTE="deploy@app1.example.com"
APP_DIR="/srv/app"

sync_files() {
  rsync -az --delete --exclude '.git' ./ "${REMOTE}:${APP_DIR}/"
}

restart_services() {
  # ... same as the previous version ...
}

sync_files
restart_services
echo "deployed to ${REMOTE}"
''', parses=False)
