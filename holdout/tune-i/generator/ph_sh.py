from common import F

L = "placeholder"
S = "shell"

FILES = [
# ---------------------------------------------------------------- comment-only (13)
F(L, "scripts/deploy.sh", S, r'''
#!/usr/bin/env bash
set -euo pipefail

REGISTRY="ghcr.io/acme"
SERVICE="billing-api"
NAMESPACE="${1:-staging}"

log() { printf '[deploy] %s\n' "$*"; }

log "Deploying ${SERVICE} to ${NAMESPACE}"

# ... build + push steps as before (they set IMAGE_TAG)

log "Updating deployment image"
kubectl -n "$NAMESPACE" set image "deployment/${SERVICE}" \
  "${SERVICE}=${REGISTRY}/${SERVICE}:${IMAGE_TAG}"

log "Waiting for rollout"
kubectl -n "$NAMESPACE" rollout status "deployment/${SERVICE}" --timeout=180s

log "Done: ${SERVICE}@${IMAGE_TAG} is live in ${NAMESPACE}"
''', "deploy steps elided by a comment; IMAGE_TAG is used under set -u but never set",
  mark="build + push steps as before", kind="ph-comment"),

F(L, "bin/appctl", S, r'''
#!/bin/bash
APP_DIR="/opt/app"
PIDFILE="$APP_DIR/run/app.pid"

usage() {
  echo "Usage: $(basename "$0") {start|stop|restart|status}" >&2
  exit 2
}

is_running() {
  [ -f "$PIDFILE" ] && kill -0 "$(cat "$PIDFILE")" 2>/dev/null
}

case "${1:-}" in
  start)
    if is_running; then
      echo "already running (pid $(cat "$PIDFILE"))"
      exit 0
    fi
    nohup "$APP_DIR/bin/server" >>"$APP_DIR/log/app.log" 2>&1 &
    echo $! >"$PIDFILE"
    echo "started"
    ;;
  # stop|restart|status arms: no change from the current script
  *)
    usage
    ;;
esac
''', "case-statement arms elided; stop, restart and status are advertised by usage() but fall through to it",
  mark="no change from the current script", kind="ph-comment"),

F(L, "scripts/setup-dev.sh", S, r'''
#!/usr/bin/env bash
set -euo pipefail

need() {
  command -v "$1" >/dev/null 2>&1
}

install_homebrew() {
  if ! need brew; then
    /bin/bash -c "$(curl -fsSL https://raw.githubusercontent.com/Homebrew/install/HEAD/install.sh)"
  fi
}

# install_node, install_python and install_postgres are unchanged from your
# current script (they use nvm, pyenv and Homebrew's postgresql@16), so they
# are omitted here.

main() {
  install_homebrew
  install_node
  install_python
  install_postgres
  cp -n .env.example .env || true
  echo "Dev environment ready. Run 'make dev' to start."
}

main "$@"
''', "shell functions elided; main() calls install_node, install_python and install_postgres which are not defined",
  mark="install_node, install_python and install_postgres are unchanged", kind="ph-comment"),

F(L, "tools/build.sh", S, r'''
#!/usr/bin/env bash
set -eu

VERBOSE=0
TARGET="release"

usage() {
  cat <<EOF
usage: $0 [-h] [-v] [-d] [-o DIR]
  -h        show this help
  -v        verbose output
  -d        debug build
  -o DIR    output directory (default: ./dist)
EOF
}

while getopts "hvdo:" opt; do
  case "$opt" in
    h) usage; exit 0 ;;
    d) TARGET="debug" ;;
    # The -v and -o branches are the same as in your version: -v sets VERBOSE=1
    # and -o stores $OPTARG in OUTPUT_DIR.
    *) usage >&2; exit 1 ;;
  esac
done
shift $((OPTIND - 1))

mkdir -p "$OUTPUT_DIR"
[ "$VERBOSE" -eq 1 ] && set -x
cargo build --profile "$TARGET" --target-dir "$OUTPUT_DIR/target"
cp "$OUTPUT_DIR/target/$TARGET/app" "$OUTPUT_DIR/"
''', "getopts branches elided; -v and -o are accepted but ignored and OUTPUT_DIR is never set",
  mark="The -v and -o branches are the same", kind="ph-comment"),

F(L, "scripts/port-map.sh", S, r'''
#!/usr/bin/env bash
# Print the local port each dev service is exposed on and check it answers.
set -uo pipefail

declare -A PORTS=(
  [api]=8080
  [web]=3000
  # ...the rest of the services
)

check() {
  local name=$1 port=$2
  if curl -fsS -o /dev/null --max-time 2 "http://127.0.0.1:${port}/healthz"; then
    printf '%-10s %5s  up\n' "$name" "$port"
  else
    printf '%-10s %5s  DOWN\n' "$name" "$port"
  fi
}

for svc in api web worker admin docs; do
  check "$svc" "${PORTS[$svc]}"
done
''', "bash associative-array items elided; worker, admin and docs are looked up but missing",
  mark="...the rest of the services", kind="ph-comment"),

F(L, "docker/entrypoint.sh", S, r'''
#!/bin/sh
set -e

: "${APP_ENV:=production}"
: "${DB_HOST:=db}"
: "${DB_PORT:=5432}"

# wait_for_db() and run_migrations() from the previous version go here

if [ "$1" = "web" ]; then
  wait_for_db
  run_migrations
  exec gunicorn app.wsgi:application --bind 0.0.0.0:8000 --workers "${WORKERS:-3}"
elif [ "$1" = "worker" ]; then
  wait_for_db
  exec celery -A app worker --loglevel=info
fi

exec "$@"
''', "function definitions elided; wait_for_db and run_migrations are called but not defined",
  mark="from the previous version go here", kind="ph-comment"),

F(L, "scripts/backup-db.sh", S, r'''
#!/usr/bin/env bash
set -euo pipefail

BACKUP_DIR="/var/backups/postgres"
DB_NAME="${DB_NAME:-app}"
KEEP_DAYS="${KEEP_DAYS:-14}"
STAMP="$(date +%Y%m%d-%H%M%S)"

mkdir -p "$BACKUP_DIR"

dump() {
  local out="$BACKUP_DIR/${DB_NAME}-${STAMP}.sql.gz"
  pg_dump --no-owner --format=plain "$DB_NAME" | gzip -9 >"$out"
  echo "$out"
}

rotate_backups() {
  local keep_days=$1
  # pruning logic unchanged
  echo "rotation complete"
}

file="$(dump)"
echo "wrote $file ($(du -h "$file" | cut -f1))"
rotate_backups "$KEEP_DAYS"
''', "pruning code elided inside a function that still has a command; keep_days is never used and nothing is deleted",
  mark="# pruning logic unchanged", kind="ph-comment"),

F(L, "ci/run-checks.sh", S, r'''
#!/usr/bin/env bash
set -euo pipefail

cd "$(git rev-parse --show-toplevel)"

ESLINT_ARGS=(--max-warnings=0 --cache)
FAILED=()

run() {
  local name=$1
  shift
  echo "::group::$name"
  if "$@"; then
    echo "::endgroup::"
  else
    echo "::endgroup::"
    FAILED+=("$name")
  fi
}

run "format" npx prettier --check .
# [existing checks]
run "unit tests" npm test -- --ci

if ((${#FAILED[@]})); then
  printf 'failed: %s\n' "${FAILED[@]}"
  exit 1
fi
''', "check steps elided by a bracketed comment between the format and unit-test steps; ESLINT_ARGS is defined but never used",
  mark="# [existing checks]", kind="ph-comment"),

F(L, "scripts/release.sh", S, r'''
#!/usr/bin/env bash
set -euo pipefail

BUMP="${1:?usage: release.sh major|minor|patch}"

if [[ -n "$(git status --porcelain)" ]]; then
  echo "working tree is dirty; commit or stash first" >&2
  exit 1
fi

CURRENT="$(node -p "require('./package.json').version")"
echo "current version: $CURRENT"

# Version bump: keep the sed/semver logic from your existing release.sh here.
# It reads $BUMP, computes NEW_VERSION and rewrites package.json and
# src/version.ts in place; nothing about it needs to change for the tagging
# fix below.

git add package.json src/version.ts
git commit -m "chore(release): v${NEW_VERSION}"
git tag -a "v${NEW_VERSION}" -m "v${NEW_VERSION}"
git push --follow-tags origin HEAD
''', "version-bump logic elided by a documentation-style comment; NEW_VERSION is used under set -u but never computed",
  mark="Version bump: keep the sed/semver logic", kind="ph-comment"),

F(L, "install.sh", S, r'''
#!/bin/sh
# Installs the acme CLI into /usr/local/bin.
set -eu

if [ -r /etc/os-release ]; then
  . /etc/os-release
else
  echo "cannot detect distribution" >&2
  exit 1
fi

case "$ID" in
  debian|ubuntu)
    PKG_MGR="apt-get"
    apt-get update -qq
    apt-get install -y -qq curl ca-certificates
    ;;
  # Alpine, Arch and Fedora arms omitted here; they mirror the Debian one but
  # call apk, pacman and dnf respectively, and set PKG_MGR to match.
  *)
    echo "unsupported distribution: $ID (supported: debian, ubuntu, alpine, arch, fedora)" >&2
    exit 1
    ;;
esac

echo "using $PKG_MGR"
curl -fsSL "https://downloads.acme.dev/cli/latest/acme-$(uname -m)" -o /usr/local/bin/acme
chmod +x /usr/local/bin/acme
acme --version
''', "case-statement arms elided by a longer comment; alpine, arch and fedora are listed as supported but hit the error branch",
  mark="Alpine, Arch and Fedora arms omitted", kind="ph-comment"),

F(L, "scripts/k8s-rollout.sh", S, r'''
#!/usr/bin/env bash
set -euo pipefail

IMAGE="$1"
CONTEXTS=(dev staging prod)

rollout() {
  local ctx=$1
  kubectl --context "$ctx" -n apps set image deploy/web web="$IMAGE"
  kubectl --context "$ctx" -n apps rollout status deploy/web --timeout=5m
}

echo "==> dev"
rollout dev
kubectl --context dev -n apps get pods -l app=web

# repeat the dev block for staging and prod (prod only after a manual confirm)

echo "Rolled ${IMAGE} out to ${CONTEXTS[*]}"''', "deploy steps elided; CONTEXTS lists staging and prod and the summary claims them, but only dev is rolled out",
  mark="repeat the dev block", kind="ph-comment"),

F(L, ".githooks/pre-commit", S, r'''
#!/bin/sh
# Reject commits that would break the build.

STAGED=$(git diff --cached --name-only --diff-filter=ACM)
[ -z "$STAGED" ] && exit 0

fail() {
  echo "pre-commit: $1" >&2
  exit 1
}

JS_FILES=$(echo "$STAGED" | grep -E '\.(js|ts|tsx)$' || true)
SH_FILES=$(echo "$STAGED" | grep -E '\.sh$' || true)

if [ -n "$JS_FILES" ]; then
  npx eslint $JS_FILES || fail "eslint failed"
fi

# shellcheck step for $SH_FILES — same as in the old hook

if git diff --cached | grep -qE '^\+.*(AKIA[0-9A-Z]{16}|BEGIN (RSA|OPENSSH) PRIVATE KEY)'; then
  fail "possible secret in staged changes"
fi

exit 0
''', "a check step elided; SH_FILES is computed but never checked",
  mark="shellcheck step for", kind="ph-comment"),

F(L, "scripts/cleanup-logs.sh", S, r'''
#!/usr/bin/env bash
set -euo pipefail

LOG_ROOT="${LOG_ROOT:-/var/log/myapp}"
MAX_AGE_DAYS="${MAX_AGE_DAYS:-7}"
DRY_RUN="${DRY_RUN:-0}"

compress_old() {
  find "$LOG_ROOT" -name '*.log' -mtime +1 ! -name '*.gz' -print0 |
    xargs -0 -r gzip -9
}

delete_expired() {
  local cmd=(find "$LOG_ROOT" -name '*.log.gz' -mtime "+$MAX_AGE_DAYS")
  if [[ "$DRY_RUN" == 1 ]]; then
    "${cmd[@]}" -print
  else
    "${cmd[@]}" -delete
  fi
}

main() {
  [[ -d "$LOG_ROOT" ]] || { echo "no such dir: $LOG_ROOT" >&2; exit 1; }
  compress_old
  delete_expired
}

# rest unchanged''', "tail of the script elided after main() is defined; main is never invoked",
  mark="# rest unchanged", kind="ph-comment"),

# ---------------------------------------------------------------- syntax-breaking (7)
F(L, "scripts/provision.sh", S, r'''
#!/usr/bin/env bash
set -euo pipefail

log() { echo "[provision] $*"; }

if [[ $EUID -ne 0 ]]; then
  echo "run as root" >&2
  exit 1
fi

apt-get update -y
apt-get install -y ca-certificates curl gnupg ufw

if ! command -v docker >/dev/null 2>&1; then
  # Docker installation is unchanged from the previous version of this script:
  # add Docker's apt repository and GPG key, then install docker-ce and the
  # compose plugin.
fi

usermod -aG docker deploy
systemctl enable --now docker

ufw allow OpenSSH
ufw allow 80/tcp
ufw allow 443/tcp
ufw --force enable
log "done"
''', "# ... comment as the only content of an if/then body (syntax error: empty then)",
  mark="Docker installation is unchanged", kind="ph-break"),

F(L, "bin/start-worker.sh", S, r'''
#!/bin/sh
set -eu

QUEUE="${QUEUE:-default}"
CONCURRENCY="${CONCURRENCY:-4}"
TMPDIR="$(mktemp -d)"

cleanup() {
  # (previous cleanup logic)
}
trap cleanup EXIT INT TERM

echo "starting worker on queue=$QUEUE concurrency=$CONCURRENCY"
export TMPDIR
exec python -m app.worker --queue "$QUEUE" --concurrency "$CONCURRENCY"
''', "function body reduced to a comment (syntax error: empty { } body)",
  mark="(previous cleanup logic)", kind="ph-break"),

F(L, "scripts/sync-assets.sh", S, r'''
#!/usr/bin/env bash
set -euo pipefail

BUCKET="s3://acme-static-prod"
DIST="./dist"
CACHE_LONG="public, max-age=31536000, immutable"
CACHE_SHORT="public, max-age=60"

npm run build

shopt -s globstar nullglob
for f in "$DIST"/assets/**/*.{js,css,woff2,png,svg}; do
  # Upload each hashed asset with CACHE_LONG, exactly like the loop in the old
  # script; only the index.html handling below changed.
done

aws s3 cp "$DIST/index.html" "$BUCKET/index.html" \
  --cache-control "$CACHE_SHORT" --content-type "text/html; charset=utf-8"

echo "synced $(find "$DIST" -type f | wc -l) files to $BUCKET"
''', "loop body reduced to a comment (syntax error: empty do ... done)",
  mark="Upload each hashed asset", kind="ph-break"),

F(L, "scripts/check-env.sh", S, r'''
#!/usr/bin/env bash
# Validate that required environment variables are present before boot.
set -uo pipefail

REQUIRED=(DATABASE_URL REDIS_URL SECRET_KEY)
missing=0

for var in "${REQUIRED[@]}"; do
  if [[ -z "${!var:-}" ]]; then
    echo "missing: $var" >&2
    missing=1
  fi
done

if [[ -f .env.local ]]; then
  set -a
  . ./.env.local
  set +a
else
  # existing fallback
fi

if ((missing)); then
  exit 1
fi
echo "environment OK"
''', "else branch reduced to a comment (syntax error: empty else body)",
  mark="# existing fallback", kind="ph-break"),

F(L, "scripts/service.sh", S, r'''
#!/usr/bin/env bash
SERVICE=myapp
UNIT="${SERVICE}.service"

case "$1" in
  start)
    sudo systemctl start "$UNIT"
    ;;
  stop)
    sudo systemctl stop "$UNIT"
    ;;
  ...restart|status same as above...
  logs)
    journalctl -u "$UNIT" -f --since "${2:-10 min ago}"
    ;;
  *)
    echo "usage: $0 {start|stop|restart|status|logs}"
    exit 1
    ;;
esac
''', "'...restart|status same as above...' line standing for case arms (syntax error: not a valid case pattern)",
  mark="restart|status same as above", kind="ph-break"),

F(L, "scripts/bootstrap.sh", S, r'''
#!/usr/bin/env bash
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

echo "==> Checking toolchain"
for tool in git node npm docker; do
  command -v "$tool" >/dev/null || { echo "missing $tool" >&2; exit 1; }
done

echo "==> Installing dependencies"
npm ci

<existing database + seed setup>

echo "==> Starting services"
docker compose up -d
echo "Bootstrap complete. Open http://localhost:3000"
''', "<existing database + seed setup> placeholder line (syntax error: redirection with no target)",
  mark="<existing database", kind="ph-break"),

F(L, "scripts/renew-certs.sh", S, r'''
#!/usr/bin/env bash
set -euo pipefail

DOMAINS_FILE="/etc/acme/domains.txt"
WEBROOT="/var/www/acme-challenge"
RELOAD=0

while read -r domain; do
  [[ -z "$domain" || "$domain" == \#* ]] && continue
  cert="/etc/letsencrypt/live/$domain/cert.pem"
  if [[ ! -f "$cert" ]]; then
    certbot certonly --webroot -w "$WEBROOT" -d "$domain" --non-interactive --agree-tos
    RELOAD=1
  elif ! openssl x509 -checkend $((30 * 86400)) -noout -in "$cert"; then
    # same as above, but certbot renew --cert-name "$domain"
  else
    echo "$domain: valid for more than 30 days"
  fi
done <"$DOMAINS_FILE"

if ((RELOAD)); then
  systemctl reload nginx
fi
''', "elif/then body reduced to a comment (syntax error: empty then before else)",
  mark="same as above, but certbot renew", kind="ph-break"),
]
