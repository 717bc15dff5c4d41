"""placeholder / shell (40 files, 10 syntax-breaking)."""
from common import P

FILES = [
P("scripts/install.sh",
  "the OS detection case only keeps the Darwin arm; the apt/dnf arms are elided ({L}) so PKG_MGR is unset on Linux and install_packages fails",
  r'''
#!/usr/bin/env bash
set -euo pipefail

REQUIRED=(git curl jq make)
PKG_MGR=""

detect_pkg_mgr() {
  case "$(uname -s)" in
    Darwin)
      command -v brew >/dev/null || { echo "Homebrew is required" >&2; exit 1; }
      PKG_MGR="brew"
      ;;
§    # (apt/dnf branches unchanged — only the brew one changed:
§    #  it now fails early when Homebrew is missing)
    *)
      echo "unsupported OS: $(uname -s)" >&2
      exit 1
      ;;
  esac
}

install_packages() {
  case "$PKG_MGR" in
    brew) brew install "$@" ;;
    apt) sudo apt-get update -qq && sudo apt-get install -y "$@" ;;
    dnf) sudo dnf install -y "$@" ;;
  esac
}

detect_pkg_mgr
missing=()
for tool in "${REQUIRED[@]}"; do
  command -v "$tool" >/dev/null || missing+=("$tool")
done

if ((${#missing[@]})); then
  echo "installing: ${missing[*]}"
  install_packages "${missing[@]}"
fi
echo "all prerequisites present"
'''),

P("scripts/deploy.sh",
  "rollback() is installed as the ERR trap but its body is only a comment ({L}); an empty function body is a bash syntax error",
  r'''
#!/usr/bin/env bash
set -Eeuo pipefail

APP=${APP:-billing-api}
ENVIRONMENT=${1:?usage: deploy.sh <staging|production> <image-tag>}
TAG=${2:?missing image tag}
NAMESPACE="$APP-$ENVIRONMENT"

log() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*"; }

previous_tag=$(kubectl -n "$NAMESPACE" get deploy "$APP" \
  -o jsonpath='{.spec.template.spec.containers[0].image}' | cut -d: -f2)

rollback() {
§  # same as the old rollback, see the previous version of this script
}
trap rollback ERR

log "deploying $APP:$TAG to $ENVIRONMENT (was $previous_tag)"
kubectl -n "$NAMESPACE" set image "deploy/$APP" "$APP=registry.example.com/$APP:$TAG"
kubectl -n "$NAMESPACE" rollout status "deploy/$APP" --timeout=5m

log "running smoke tests"
./scripts/smoke.sh "https://$APP.$ENVIRONMENT.example.com"

log "done"
''', breaks=True),

P("bin/entrypoint",
  "the migration branch only echoes; the actual migrate command is elided ({L}) so RUN_MIGRATIONS=1 never migrates",
  r'''
#!/bin/sh
set -eu

: "${DB_HOST:=db}"
: "${DB_PORT:=5432}"
: "${WAIT_TIMEOUT:=60}"

wait_for_db() {
  elapsed=0
  until nc -z "$DB_HOST" "$DB_PORT" 2>/dev/null; do
    elapsed=$((elapsed + 1))
    if [ "$elapsed" -ge "$WAIT_TIMEOUT" ]; then
      echo "database $DB_HOST:$DB_PORT not reachable after ${WAIT_TIMEOUT}s" >&2
      exit 1
    fi
    sleep 1
  done
}

wait_for_db

if [ "${RUN_MIGRATIONS:-0}" = "1" ]; then
  echo "running migrations"
§  # ... existing code, unchanged ...
fi

if [ "$#" -eq 0 ]; then
  set -- gunicorn app.wsgi:application --bind 0.0.0.0:8000 --workers "${WEB_CONCURRENCY:-3}"
fi

exec "$@"
'''),

P("scripts/backup.sh",
  "rotate_backups() is called after each dump but its pruning logic is elided ({L}); only `keep` is assigned so old backups pile up",
  r'''
#!/usr/bin/env bash
set -euo pipefail

BACKUP_DIR=${BACKUP_DIR:-/var/backups/postgres}
RETENTION_DAYS=${RETENTION_DAYS:-14}
DATABASES=(app analytics)
STAMP=$(date +%Y%m%d-%H%M%S)

mkdir -p "$BACKUP_DIR"

rotate_backups() {
  local db=$1
  local keep=$RETENTION_DAYS
§  # prune logic unchanged (find -mtime +$keep -delete on "$BACKUP_DIR/$db-*")
}

for db in "${DATABASES[@]}"; do
  out="$BACKUP_DIR/$db-$STAMP.sql.gz"
  echo "dumping $db -> $out"
  pg_dump --no-owner --format=plain "$db" | gzip -9 > "$out.partial"
  mv "$out.partial" "$out"
  rotate_backups "$db"
done

if [[ -n "${S3_BUCKET:-}" ]]; then
  aws s3 sync "$BACKUP_DIR" "s3://$S3_BUCKET/postgres/" --exclude '*.partial'
fi

echo "backup finished at $(date -Is)"
'''),

P("ci/run-tests.sh",
  "the coverage `then` branch contains only a comment ({L}); bash rejects an empty then-body, and the coverage upload is missing",
  r'''
#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export NODE_ENV=test
export TZ=UTC

echo "::group::install"
npm ci --no-audit --no-fund
echo "::endgroup::"

echo "::group::lint"
npm run lint -- --max-warnings=0
echo "::endgroup::"

echo "::group::unit tests"
npx jest --ci --runInBand --coverage="${COVERAGE:-false}"
echo "::endgroup::"

if [[ "${COVERAGE:-false}" == "true" ]]; then
§  # upload step stays as it was (codecov, with the flags from before)
fi

if [[ "${RUN_E2E:-false}" == "true" ]]; then
  npx playwright install --with-deps chromium
  npx playwright test --reporter=line
fi
''', breaks=True),

P("docker/entrypoint.sh",
  "a bare `...` line sits among the case arms ({L}) standing for the worker/beat arms; both bash and dash reject it",
  r'''
#!/bin/sh
set -e

ROLE=${1:-web}
shift || true

case "$ROLE" in
  web)
    python manage.py collectstatic --noinput
    exec gunicorn config.wsgi:application \
      --bind "0.0.0.0:${PORT:-8000}" \
      --workers "${GUNICORN_WORKERS:-4}" \
      --access-logfile -
    ;;
§  ... worker/beat arms ...
  shell)
    exec python manage.py shell
    ;;
  *)
    exec "$ROLE" "$@"
    ;;
esac
''', breaks=True),

P("scripts/release",
  "argument parsing keeps only --help; the --dry-run/--tag/--notes flags are elided ({L}) while DRY_RUN, TAG and NOTES_FILE are used below",
  r'''
#!/usr/bin/env bash
set -euo pipefail

usage() {
  cat <<'USAGE'
usage: scripts/release [--dry-run] [--tag vX.Y.Z] [--notes FILE]
Builds the package, tags the commit and publishes a GitHub release.
USAGE
}

DRY_RUN=0
TAG=""
NOTES_FILE=""

while [[ $# -gt 0 ]]; do
  case "$1" in
    -h|--help) usage; exit 0 ;;
§    # --dry-run/--tag/--notes parsing: same as the old script
    *) echo "unknown option: $1" >&2; usage >&2; exit 2 ;;
  esac
  shift
done

TAG=${TAG:-v$(node -p "require('./package.json').version")}
run() { if ((DRY_RUN)); then echo "+ $*"; else "$@"; fi; }

run npm run build
run git tag -a "$TAG" -m "release $TAG"
run git push origin "$TAG"
run gh release create "$TAG" --title "$TAG" ${NOTES_FILE:+--notes-file "$NOTES_FILE"} dist/*.tgz
'''),

P("scripts/setup-dev.sh",
  "the .env and database bootstrap section is elided ({L}); the script later runs migrations and seeds against DATABASE_URL that was supposed to be written to .env there",
  r'''
#!/usr/bin/env bash
set -euo pipefail

ROOT=$(git rev-parse --show-toplevel)
cd "$ROOT"

info() { printf '\033[1;34m==>\033[0m %s\n' "$*"; }

info "checking toolchain"
command -v docker >/dev/null || { echo "docker is required"; exit 1; }
command -v pnpm >/dev/null || corepack enable

info "installing dependencies"
pnpm install --frozen-lockfile

info "starting services"
docker compose up -d postgres redis mailpit

§# .env bootstrap + waiting for postgres: keep that block exactly as it is in
§# your current setup script. Only the seed step below differs: it now
§# runs through pnpm instead of npx.

info "migrating"
set -a; source .env; set +a
pnpm --filter api exec prisma migrate deploy

info "seeding"
pnpm --filter api run seed

info "ready: run 'pnpm dev' to start everything"
'''),

P("scripts/db-restore.sh",
  "the `do` body of the table verification loop holds only a comment ({L}); bash rejects an empty loop body",
  r'''
#!/usr/bin/env bash
set -euo pipefail

DUMP=${1:?usage: db-restore.sh <dump.sql.gz> [target-db]}
TARGET=${2:-app_restore}
TABLES=(users accounts invoices payments audit_log)

if [[ ! -f "$DUMP" ]]; then
  echo "no such file: $DUMP" >&2
  exit 1
fi

echo "recreating $TARGET"
dropdb --if-exists "$TARGET"
createdb "$TARGET"

echo "restoring $DUMP"
gunzip -c "$DUMP" | psql --quiet --set ON_ERROR_STOP=1 "$TARGET"

echo "verifying row counts"
for table in "${TABLES[@]}"; do
§  # [snip: same count + compare against prod_counts.txt as in the check script]
done

echo "restore of $TARGET complete"
''', breaks=True),

P("tools/lint-staged.sh",
  "only the TypeScript file group is linted; the shell/yaml groups that the `files` split produces are elided ({L}) and `sh_files`/`yaml_files` are never checked",
  r'''
#!/usr/bin/env bash
set -euo pipefail

mapfile -t files < <(git diff --cached --name-only --diff-filter=ACMR)
[[ ${#files[@]} -eq 0 ]] && exit 0

ts_files=()
sh_files=()
yaml_files=()
for f in "${files[@]}"; do
  case "$f" in
    *.ts|*.tsx) ts_files+=("$f") ;;
    *.sh) sh_files+=("$f") ;;
    *.yml|*.yaml) yaml_files+=("$f") ;;
  esac
done

status=0

if ((${#ts_files[@]})); then
  npx eslint --max-warnings=0 "${ts_files[@]}" || status=1
  npx prettier --check "${ts_files[@]}" || status=1
fi

§# shellcheck for sh_files and yamllint for yaml_files follow the exact same
§# if-block pattern

if ((status)); then
  echo "pre-commit checks failed; fix the issues above or commit with --no-verify" >&2
fi
exit "$status"
'''),

P("scripts/renew-certs.sh",
  "the reload step at the end is elided ({L}); certificates are renewed but nginx/haproxy are never reloaded and RELOAD_CMDS is unused",
  r'''
#!/usr/bin/env bash
set -euo pipefail

DOMAINS=(example.com www.example.com api.example.com)
WEBROOT=/var/www/letsencrypt
EMAIL=ops@example.com
RELOAD_CMDS=("systemctl reload nginx" "systemctl reload haproxy")

args=()
for d in "${DOMAINS[@]}"; do
  args+=(-d "$d")
done

certbot certonly \
  --webroot -w "$WEBROOT" \
  --non-interactive --agree-tos \
  --email "$EMAIL" \
  --keep-until-expiring \
  --expand \
  "${args[@]}"

cat /etc/letsencrypt/live/example.com/fullchain.pem \
    /etc/letsencrypt/live/example.com/privkey.pem > /etc/haproxy/certs/example.com.pem
chmod 600 /etc/haproxy/certs/example.com.pem

§# then loop over RELOAD_CMDS like in the cron version
'''),

P("bin/healthcheck",
  "the worker check is elided ({L}) though the ROLE dispatch below calls check_worker",
  r'''
#!/bin/sh
set -eu

PORT=${PORT:-8080}
ROLE=${ROLE:-web}

check_web() {
  wget -q -T 3 -O /dev/null "http://127.0.0.1:${PORT}/healthz"
}

§# check_worker(): like check_web but it looks at the heartbeat file's age
§# instead of an HTTP endpoint

case "$ROLE" in
  web) check_web ;;
  worker) check_worker ;;
  *)
    echo "unknown ROLE=$ROLE" >&2
    exit 1
    ;;
esac
'''),

P("scripts/rotate-logs.sh",
  "the `else` branch holds only a comment ({L}); bash rejects the empty else-body and the non-compress path is missing",
  r'''
#!/usr/bin/env bash
set -euo pipefail

LOG_DIR=${LOG_DIR:-/var/log/myapp}
MAX_AGE_DAYS=${MAX_AGE_DAYS:-30}
COMPRESS=${COMPRESS:-1}

shopt -s nullglob

for log in "$LOG_DIR"/*.log; do
  size=$(stat -c %s "$log")
  if (( size < 1024 )); then
    continue
  fi

  rotated="$log.$(date +%Y%m%d%H%M)"
  cp "$log" "$rotated"
  : > "$log"

  if [[ "$COMPRESS" == "1" ]]; then
    gzip -9 "$rotated"
  else
§    # same as above, minus gzip
  fi
done

find "$LOG_DIR" -name '*.log.*' -mtime +"$MAX_AGE_DAYS" -print -delete
''', breaks=True),

P("scripts/k8s-deploy.sh",
  "wait_rollout is called for each deployment but its definition is elided ({L})",
  r'''
#!/usr/bin/env bash
set -euo pipefail

NAMESPACE=${NAMESPACE:-shop}
OVERLAY=${OVERLAY:-k8s/overlays/staging}
DEPLOYMENTS=(api worker frontend)

apply_manifests() {
  kustomize build "$OVERLAY" | kubectl apply -n "$NAMESPACE" -f -
}

§# wait_rollout(): 'kubectl rollout status' with the 300s timeout and the
§# describe-on-failure dump — carried over unchanged

annotate_release() {
  local sha
  sha=$(git rev-parse --short HEAD)
  for d in "${DEPLOYMENTS[@]}"; do
    kubectl -n "$NAMESPACE" annotate deploy "$d" --overwrite "example.com/git-sha=$sha"
  done
}

apply_manifests
for d in "${DEPLOYMENTS[@]}"; do
  wait_rollout "$d"
done
annotate_release
echo "deployed $OVERLAY to $NAMESPACE"
'''),

P("scripts/build-images.sh",
  "the push-with-retries step is elided ({L}); images are built and tagged but never pushed, and MAX_ATTEMPTS is unused",
  r'''
#!/usr/bin/env bash
set -euo pipefail

REGISTRY=${REGISTRY:-ghcr.io/acme}
SHA=$(git rev-parse --short=12 HEAD)
SERVICES=(api web worker)
MAX_ATTEMPTS=3

for svc in "${SERVICES[@]}"; do
  image="$REGISTRY/$svc"
  attempt=1
  until docker build \
      --file "services/$svc/Dockerfile" \
      --cache-from "$image:latest" \
      --tag "$image:$SHA" \
      --tag "$image:latest" \
      "services/$svc"; do
    if (( attempt >= MAX_ATTEMPTS )); then
      echo "build of $svc failed after $attempt attempts" >&2
      exit 1
    fi
    attempt=$((attempt + 1))
    sleep $((attempt * 5))
  done
§  # [snip — push with retries, same loop as the build step]
done

echo "built and pushed ${#SERVICES[@]} images at $SHA"
'''),

P(".github/scripts/changed-packages.sh",
  "the part that turns changed paths into package names is elided ({L}); `packages` stays empty so the JSON output is always []",
  r'''
#!/usr/bin/env bash
# Prints a JSON array of workspace packages touched since BASE_REF.
set -euo pipefail

BASE_REF=${BASE_REF:-origin/main}

git fetch --quiet --depth=50 origin "${BASE_REF#origin/}" || true
mapfile -t changed < <(git diff --name-only "$BASE_REF"...HEAD)

declare -A packages=()

§# loop over "${changed[@]}" and map packages/<name>/... -> packages[<name>]=1;
§# a change under tooling/ or the root lockfile marks every package (same
§# rules as the Makefile target)

if ((${#packages[@]} == 0)); then
  echo '[]'
  exit 0
fi

printf '%s\n' "${!packages[@]}" | sort | jq -R . | jq -cs .
'''),

P("scripts/provision.sh",
  "configure_firewall's body is written on one line as `{ # ... }` ({L}); the closing brace is inside the comment so the function is never closed",
  r'''
#!/usr/bin/env bash
set -euo pipefail

if [[ $EUID -ne 0 ]]; then
  echo "run as root" >&2
  exit 1
fi

DEPLOY_USER=deploy
SSH_PORT=${SSH_PORT:-22}

create_user() {
  id "$DEPLOY_USER" &>/dev/null || useradd --create-home --shell /bin/bash "$DEPLOY_USER"
  install -d -m 700 -o "$DEPLOY_USER" -g "$DEPLOY_USER" "/home/$DEPLOY_USER/.ssh"
  install -m 600 -o "$DEPLOY_USER" -g "$DEPLOY_USER" /root/authorized_keys "/home/$DEPLOY_USER/.ssh/authorized_keys"
}

harden_ssh() {
  sed -i -E 's/^#?PasswordAuthentication .*/PasswordAuthentication no/' /etc/ssh/sshd_config
  sed -i -E "s/^#?Port .*/Port $SSH_PORT/" /etc/ssh/sshd_config
  systemctl restart ssh
}

§configure_firewall() { # ufw rules as before (ssh, 80, 443, default deny) }

apt-get update -qq
apt-get install -y -qq ufw fail2ban unattended-upgrades
create_user
harden_ssh
configure_firewall
echo "provisioning complete"
''', breaks=True),

P("bin/wait-for-it",
  "the option parsing loop keeps only -t; the -q and -- (command) handling are elided ({L}) although QUIET and the trailing command are used",
  r'''
#!/bin/sh
# usage: wait-for-it host:port [-t timeout] [-q] [-- command args]
set -eu

TARGET=$1
shift
HOST=${TARGET%:*}
PORT=${TARGET#*:}
TIMEOUT=15
QUIET=0

while [ $# -gt 0 ]; do
  case "$1" in
    -t) TIMEOUT=$2; shift 2 ;;
§    # -q and "--" arms go here, unchanged
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done

i=0
while ! nc -z "$HOST" "$PORT" >/dev/null 2>&1; do
  i=$((i + 1))
  if [ "$i" -ge "$TIMEOUT" ]; then
    [ "$QUIET" -eq 1 ] || echo "timeout waiting for $HOST:$PORT" >&2
    exit 1
  fi
  sleep 1
done

[ "$QUIET" -eq 1 ] || echo "$HOST:$PORT is available"
[ $# -gt 0 ] && exec "$@"
exit 0
'''),

P("scripts/gen-changelog.sh",
  "the grouping of commits into Features/Fixes sections is elided ({L}); `feats` and `fixes` are printed but never filled",
  r'''
#!/usr/bin/env bash
set -euo pipefail

FROM=${1:-$(git describe --tags --abbrev=0)}
TO=${2:-HEAD}
OUT=${OUT:-CHANGELOG.next.md}

feats=()
fixes=()
others=()

while IFS=$'\t' read -r sha subject; do
  case "$subject" in
    chore\(release\)*) continue ;;
  esac
§  # sort "$subject" into feats/fixes/others by its conventional-commit prefix
§  # (feat:, fix:, everything else) — that part of the old script still works
done < <(git log --no-merges --format='%h%x09%s' "$FROM..$TO")

{
  echo "## ${TO} ($(date +%Y-%m-%d))"
  echo
  if ((${#feats[@]})); then echo "### Features"; printf -- '- %s\n' "${feats[@]}"; echo; fi
  if ((${#fixes[@]})); then echo "### Fixes"; printf -- '- %s\n' "${fixes[@]}"; echo; fi
  if ((${#others[@]})); then echo "### Other"; printf -- '- %s\n' "${others[@]}"; fi
} > "$OUT"

echo "wrote $OUT"
'''),

P("scripts/cleanup-docker.sh",
  "the dangling-volume and build-cache pruning is elided ({L}) while the summary reports reclaimed space for volumes and cache",
  r'''
#!/usr/bin/env bash
set -euo pipefail

KEEP_HOURS=${KEEP_HOURS:-72}
DRY_RUN=${DRY_RUN:-0}

before=$(df --output=avail -B1 /var/lib/docker | tail -1)

prune() {
  if [[ "$DRY_RUN" == "1" ]]; then
    echo "would run: docker $*"
  else
    docker "$@"
  fi
}

echo "removing stopped containers older than ${KEEP_HOURS}h"
prune container prune --force --filter "until=${KEEP_HOURS}h"

echo "removing unused images older than ${KEEP_HOURS}h"
prune image prune --all --force --filter "until=${KEEP_HOURS}h"

§# ...existing code (volume + builder cache prune)...

after=$(df --output=avail -B1 /var/lib/docker | tail -1)
echo "reclaimed $(numfmt --to=iec $((after - before))) (containers, images, volumes, build cache)"
'''),

P("scripts/bootstrap",
  "the `start)` arm's body is `# ... ;;` on one line ({L}), so its `;;` is commented out and the next pattern `stop)` is a syntax error",
  r'''
#!/usr/bin/env bash
set -euo pipefail

COMPOSE="docker compose -f compose.yml -f compose.dev.yml"

usage() {
  echo "usage: $0 {start|stop|reset|logs}"
}

cmd=${1:-}
[[ -z "$cmd" ]] && { usage; exit 1; }
shift

case "$cmd" in
§  start) # same as before: pull, build, up -d, then tail the api logs ;;
  stop)
    $COMPOSE down
    ;;
  reset)
    read -r -p "This deletes all local data. Continue? [y/N] " answer
    [[ "$answer" =~ ^[Yy]$ ]] || exit 0
    $COMPOSE down --volumes --remove-orphans
    ;;
  logs)
    $COMPOSE logs -f --tail=100 "$@"
    ;;
  *)
    usage
    exit 1
    ;;
esac
''', breaks=True),

P("scripts/ssh-tunnel.sh",
  "the reconnect loop's backoff/alert handling is elided ({L}); after a dropped tunnel the loop spins without sleeping and ALERT_WEBHOOK is unused",
  r'''
#!/usr/bin/env bash
set -uo pipefail

BASTION=${BASTION:-bastion.prod.example.com}
LOCAL_PORT=${LOCAL_PORT:-15432}
REMOTE=${REMOTE:-db.internal:5432}
ALERT_WEBHOOK=${ALERT_WEBHOOK:-}

cleanup() {
  [[ -n "${ssh_pid:-}" ]] && kill "$ssh_pid" 2>/dev/null
  exit 0
}
trap cleanup INT TERM

while true; do
  ssh -N \
    -o ExitOnForwardFailure=yes \
    -o ServerAliveInterval=15 \
    -o ServerAliveCountMax=3 \
    -L "127.0.0.1:${LOCAL_PORT}:${REMOTE}" \
    "$BASTION" &
  ssh_pid=$!
  wait "$ssh_pid"
  rc=$?
  echo "$(date -Is) tunnel exited with $rc"
§  # backoff + webhook alert after the 3rd failure: as you had it
done
'''),

P("scripts/publish-npm.sh",
  "the per-package publish command is elided inside the loop ({L}); versions are checked but nothing is ever published",
  r'''
#!/usr/bin/env bash
set -euo pipefail

: "${NPM_TOKEN:?NPM_TOKEN must be set}"
TAG=${NPM_DIST_TAG:-latest}

printf '//registry.npmjs.org/:_authToken=%s\n' "$NPM_TOKEN" > "$HOME/.npmrc"

published=0
for pkg_dir in packages/*/; do
  name=$(jq -r .name "$pkg_dir/package.json")
  version=$(jq -r .version "$pkg_dir/package.json")
  private=$(jq -r '.private // false' "$pkg_dir/package.json")

  if [[ "$private" == "true" ]]; then
    echo "skip $name (private)"
    continue
  fi

  if npm view "$name@$version" version >/dev/null 2>&1; then
    echo "skip $name@$version (already on the registry)"
    continue
  fi

§  # publish + bump `published` here — copy from the release workflow step
§  # (npm publish --access public --tag "$TAG" from inside $pkg_dir)
done

echo "published $published package(s) with tag $TAG"
'''),

P("docker/healthcheck.sh",
  "the `then` branch of the status check holds only a comment ({L}); both bash and dash reject it",
  r'''
#!/bin/sh
set -eu

URL="http://127.0.0.1:${PORT:-3000}/health/ready"

body=$(wget -q -T 2 -O - "$URL" 2>/dev/null) || {
  echo "health endpoint unreachable"
  exit 1
}

status=$(printf '%s' "$body" | sed -n 's/.*"status":"\([a-z]*\)".*/\1/p')

if [ "$status" = "ok" ]; then
§  # nothing new here
else
  echo "unhealthy: $body"
  exit 1
fi
''', breaks=True),

P("scripts/sync-s3.sh",
  "the CloudFront invalidation step is elided at the end of the file ({L}) though DISTRIBUTION_ID is required and checked up front",
  r'''
#!/usr/bin/env bash
set -euo pipefail

BUCKET=${BUCKET:?set BUCKET}
DISTRIBUTION_ID=${DISTRIBUTION_ID:?set DISTRIBUTION_ID}
BUILD_DIR=${BUILD_DIR:-dist}

if [[ ! -d "$BUILD_DIR" ]]; then
  echo "$BUILD_DIR not found; run the build first" >&2
  exit 1
fi

# long-lived cache for fingerprinted assets
aws s3 sync "$BUILD_DIR" "s3://$BUCKET" \
  --delete \
  --exclude 'index.html' \
  --exclude '*.json' \
  --cache-control 'public,max-age=31536000,immutable'

# never cache the entry points
aws s3 sync "$BUILD_DIR" "s3://$BUCKET" \
  --exclude '*' \
  --include 'index.html' \
  --include '*.json' \
  --cache-control 'no-cache'

§# ✂ — invalidation unchanged —
'''),

P("scripts/pg-dump-all.sh",
  "the listing of databases to dump is elided ({L}); `dbs` is iterated but never populated",
  r'''
#!/usr/bin/env bash
set -euo pipefail

PGHOST=${PGHOST:-localhost}
PGUSER=${PGUSER:-postgres}
OUT_DIR=${OUT_DIR:-./dumps/$(date +%F)}
EXCLUDE_RE='^(template0|template1|postgres)$'
export PGHOST PGUSER

mkdir -p "$OUT_DIR"

dbs=()
§# fill `dbs` from psql -Atc 'select datname from pg_database' minus
§# EXCLUDE_RE — same query as in the nightly job

for db in "${dbs[@]}"; do
  echo "dumping $db"
  pg_dump --format=custom --compress=9 --file "$OUT_DIR/$db.dump" "$db"
done

pg_dumpall --globals-only > "$OUT_DIR/globals.sql"
( cd "$OUT_DIR" && sha256sum -- *.dump globals.sql > SHA256SUMS )
echo "dumped ${#dbs[@]} database(s) to $OUT_DIR"
'''),

P("bin/dev",
  "only the first two tmux panes are created; the worker and stripe-listener panes are elided ({L}) while the final select-layout/attach expects four panes",
  r'''
#!/usr/bin/env bash
set -euo pipefail

SESSION=shop-dev
cd "$(dirname "$0")/.."

if tmux has-session -t "$SESSION" 2>/dev/null; then
  exec tmux attach -t "$SESSION"
fi

docker compose up -d postgres redis

tmux new-session -d -s "$SESSION" -n dev -c "$PWD"
tmux send-keys -t "$SESSION:dev.0" 'pnpm --filter api dev' C-m

tmux split-window -h -t "$SESSION:dev" -c "$PWD"
tmux send-keys -t "$SESSION:dev.1" 'pnpm --filter web dev' C-m

§# panes 2 and 3 (worker + stripe listen --forward-to) are set up the same way

tmux select-layout -t "$SESSION:dev" tiled
tmux select-pane -t "$SESSION:dev.3"
exec tmux attach -t "$SESSION"
'''),

P("scripts/update-deps.sh",
  "the branch/commit/PR creation after the upgrade is elided at the end of the file ({L}); BRANCH and the gh CLI check are set up but unused",
  r'''
#!/usr/bin/env bash
set -euo pipefail

BRANCH="chore/deps-$(date +%Y-%m-%d)"
SCOPE=${1:-minor}

command -v gh >/dev/null || { echo "gh CLI required" >&2; exit 1; }

git switch main
git pull --ff-only

case "$SCOPE" in
  patch) target=patch ;;
  minor) target=minor ;;
  major) target=latest ;;
  *) echo "scope must be patch|minor|major" >&2; exit 2 ;;
esac

npx --yes npm-check-updates --target "$target" --upgrade --workspaces --root
npm install
npm test

if git diff --quiet -- package.json package-lock.json; then
  echo "nothing to update"
  exit 0
fi

§# from here on it's the usual: branch, commit, push and open the PR with
§# the ncu output as the body
'''),

P("scripts/test-matrix.sh",
  "the loop body only prints the version; the nvm install/use and test run are elided ({L}), so `failed` can never be set",
  r'''
#!/usr/bin/env bash
set -uo pipefail

NODE_VERSIONS=(18 20 22)
failed=()

export NVM_DIR="$HOME/.nvm"
# shellcheck source=/dev/null
. "$NVM_DIR/nvm.sh"

for v in "${NODE_VERSIONS[@]}"; do
  echo "=== node $v ==="
§  # install/use + npm ci + npm test for $v — append to failed on error,
§  # exactly like the loop in the old Makefile target
done

nvm use default >/dev/null

if ((${#failed[@]})); then
  echo "failed on node: ${failed[*]}" >&2
  exit 1
fi
echo "all node versions passed"
'''),

P("scripts/make-release-notes.sh",
  "the contributors section is elided ({L}); `contributors` is printed in the footer but never computed",
  r'''
#!/usr/bin/env bash
set -euo pipefail

PREV=$(git describe --tags --abbrev=0 HEAD^)
CUR=$(git describe --tags --abbrev=0)
REPO_URL=$(git remote get-url origin | sed -E 's#git@github.com:#https://github.com/#; s#\.git$##')

prs=$(git log --merges --format='%s' "$PREV..$CUR" \
  | sed -nE 's/^Merge pull request #([0-9]+) from .*/\1/p')

{
  echo "# $CUR"
  echo
  echo "## Merged pull requests"
  for pr in $prs; do
    title=$(gh pr view "$pr" --json title -q .title)
    echo "- $title ([#$pr]($REPO_URL/pull/$pr))"
  done
  echo
§  # contributors=... (the git shortlog -sne pipeline, unchanged)
  echo "Thanks to $contributors for this release."
  echo
  echo "**Full diff**: $REPO_URL/compare/$PREV...$CUR"
} > RELEASE_NOTES.md

echo "RELEASE_NOTES.md written for $CUR"
'''),

P("deploy/remote.sh",
  "the remote heredoc stops after the pull; the restart/migrate commands are elided inside it ({L}) so new code is never started",
  r'''
#!/usr/bin/env bash
set -euo pipefail

HOSTS=(app1.example.com app2.example.com)
RELEASE=${1:?usage: remote.sh <git-ref>}
APP_DIR=/srv/shop

for host in "${HOSTS[@]}"; do
  echo ">>> $host"
  ssh -o BatchMode=yes "deploy@$host" bash -s -- "$RELEASE" "$APP_DIR" <<'REMOTE'
set -euo pipefail
ref=$1
dir=$2
cd "$dir"
git fetch --tags --prune
git checkout --force "$ref"
§# ...the remaining commands from the runbook (composer install, migrate,
§# php-fpm reload) go here
REMOTE
done

echo "released $RELEASE to ${#HOSTS[@]} host(s)"
'''),

P("scripts/minio-init.sh",
  "the bucket policy step is elided ({L}); the public-read bucket created for assets never gets its anonymous policy",
  r'''
#!/bin/sh
set -eu

: "${MINIO_URL:=http://minio:9000}"
: "${MINIO_ROOT_USER:?}"
: "${MINIO_ROOT_PASSWORD:?}"
BUCKETS="uploads backups public-assets"

until mc alias set local "$MINIO_URL" "$MINIO_ROOT_USER" "$MINIO_ROOT_PASSWORD" >/dev/null 2>&1; do
  echo "waiting for minio at $MINIO_URL"
  sleep 2
done

for b in $BUCKETS; do
  mc mb --ignore-existing "local/$b"
done

mc ilm rule add --expire-days 30 local/backups

§# anonymous download policy for public-assets -> same mc command as the
§# old compose init container used

echo "minio initialised"
'''),

P("scripts/check-env.sh",
  "the comment on {L} stands in for the remaining checks *and* the closing `fi`, leaving the if-block unterminated",
  r'''
#!/usr/bin/env bash
set -euo pipefail

ENV_FILE=${1:-.env}
REQUIRED_VARS=(DATABASE_URL REDIS_URL SESSION_SECRET STRIPE_SECRET_KEY SENTRY_DSN)

if [[ ! -f "$ENV_FILE" ]]; then
  echo "missing $ENV_FILE (copy .env.example and fill it in)" >&2
  exit 1
fi

set -a
# shellcheck disable=SC1090
source "$ENV_FILE"
set +a

missing=0
for var in "${REQUIRED_VARS[@]}"; do
  if [[ -z "${!var:-}" ]]; then
    echo "✗ $var is not set" >&2
    missing=1
  fi
done

if [[ ${#SESSION_SECRET} -lt 32 ]]; then
  echo "✗ SESSION_SECRET must be at least 32 characters" >&2
  missing=1
§# (repeat the length/format check for the other secrets)

exit "$missing"
''', breaks=True),

P("scripts/android-build.sh",
  "the signing step is elided ({L}); the release APK is built unsigned but the script uploads the *-signed.apk artifact",
  r'''
#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/../android"

: "${KEYSTORE_BASE64:?}"
: "${KEYSTORE_PASSWORD:?}"
: "${KEY_ALIAS:?}"

BUILD_TOOLS=${BUILD_TOOLS:-$ANDROID_HOME/build-tools/34.0.0}
OUT=app/build/outputs/apk/release

echo "$KEYSTORE_BASE64" | base64 -d > release.keystore

./gradlew --no-daemon clean assembleRelease

"$BUILD_TOOLS/zipalign" -v -p 4 "$OUT/app-release-unsigned.apk" "$OUT/app-release-aligned.apk"

§# apksigner sign … (keystore, alias, passwords from env) writing app-release-signed.apk

"$BUILD_TOOLS/apksigner" verify --print-certs "$OUT/app-release-signed.apk"
mkdir -p ../artifacts
cp "$OUT/app-release-signed.apk" "../artifacts/app-$(git rev-parse --short HEAD).apk"
rm -f release.keystore
'''),

P("scripts/vault-login.sh",
  "the token export and the .envrc write are elided at the end ({L}); VAULT_TOKEN is obtained but never exported or persisted",
  r'''
#!/usr/bin/env bash
# source me: . scripts/vault-login.sh [role]
set -eo pipefail

ROLE=${1:-developer}
export VAULT_ADDR=${VAULT_ADDR:-https://vault.internal.example.com}

if ! command -v vault >/dev/null; then
  echo "install the vault CLI first: https://developer.hashicorp.com/vault/install" >&2
  return 1 2>/dev/null || exit 1
fi

if vault token lookup >/dev/null 2>&1; then
  echo "already logged in to $VAULT_ADDR"
  return 0 2>/dev/null || exit 0
fi

token=$(vault login -method=oidc -path=oidc role="$ROLE" -format=json \
  | jq -r .auth.client_token)

if [[ -z "$token" || "$token" == "null" ]]; then
  echo "vault login failed" >&2
  return 1 2>/dev/null || exit 1
fi

§# ... rest unchanged ...
'''),

P("ci/cache-key.sh",
  "the hashing of lockfiles is elided ({L}); `hash` is echoed into the key but never computed",
  r'''
#!/bin/sh
# Computes a cache key from every lockfile in the repo.
set -eu

PREFIX=${1:-deps}
OS=$(uname -s | tr '[:upper:]' '[:lower:]')
ARCH=$(uname -m)

lockfiles=$(git ls-files \
  'package-lock.json' '**/package-lock.json' \
  'pnpm-lock.yaml' 'yarn.lock' \
  'poetry.lock' 'Cargo.lock' | sort)

if [ -z "$lockfiles" ]; then
  echo "no lockfiles found" >&2
  exit 1
fi

§# hash=... — sha256 of the concatenated lockfiles, first 16 chars, unchanged

echo "${PREFIX}-${OS}-${ARCH}-${hash}"
'''),

P("scripts/init-letsencrypt.sh",
  "request_certificate() is called at the end but its body holds only a comment ({L}); an empty function body is a syntax error",
  r'''
#!/bin/bash
set -euo pipefail

domains=(example.org www.example.org)
rsa_key_size=4096
data_path="./data/certbot"
email="admin@example.org"
staging=${STAGING:-0}

if [ -d "$data_path/conf/live/${domains[0]}" ]; then
  read -r -p "Existing data found for ${domains[0]}. Replace it? (y/N) " decision
  if [ "$decision" != "y" ] && [ "$decision" != "Y" ]; then
    exit 0
  fi
fi

create_dummy_certificate() {
  local path="/etc/letsencrypt/live/${domains[0]}"
  mkdir -p "$data_path/conf/live/${domains[0]}"
  docker compose run --rm --entrypoint "\
    openssl req -x509 -nodes -newkey rsa:$rsa_key_size -days 1 \
      -keyout '$path/privkey.pem' -out '$path/fullchain.pem' -subj '/CN=localhost'" certbot
}

request_certificate() {
§  # certbot certonly --webroot ... with $staging/$email/$rsa_key_size — see the original script
}

create_dummy_certificate
docker compose up --force-recreate -d nginx
request_certificate
docker compose exec nginx nginx -s reload
''', breaks=True),

P("bin/backup-mysql",
  "the upload/encrypt stage is elided ({L}); GPG_RECIPIENT and REMOTE are required but the dump is never encrypted or shipped",
  r'''
#!/usr/bin/env bash
set -euo pipefail

: "${MYSQL_HOST:=127.0.0.1}"
: "${MYSQL_USER:=backup}"
: "${GPG_RECIPIENT:?set GPG_RECIPIENT}"
: "${REMOTE:?set REMOTE, e.g. b2:company-backups/mysql}"

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

databases=$(mysql -h "$MYSQL_HOST" -u "$MYSQL_USER" -N -e 'SHOW DATABASES' \
  | grep -Ev '^(information_schema|performance_schema|mysql|sys)$')

for db in $databases; do
  echo "dumping $db"
  mysqldump -h "$MYSQL_HOST" -u "$MYSQL_USER" \
    --single-transaction --routines --triggers --set-gtid-purged=OFF \
    "$db" | zstd -q -19 -o "$WORK/$db.sql.zst"
done

§# then: gpg --encrypt each file for $GPG_RECIPIENT and rclone copy to $REMOTE
§# (that stage didn't change)

echo "mysql backup finished: $(ls "$WORK" | wc -l) file(s)"
'''),

P("scripts/terraform-apply.sh",
  "the plan review/approval step is elided ({L}); `tfplan` is applied without the interactive confirmation the script's header promises",
  r'''
#!/usr/bin/env bash
# Plans, shows the diff, asks for confirmation, then applies.
set -euo pipefail

STACK=${1:?usage: terraform-apply.sh <stack> [workspace]}
WORKSPACE=${2:-staging}
cd "infra/stacks/$STACK"

terraform init -input=false -upgrade=false
terraform workspace select "$WORKSPACE" || terraform workspace new "$WORKSPACE"
terraform validate

set +e
terraform plan -input=false -detailed-exitcode -out=tfplan -var-file="../../env/$WORKSPACE.tfvars"
plan_rc=$?
set -e

if [[ $plan_rc -eq 0 ]]; then
  echo "no changes for $STACK/$WORKSPACE"
  exit 0
elif [[ $plan_rc -eq 1 ]]; then
  echo "plan failed" >&2
  exit 1
fi

§# show + y/N confirmation → identical to the block in destroy.sh

terraform apply -input=false tfplan
rm -f tfplan
'''),

P("scripts/run-e2e.sh",
  "teardown is installed as the EXIT trap but never defined; its definition is elided at the end of the file ({L})",
  r'''
#!/usr/bin/env bash
set -euo pipefail

COMPOSE_FILE=e2e/compose.yml
PROJECT=e2e-$$

trap teardown EXIT

docker compose -p "$PROJECT" -f "$COMPOSE_FILE" up -d --build --wait

export E2E_BASE_URL="http://localhost:$(docker compose -p "$PROJECT" -f "$COMPOSE_FILE" port web 3000 | cut -d: -f2)"
echo "testing against $E2E_BASE_URL"

npx playwright test --config e2e/playwright.config.ts "$@"

§# rest of the file is unchanged
'''),
]
