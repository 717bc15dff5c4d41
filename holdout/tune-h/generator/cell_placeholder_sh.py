from common import add

L = "placeholder"

# ---------------------------------------------------------------- comment-only

add(L, "scripts/deploy.sh", r'''
#!/usr/bin/env bash
set -euo pipefail

APP=${APP:-storefront}
REGISTRY=${REGISTRY:-registry.example.com/shop}
TAG=${1:?usage: deploy.sh <tag>}
PREV_TAG_FILE=/var/lib/deploy/${APP}.prev

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

preflight() {
  command -v docker >/dev/null || { log "docker not installed"; exit 1; }
  [ -r "/etc/${APP}.env" ] || { log "missing /etc/${APP}.env"; exit 1; }
  local free_kb
  free_kb=$(df --output=avail /var/lib/docker | tail -n 1)
  if [ "$free_kb" -lt 2000000 ]; then
    log "less than 2GB free on /var/lib/docker, pruning old images"
    docker image prune -af --filter "until=168h"
  fi
  mkdir -p "$(dirname "$PREV_TAG_FILE")"
}

notify() {
  local status=$1
  [ -n "${SLACK_WEBHOOK:-}" ] || return 0
  curl -fsS -X POST -H 'Content-Type: application/json' \
    --data "{\"text\": \"${APP} ${TAG}: ${status}\"}" "$SLACK_WEBHOOK" >/dev/null || true
}

deploy() {
  local tag=$1
  log "pulling ${REGISTRY}/${APP}:${tag}"
  docker pull "${REGISTRY}/${APP}:${tag}"
  docker stop "${APP}" 2>/dev/null || true
  docker rm "${APP}" 2>/dev/null || true
  docker run -d --name "${APP}" --restart unless-stopped \
    --label "version=${tag}" \
    --env-file "/etc/${APP}.env" -p 8080:8080 \
    "${REGISTRY}/${APP}:${tag}"
}

healthcheck() {
  for _ in $(seq 1 20); do
    if curl -fsS http://127.0.0.1:8080/healthz >/dev/null; then
      return 0
    fi
    sleep 3
  done
  return 1
}

rollback() {
  local prev
  prev=$(cat "$PREV_TAG_FILE")
  log "rolling back to ${prev}"
  # same docker pull/stop/rm/run sequence as deploy(), just with $prev
}

current=$(docker inspect --format '{{ index .Config.Labels "version" }}' "${APP}" 2>/dev/null || echo none)
echo "$current" > "$PREV_TAG_FILE"

preflight
deploy "$TAG"
if ! healthcheck; then
  log "healthcheck failed"
  rollback
  notify "rolled back"
  exit 1
fi
notify "deployed"
log "deployed ${TAG}"
''', "rollback() keeps only its log line; the redeploy commands are replaced by a comment",
    needle="same docker pull/stop/rm/run sequence", kind="comment-only")

add(L, "backup/pg_backup.sh", r'''
#!/bin/bash
# Nightly Postgres backups to S3
set -eu

DATABASES=(app_prod analytics billing)
BACKUP_DIR=/var/backups/pg
BUCKET=s3://acme-db-backups
STAMP=$(date +%Y%m%d-%H%M)
RETENTION_DAYS=14

mkdir -p "$BACKUP_DIR"

log() {
  echo "$(date -Is) $*" | tee -a /var/log/pg_backup.log
}

for db in "${DATABASES[@]}"; do
  out="$BACKUP_DIR/${db}-${STAMP}.sql.gz"
  log "backing up $db -> $out"
  # pg_dump | gzip and the aws s3 cp upload go here, unchanged from the original
done

log "pruning local dumps older than ${RETENTION_DAYS} days"
find "$BACKUP_DIR" -name '*.sql.gz' -mtime +"$RETENTION_DAYS" -delete

if command -v aws >/dev/null; then
  aws s3 ls "$BUCKET/" --recursive | awk '{print $4}' | sort | head -n -60 | while read -r key; do
    aws s3 rm "$BUCKET/$key"
  done
fi

log "done"
''', "loop body keeps the log line but the dump/upload commands are a comment",
    needle="pg_dump | gzip and the aws s3 cp upload go here", kind="comment-only")

add(L, "ci/run_tests.sh", r'''
#!/usr/bin/env bash
set -euo pipefail

SUITE=${1:-unit}
REPORT_DIR=${REPORT_DIR:-reports}
mkdir -p "$REPORT_DIR"

export NODE_ENV=test
export TZ=UTC

start_services() {
  docker compose -f docker-compose.test.yml up -d postgres redis
  ./scripts/wait-for-it.sh localhost:5432 -t 60
}

case "$SUITE" in
  unit)
    npx jest --ci --selectProjects unit --reporters=default --reporters=jest-junit
    ;;
  lint)
    npx eslint . --max-warnings 0
    npx tsc --noEmit
    ;;
  # integration|e2e) — follow the unit pattern, but call start_services first
  all)
    "$0" lint
    "$0" unit
    "$0" integration
    "$0" e2e
    ;;
  *)
    echo "unknown suite: $SUITE" >&2
    exit 2
    ;;
esac
''', "comment in a case statement standing for the integration/e2e branches that `all` invokes",
    needle="# integration|e2e)", kind="comment-only")

add(L, "install.bash", r'''
#!/usr/bin/env bash
# Installs build deps for the ingest service on a dev box
set -e

if [ -r /etc/os-release ]; then
  . /etc/os-release
else
  ID=$(uname | tr '[:upper:]' '[:lower:]')
fi

PKGS_COMMON="git curl jq make"

if [ "$ID" = "ubuntu" ] || [ "$ID" = "debian" ]; then
  sudo apt-get update
  sudo apt-get install -y $PKGS_COMMON build-essential libpq-dev python3-venv
elif [ "$ID" = "fedora" ]; then
  sudo dnf install -y $PKGS_COMMON gcc libpq-devel python3-virtualenv
# ... arch and alpine branches: same as last time, pacman -S / apk add ...
elif [ "$ID" = "darwin" ]; then
  brew install git curl jq make libpq python@3.12
else
  echo "unsupported distro: $ID" >&2
  exit 1
fi

python3 -m venv .venv
./.venv/bin/pip install --upgrade pip wheel
./.venv/bin/pip install -r requirements-dev.txt

echo "done — activate with: source .venv/bin/activate"
''', "comment in the middle of an if/elif chain standing for the arch/alpine branches",
    needle="arch and alpine branches", kind="comment-only")

add(L, "setup_env.sh", r'''
#!/usr/bin/env bash
# source this file: . ./setup_env.sh

# (put your exports from the previous version back here: APP_HOME, DATA_DIR, etc.)

export PATH="$APP_HOME/bin:$PATH"
export PYTHONPATH="$APP_HOME/src${PYTHONPATH:+:$PYTHONPATH}"

if [ ! -d "$DATA_DIR" ]; then
  echo "warning: DATA_DIR ($DATA_DIR) does not exist yet" >&2
  mkdir -p "$DATA_DIR/raw" "$DATA_DIR/processed"
fi

if [ -f "$APP_HOME/.venv/bin/activate" ]; then
  # shellcheck disable=SC1091
  . "$APP_HOME/.venv/bin/activate"
fi

alias dl='python -m pipeline.download'
alias xf='python -m pipeline.transform'
alias ld='python -m pipeline.load'

echo "env ready (APP_HOME=$APP_HOME)"
''', "variable exports at the top replaced by a comment; APP_HOME and DATA_DIR used below but never set",
    needle="put your exports from the previous version back here", kind="comment-only")

add(L, "k8s/rollout.sh", r'''
#!/usr/bin/env bash
set -euo pipefail

NAMESPACE=${NAMESPACE:-default}
DEPLOYMENT=$1
IMAGE=$2
TIMEOUT=${TIMEOUT:-300s}

kube() { kubectl -n "$NAMESPACE" "$@"; }

wait_for_rollout() {
  echo "waiting for $DEPLOYMENT (timeout $TIMEOUT)..."
  # kube rollout status + the pod-event dump on failure, like in canary.sh
}

dump_events() {
  kube get events --sort-by=.lastTimestamp | tail -n 30
  kube get pods -l app="$DEPLOYMENT" -o wide
}

kube set image "deployment/$DEPLOYMENT" "$DEPLOYMENT=$IMAGE"
kube annotate "deployment/$DEPLOYMENT" kubernetes.io/change-cause="image $IMAGE by ${USER:-ci}" --overwrite

if ! wait_for_rollout; then
  echo "rollout failed, undoing" >&2
  dump_events
  kube rollout undo "deployment/$DEPLOYMENT"
  exit 1
fi

echo "rollout of $IMAGE complete"
''', "wait_for_rollout() reduced to an echo plus a comment pointing at canary.sh",
    needle="kube rollout status + the pod-event dump", kind="comment-only")

add(L, "data/fetch_manifest.sh", r'''
#!/usr/bin/env bash
set -uo pipefail

MANIFEST=${1:-manifest.csv}
OUT_DIR=${OUT_DIR:-downloads}
FAILED=0

mkdir -p "$OUT_DIR"

fetch_one() {
  local id=$1 url=$2 sha=$3
  local dest="$OUT_DIR/$id"
  curl -fsSL --retry 3 -o "$dest.part" "$url" || return 1
  echo "$sha  $dest.part" | sha256sum -c --quiet - || { rm -f "$dest.part"; return 1; }
  mv "$dest.part" "$dest"
}

while IFS=, read -r id url sha; do
  [ -z "$id" ] && continue
  if [ -f "$OUT_DIR/$id" ]; then
    echo "skip $id (exists)"
    continue
  fi
  # parallel variant: same call into fetch_one, just backgrounded with a semaphore
done < <(tail -n +2 "$MANIFEST")

echo "finished with $FAILED failures"
exit $(( FAILED > 0 ))
''', "while-read loop never calls fetch_one; the download step is a comment (FAILED never incremented)",
    needle="parallel variant: same call into fetch_one", kind="comment-only")

add(L, "tools/release.bash", r'''
#!/usr/bin/env bash
# Cut a release: bump version, changelog, tag, push
set -euo pipefail

BUMP=${1:-patch}
MAIN_BRANCH=main

die() { echo "release: $*" >&2; exit 1; }

check_clean() {
  [ -z "$(git status --porcelain)" ] || die "working tree is dirty"
  [ "$(git rev-parse --abbrev-ref HEAD)" = "$MAIN_BRANCH" ] || die "not on $MAIN_BRANCH"
  git fetch --quiet origin
  [ "$(git rev-parse HEAD)" = "$(git rev-parse "origin/$MAIN_BRANCH")" ] || die "branch not up to date"
}

bump_version() {
  local current major minor patch
  current=$(jq -r .version package.json)
  IFS=. read -r major minor patch <<<"$current"
  case "$BUMP" in
    major) major=$((major + 1)); minor=0; patch=0 ;;
    minor) minor=$((minor + 1)); patch=0 ;;
    patch) patch=$((patch + 1)) ;;
    *) die "unknown bump: $BUMP" ;;
  esac
  NEW_VERSION="$major.$minor.$patch"
  jq --arg v "$NEW_VERSION" '.version = $v' package.json > package.json.tmp
  mv package.json.tmp package.json
}

main() {
  check_clean
  bump_version
  generate_changelog "$NEW_VERSION"
  tag_and_push "$NEW_VERSION"
  echo "released v$NEW_VERSION"
}

# generate_changelog() and tag_and_push() work like the ones in the old Makefile — not repeated here

main "$@"
''', "comment standing for generate_changelog/tag_and_push, which main() calls",
    needle="generate_changelog() and tag_and_push() work like", kind="comment-only")

add(L, "gameserver/start.sh", r'''
#!/usr/bin/env bash
# Launch a dedicated server instance
set -euo pipefail

SERVER_DIR=${SERVER_DIR:-/opt/arena}
PORT=${PORT:-27015}
MAXPLAYERS=${MAXPLAYERS:-16}
TICKRATE=${TICKRATE:-64}
LOG_DIR=${LOG_DIR:-$SERVER_DIR/logs}

mkdir -p "$LOG_DIR"

ARGS=(
  -port "$PORT"
  -maxplayers "$MAXPLAYERS"
  -tickrate "$TICKRATE"
  # +map / +game_mode / +mapgroup flags from your old launch line go here
  -console
  -usercon
)

if [ -n "${RCON_PASSWORD:-}" ]; then
  ARGS+=(+rcon_password "$RCON_PASSWORD")
fi

if [ -n "${STEAM_TOKEN:-}" ]; then
  ARGS+=(+sv_setsteamaccount "$STEAM_TOKEN")
fi

cd "$SERVER_DIR"
echo "starting on :$PORT with ${#ARGS[@]} args"
./srcds_run "${ARGS[@]}" 2>&1 | tee -a "$LOG_DIR/server-$(date +%F).log"
''', "comment inside an array assignment standing for the map/mode launch flags",
    needle="+map / +game_mode / +mapgroup flags", kind="comment-only")

add(L, "ml/train.sh", r'''
#!/bin/sh
# Wrapper used by the scheduler to launch a training job
set -eu

CONFIG=${1:?config path required}
RUN_ID=${RUN_ID:-$(date +%Y%m%d%H%M%S)}
OUT=${OUT:-runs/$RUN_ID}
NPROC=${NPROC:-1}

prepare() {
  mkdir -p "$OUT"
  cp "$CONFIG" "$OUT/config.yaml"
  git rev-parse HEAD > "$OUT/commit.txt" 2>/dev/null || echo unknown > "$OUT/commit.txt"
}

sync_artifacts() {
  echo "syncing $OUT"
  # same rclone/gsutil upload as eval.sh — copy that block in here
}

prepare

status=0
if [ "$NPROC" -gt 1 ]; then
  torchrun --nproc_per_node="$NPROC" -m trainer.main --config "$CONFIG" --out "$OUT" || status=$?
else
  python -m trainer.main --config "$CONFIG" --out "$OUT" || status=$?
fi

sync_artifacts
exit "$status"
''', "POSIX sh: sync_artifacts() keeps an echo, the upload is a comment pointing at eval.sh",
    needle="same rclone/gsutil upload as eval.sh", kind="comment-only")

add(L, "docker/entrypoint.sh", r'''
#!/bin/sh
set -e

: "${APP_ENV:=production}"
: "${PORT:=8000}"

wait_for_db() {
  echo "waiting for database at ${DB_HOST}:${DB_PORT:-5432}"
  until nc -z "$DB_HOST" "${DB_PORT:-5432}"; do
    sleep 1
  done
}

wait_for_db

case "$1" in
  web)
    python manage.py migrate --noinput
    python manage.py collectstatic --noinput
    exec gunicorn config.wsgi:application --bind "0.0.0.0:$PORT" --workers "${WEB_CONCURRENCY:-3}"
    ;;
  # worker / beat: same idea, exec celery with -Q default and the beat scheduler
  shell)
    exec python manage.py shell
    ;;
  *)
    exec "$@"
    ;;
esac
''', "POSIX sh: comment in a case statement standing for the worker/beat branches",
    needle="# worker / beat: same idea", kind="comment-only")

add(L, "scripts/thumbs.sh", r'''
#!/usr/bin/env bash
set -euo pipefail

WORK_DIR=$(mktemp -d -t thumbs.XXXXXX)
CACHE_DIR=$(mktemp -d -t thumbcache.XXXXXX)
LOCK_FILE=/tmp/thumbs.lock
SRC=${1:-uploads}
DEST=${2:-public/thumbs}

cleanup() {
  rm -rf "$WORK_DIR"
  # plus CACHE_DIR and the lock file, identical rm calls
}
trap cleanup EXIT INT TERM

exec 9>"$LOCK_FILE"
flock -n 9 || { echo "another run in progress" >&2; exit 1; }

mkdir -p "$DEST"
find "$SRC" -type f \( -iname '*.jpg' -o -iname '*.png' -o -iname '*.webp' \) -print0 |
  while IFS= read -r -d '' img; do
    name=$(basename "${img%.*}")
    [ -f "$DEST/$name.webp" ] && continue
    convert "$img" -resize 320x320^ -gravity center -extent 320x320 "$CACHE_DIR/$name.webp"
    mv "$CACHE_DIR/$name.webp" "$DEST/"
  done

echo "thumbnails up to date in $DEST"
''', "cleanup() removes one temp dir; the other rm calls are a comment",
    needle="plus CACHE_DIR and the lock file", kind="comment-only")

# ------------------------------------------------------------- syntax-breaking

add(L, "scripts/migrate.sh", r'''
#!/usr/bin/env bash
set -euo pipefail

DB_URL=${DATABASE_URL:?DATABASE_URL must be set}
MIGRATIONS_DIR=${MIGRATIONS_DIR:-db/migrations}

ensure_table() {
  psql "$DB_URL" -v ON_ERROR_STOP=1 -q <<'SQL'
CREATE TABLE IF NOT EXISTS schema_migrations (
  version text PRIMARY KEY,
  applied_at timestamptz NOT NULL DEFAULT now()
);
SQL
}

applied_versions() {
  psql "$DB_URL" -At -c "SELECT version FROM schema_migrations ORDER BY version"
}

function run_migrations() { # ... loop over $MIGRATIONS_DIR/*.sql, skip applied, apply in a transaction ... }

ensure_table
run_migrations
echo "migrations complete"
''', "one-line `function run_migrations() { # ... }` — the closing brace is inside the comment",
    needle="function run_migrations() { # ...", kind="syntax-breaking")

add(L, "build.sh", r'''
#!/usr/bin/env bash
set -euo pipefail

ROOT=$(cd "$(dirname "$0")" && pwd)
DIST="$ROOT/dist"
GOOS_LIST=(linux darwin windows)
GOARCH_LIST=(amd64 arm64)
VERSION=$(git describe --tags --always --dirty)

lint() {
  # same golangci-lint invocation as in the Makefile
}

test_all() {
  go test -race -count=1 ./...
}

build_all() {
  rm -rf "$DIST" && mkdir -p "$DIST"
  for os in "${GOOS_LIST[@]}"; do
    for arch in "${GOARCH_LIST[@]}"; do
      ext=""
      [ "$os" = windows ] && ext=".exe"
      out="$DIST/tunnelctl-$VERSION-$os-$arch$ext"
      echo "-> $out"
      GOOS=$os GOARCH=$arch CGO_ENABLED=0 go build -trimpath \
        -ldflags "-s -w -X main.version=$VERSION" -o "$out" ./cmd/tunnelctl
    done
  done
  (cd "$DIST" && sha256sum tunnelctl-* > SHA256SUMS)
}

lint
test_all
build_all
''', "lint() body is only a comment (bash rejects an empty function body)",
    needle="same golangci-lint invocation", kind="syntax-breaking")

add(L, "deploy/promote.bash", r'''
#!/usr/bin/env bash
# Promote a build from staging to prod
set -euo pipefail

ENV=${1:?usage: promote.bash <env> <build-id>}
BUILD_ID=${2:?build id required}
ARTIFACT_BUCKET=gs://acme-artifacts

artifact="$ARTIFACT_BUCKET/builds/$BUILD_ID.tar.gz"
gsutil -q stat "$artifact" || { echo "no such build: $BUILD_ID" >&2; exit 1; }

if [ "$ENV" = "prod" ]; then
  # manual approval gate + change-freeze check, same as before
fi

gsutil cp "$artifact" "$ARTIFACT_BUCKET/releases/$ENV/current.tar.gz"
gcloud run deploy "api-$ENV" \
  --image "europe-docker.pkg.dev/acme/api/api:$BUILD_ID" \
  --region europe-west1 \
  --quiet

echo "promoted $BUILD_ID to $ENV"
''', "`then` branch containing only a comment (empty if body)",
    needle="manual approval gate + change-freeze check", kind="syntax-breaking")

add(L, "cron/nightly_reports.sh", r'''
#!/bin/bash
# Runs at 02:00 via cron: builds the daily CSV reports and mails them
set -euo pipefail

REPORT_DATE=$(date -d yesterday +%F)
OUT=/srv/reports/$REPORT_DATE
RECIPIENTS="ops@example.com finance@example.com"

mkdir -p "$OUT"

psql "$REPORTING_DB" -At -c "SELECT slug FROM report_definitions WHERE enabled" > "$OUT/reports.txt"

while read -r slug; do
  # render + csv export for each slug (unchanged)
done < "$OUT/reports.txt"

tar -czf "$OUT.tar.gz" -C "$(dirname "$OUT")" "$(basename "$OUT")"

for r in $RECIPIENTS; do
  mail -s "Daily reports $REPORT_DATE" -A "$OUT.tar.gz" "$r" </dev/null
done
''', "while loop whose body is only a comment (empty do/done)",
    needle="render + csv export for each slug", kind="syntax-breaking")

add(L, "scripts/provision.sh", r'''
#!/usr/bin/env bash
# Provision a fresh Ubuntu VM for the worker fleet
set -euxo pipefail

export DEBIAN_FRONTEND=noninteractive
WORKER_USER=worker
NODE_VERSION=20

apt-get update -y
apt-get install -y ca-certificates curl gnupg ufw fail2ban

<existing setup steps>

curl -fsSL "https://deb.nodesource.com/setup_${NODE_VERSION}.x" | bash -
apt-get install -y nodejs

id "$WORKER_USER" &>/dev/null || useradd --system --create-home --shell /usr/sbin/nologin "$WORKER_USER"
install -d -o "$WORKER_USER" -g "$WORKER_USER" /opt/worker

ufw default deny incoming
ufw allow OpenSSH
ufw --force enable

systemctl enable --now fail2ban
echo "provisioning done"
''', "`<existing setup steps>` marker line (parsed as redirections; trailing `>` has no target)",
    needle="<existing setup steps>", kind="syntax-breaking")

add(L, "tools/sync_assets.sh", r'''
#!/usr/bin/env bash
set -euo pipefail

SRC=${1:?source required}
DEST=${2:?destination required}
DRY_RUN=${DRY_RUN:-0}
SSH_PORT=${SSH_PORT:-22}

RSYNC_OPTS=(-az --delete --exclude '.DS_Store' --exclude '*.tmp')
[ "$DRY_RUN" = 1 ] && RSYNC_OPTS+=(--dry-run -v)

if [[ "$DEST" == s3://* ]]; then
  aws s3 sync "$SRC" "$DEST" --delete --exclude '*.tmp'
elif [[ "$DEST" == *:* ]]; then
  # ... same rsync call but over ssh with -e "ssh -p $SSH_PORT" ...
else
  mkdir -p "$DEST"
  rsync "${RSYNC_OPTS[@]}" "$SRC/" "$DEST/"
fi

echo "synced $SRC -> $DEST"
''', "elif branch containing only a comment (empty body before else)",
    needle="same rsync call but over ssh", kind="syntax-breaking")
