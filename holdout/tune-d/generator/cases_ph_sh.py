CASES = [
("install.sh", "main flow: '# ... rest of the install steps unchanged' replaces steps after dependency install; valid bash", r'''
#!/usr/bin/env bash
set -euo pipefail

PREFIX="${PREFIX:-/usr/local}"
VERSION="${VERSION:-1.4.2}"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

log() { printf '\033[1;34m==>\033[0m %s\n' "$*"; }

if [[ $EUID -ne 0 ]]; then
  echo "please run as root" >&2
  exit 1
fi

log "Installing dependencies"
apt-get update -qq
apt-get install -y -qq curl tar ca-certificates

@@{
log "Downloading v${VERSION}"
curl -fsSL "https://github.com/acme/tool/releases/download/v${VERSION}/tool-linux-amd64.tar.gz" \
  -o "$TMP/tool.tar.gz"
tar -xzf "$TMP/tool.tar.gz" -C "$TMP"
install -m 0755 "$TMP/tool" "$PREFIX/bin/tool"
@@|
# ... rest of the install steps unchanged
@@}

log "Done: $("$PREFIX/bin/tool" --version)"
'''),

("deploy.sh", "only body of a function: '# TODO: same as before' inside rollback() { }; invalid bash (empty function body)", r'''
#!/bin/bash
set -euo pipefail

APP=web
ENVIRONMENT="${1:?usage: deploy.sh <staging|production>}"
RELEASE="$(date +%Y%m%d%H%M%S)"
RELEASES_DIR="/srv/$APP/releases"

build() {
  npm ci
  npm run build
  tar -czf "/tmp/$APP-$RELEASE.tgz" dist
}

upload() {
  scp "/tmp/$APP-$RELEASE.tgz" "deploy@$ENVIRONMENT.example.com:/tmp/"
  ssh "deploy@$ENVIRONMENT.example.com" \
    "mkdir -p $RELEASES_DIR/$RELEASE && tar -xzf /tmp/$APP-$RELEASE.tgz -C $RELEASES_DIR/$RELEASE"
}

rollback() {
@@{
  ssh "deploy@$ENVIRONMENT.example.com" \
    "ln -sfn \$(ls -1d $RELEASES_DIR/* | tail -n 2 | head -n 1) /srv/$APP/current"
@@|
  # TODO: same as before
@@}
}

build
upload || { rollback; exit 1; }
ssh "deploy@$ENVIRONMENT.example.com" "ln -sfn $RELEASES_DIR/$RELEASE /srv/$APP/current && sudo systemctl restart $APP"
echo "deployed $RELEASE to $ENVIRONMENT"
'''),

("manage.sh", "case statement: '# ... other commands as before' replaces case arms; valid bash", r'''
#!/usr/bin/env bash
set -e

COMPOSE="docker compose -f docker-compose.yml"

usage() {
  echo "usage: $0 {up|down|logs|shell|migrate|reset}" >&2
  exit 2
}

cmd="${1:-}"
shift || true

case "$cmd" in
  up)
    $COMPOSE up -d --build
    ;;
  down)
    $COMPOSE down
    ;;
@@{
  logs)
    $COMPOSE logs -f --tail=100 "$@"
    ;;
  shell)
    $COMPOSE exec app bash
    ;;
  migrate)
    $COMPOSE run --rm app python manage.py migrate
    ;;
@@|
  # ... other commands as before
@@}
  reset)
    $COMPOSE down -v
    $COMPOSE up -d
    ;;
  *)
    usage
    ;;
esac
'''),

("backup.sh", "bare '...' line in the middle of the backup steps (runs as a command named '...'); valid bash", r'''
#!/bin/bash
set -euo pipefail

BACKUP_DIR=/var/backups/postgres
RETENTION_DAYS=14
STAMP="$(date +%F_%H%M)"
DB="${PGDATABASE:-app}"

mkdir -p "$BACKUP_DIR"

echo "[$(date)] starting backup of $DB"
pg_dump --format=custom --no-owner "$DB" > "$BACKUP_DIR/$DB-$STAMP.dump"

@@{
if [[ -n "${S3_BUCKET:-}" ]]; then
  aws s3 cp "$BACKUP_DIR/$DB-$STAMP.dump" "s3://$S3_BUCKET/postgres/$DB-$STAMP.dump" \
    --storage-class STANDARD_IA
fi
@@|
...
@@}

find "$BACKUP_DIR" -name "$DB-*.dump" -mtime +"$RETENTION_DAYS" -delete
echo "[$(date)] backup finished: $(du -h "$BACKUP_DIR/$DB-$STAMP.dump" | cut -f1)"
'''),

("setup-dev.sh", "unicode '…' line between two functions (a command named …); valid bash", r'''
#!/usr/bin/env bash
set -euo pipefail

need() {
  command -v "$1" >/dev/null 2>&1 || { echo "missing: $1" >&2; exit 1; }
}

check_tools() {
  need git
  need node
  need docker
}

@@{
install_deps() {
  npm ci
  pip install --user -r requirements-dev.txt
}

start_services() {
  docker compose up -d db redis
  until docker compose exec -T db pg_isready -U postgres >/dev/null 2>&1; do
    sleep 1
  done
}
@@|
…
@@}

seed() {
  npm run db:migrate
  npm run db:seed
}

check_tools
install_deps
start_services
seed
echo "dev environment ready: http://localhost:3000"
'''),

("pre-commit.sh", "git pre-commit hook: '# (existing checks)' replaces the lint checks between staged-file detection and exit; valid sh (dash)", r'''
#!/bin/sh
# .git/hooks/pre-commit -- block commits that fail lint or contain debug leftovers

STAGED=$(git diff --cached --name-only --diff-filter=ACM | grep -E '\.(js|ts|tsx)$')

if [ -z "$STAGED" ]; then
  exit 0
fi

status=0

@@{
echo "$STAGED" | xargs npx eslint --max-warnings=0 || status=1

if echo "$STAGED" | xargs grep -n "console\.log\|debugger" ; then
  echo "Remove console.log/debugger before committing." >&2
  status=1
fi
@@|
# (existing checks)
@@}

if [ "$status" -ne 0 ]; then
  echo "pre-commit: commit aborted" >&2
fi
exit $status
'''),

("rotate-logs.sh", "top of main section: '# [rest of script unchanged]' replaces compression loop at end; valid bash", r'''
#!/usr/bin/env bash
# Rotate and compress application logs older than a day.
set -euo pipefail

LOG_DIR="${LOG_DIR:-/var/log/myapp}"
KEEP="${KEEP:-30}"

if [[ ! -d "$LOG_DIR" ]]; then
  echo "no such directory: $LOG_DIR" >&2
  exit 1
fi

shopt -s nullglob
cd "$LOG_DIR"

for f in *.log; do
  if [[ -s "$f" ]]; then
    mv "$f" "$f.$(date +%Y%m%d)"
    : > "$f"
  fi
done

@@{
for f in *.log.[0-9]*; do
  [[ "$f" == *.gz ]] && continue
  gzip -9 "$f"
done

ls -1t *.gz | tail -n +"$((KEEP + 1))" | xargs -r rm --
systemctl kill -s HUP myapp.service || true
@@|
# [rest of script unchanged]
@@}
'''),

("healthcheck.sh", "function body: ': # ... existing logic' as sole command of check_http; valid bash", r'''
#!/bin/bash
# Poll service endpoints and report failures to Slack.

ENDPOINTS=(
  "https://api.example.com/healthz"
  "https://www.example.com/"
  "https://status.example.com/api/v2/status.json"
)
WEBHOOK="${SLACK_WEBHOOK:?SLACK_WEBHOOK not set}"

check_http() {
  local url="$1"
@@{
  local code
  code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$url")
  [[ "$code" =~ ^2[0-9][0-9]$ ]]
@@|
  : # ... existing logic
@@}
}

notify() {
  local msg="$1"
  curl -s -X POST -H 'Content-type: application/json' \
    --data "{\"text\": \"${msg}\"}" "$WEBHOOK" >/dev/null
}

failures=0
for url in "${ENDPOINTS[@]}"; do
  if ! check_http "$url"; then
    notify ":red_circle: $url is failing"
    failures=$((failures + 1))
  fi
done

echo "$failures endpoint(s) failing"
exit "$failures"
'''),

("lib.sh", "one-line function: 'usage() { ...; }' (a command named ...) as only body; valid bash", r'''
#!/usr/bin/env bash
# Shared helpers sourced by the other scripts in bin/.

RED=$'\033[31m'
GREEN=$'\033[32m'
RESET=$'\033[0m'

info()  { printf '%s\n' "$*"; }
ok()    { printf '%s✔%s %s\n' "$GREEN" "$RESET" "$*"; }
fail()  { printf '%s✘%s %s\n' "$RED" "$RESET" "$*" >&2; }
die()   { fail "$*"; exit 1; }

@@{
usage() { sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit "${1:-0}"; }
@@|
usage() { ...; }
@@}

confirm() {
  local prompt="${1:-Are you sure?} [y/N] "
  read -r -p "$prompt" reply
  [[ "$reply" =~ ^[Yy]$ ]]
}

require_env() {
  local var
  for var in "$@"; do
    [[ -n "${!var:-}" ]] || die "environment variable $var is required"
  done
}
'''),

("resize-images.sh", "only body of a for loop: '# ... same as above' between do/done; invalid bash (empty loop body)", r'''
#!/bin/bash
set -euo pipefail

SRC="${1:-./images}"
OUT="${2:-./images/resized}"
SIZES=(320 640 1280)

mkdir -p "$OUT"

for img in "$SRC"/*.jpg; do
  base="$(basename "$img" .jpg)"
  convert "$img" -strip -quality 82 "$OUT/$base.jpg"
done

for img in "$SRC"/*.png; do
@@{
  base="$(basename "$img" .png)"
  for w in "${SIZES[@]}"; do
    convert "$img" -resize "${w}x" -strip "$OUT/$base-$w.png"
  done
@@|
  # ... same as above
@@}
done

echo "resized $(ls -1 "$OUT" | wc -l) files into $OUT"
'''),

("provision.sh", "between functions: '# Remaining functions omitted for brevity' replaces two functions that are still called at the bottom; valid bash", r'''
#!/usr/bin/env bash
set -euo pipefail

export DEBIAN_FRONTEND=noninteractive

setup_user() {
  id deploy >/dev/null 2>&1 || useradd -m -s /bin/bash deploy
  install -d -m 700 -o deploy -g deploy /home/deploy/.ssh
  cp /root/.ssh/authorized_keys /home/deploy/.ssh/
  chown deploy:deploy /home/deploy/.ssh/authorized_keys
}

@@{
setup_firewall() {
  ufw default deny incoming
  ufw allow OpenSSH
  ufw allow 80,443/tcp
  ufw --force enable
}

harden_ssh() {
  sed -i 's/^#\?PermitRootLogin.*/PermitRootLogin no/' /etc/ssh/sshd_config
  sed -i 's/^#\?PasswordAuthentication.*/PasswordAuthentication no/' /etc/ssh/sshd_config
  systemctl reload ssh
}
@@|
# Remaining functions omitted for brevity
@@}

apt-get update
apt-get -y upgrade
setup_user
setup_firewall
harden_ssh
echo "provisioning complete"
'''),

("gen-nginx.sh", "inside a heredoc body: '# ... rest of nginx config unchanged' replaces location blocks in generated config; valid bash", r'''
#!/bin/bash
set -euo pipefail

DOMAIN="${1:?domain required}"
UPSTREAM="${2:-127.0.0.1:8000}"
CONF="/etc/nginx/sites-available/$DOMAIN"

cat > "$CONF" <<EOF
server {
    listen 80;
    server_name $DOMAIN;
    return 301 https://\$host\$request_uri;
}

server {
    listen 443 ssl http2;
    server_name $DOMAIN;
    ssl_certificate /etc/letsencrypt/live/$DOMAIN/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/$DOMAIN/privkey.pem;

@@{
    location /static/ {
        alias /srv/app/static/;
        expires 30d;
    }

    location / {
        proxy_pass http://$UPSTREAM;
        proxy_set_header Host \$host;
        proxy_set_header X-Forwarded-Proto \$scheme;
    }
@@|
    # ... rest of nginx config unchanged
@@}
}
EOF

ln -sf "$CONF" /etc/nginx/sites-enabled/
nginx -t && systemctl reload nginx
'''),

("migrate.sh", "'# ...snip...' replaces the wait-for-db loop before migrations; valid bash", r'''
#!/usr/bin/env bash
set -euo pipefail

: "${DATABASE_URL:?DATABASE_URL must be set}"
MIGRATIONS_DIR="${MIGRATIONS_DIR:-./migrations}"

echo "waiting for database..."
@@{
for i in $(seq 1 30); do
  if psql "$DATABASE_URL" -c 'select 1' >/dev/null 2>&1; then
    break
  fi
  if [[ $i -eq 30 ]]; then
    echo "database not reachable after 30s" >&2
    exit 1
  fi
  sleep 1
done
@@|
# ...snip...
@@}

psql "$DATABASE_URL" -v ON_ERROR_STOP=1 <<'SQL'
CREATE TABLE IF NOT EXISTS schema_migrations (
  version text PRIMARY KEY,
  applied_at timestamptz NOT NULL DEFAULT now()
);
SQL

for file in "$MIGRATIONS_DIR"/*.sql; do
  version="$(basename "$file" .sql)"
  if psql "$DATABASE_URL" -tAc "select 1 from schema_migrations where version='$version'" | grep -q 1; then
    continue
  fi
  echo "applying $version"
  psql "$DATABASE_URL" -v ON_ERROR_STOP=1 -1 -f "$file"
  psql "$DATABASE_URL" -c "insert into schema_migrations(version) values ('$version')"
done
'''),

("update.bash", "'# Previous code remains the same' replaces the argument parsing at top; valid bash", r'''
#!/usr/bin/env bash
# Update all git repositories under a directory.
set -uo pipefail

@@{
ROOT="."
JOBS=4
while getopts "d:j:h" opt; do
  case "$opt" in
    d) ROOT="$OPTARG" ;;
    j) JOBS="$OPTARG" ;;
    h) echo "usage: $0 [-d dir] [-j jobs]"; exit 0 ;;
    *) exit 2 ;;
  esac
done
@@|
# Previous code remains the same
@@}

update_repo() {
  local repo="$1"
  if git -C "$repo" diff --quiet && git -C "$repo" diff --cached --quiet; then
    git -C "$repo" pull --ff-only --quiet && echo "updated  $repo" || echo "FAILED   $repo"
  else
    echo "skipped  $repo (dirty)"
  fi
}
export -f update_repo

find "$ROOT" -maxdepth 3 -type d -name .git -prune -print0 \
  | xargs -0 -n1 dirname \
  | xargs -P "$JOBS" -I{} bash -c 'update_repo "$@"' _ {}
'''),

("ci.sh", "'# ... (lint and test steps unchanged)' replaces the middle CI stages; valid bash", r'''
#!/usr/bin/env bash
# Entry point used by the CI runner.
set -euxo pipefail

export CARGO_TERM_COLOR=always
export RUSTFLAGS="-D warnings"

rustup show active-toolchain
cargo --version

@@{
cargo fmt --all -- --check
cargo clippy --all-targets --all-features
cargo test --all-features --no-fail-fast
@@|
# ... (lint and test steps unchanged)
@@}

if [[ "${CI_COMMIT_BRANCH:-}" == "main" ]]; then
  cargo build --release
  mkdir -p artifacts
  cp target/release/gencheck artifacts/
  sha256sum artifacts/* > artifacts/SHA256SUMS
fi
'''),

("restart-services.sh", "array loop: '# ... and so on for the other services' replaces explicit restarts; valid bash", r'''
#!/bin/bash
# Restart the app stack in dependency order and wait for each to come up.
set -euo pipefail

wait_active() {
  local unit="$1" tries=0
  until systemctl is-active --quiet "$unit"; do
    tries=$((tries + 1))
    if (( tries > 20 )); then
      echo "$unit failed to start" >&2
      journalctl -u "$unit" -n 20 --no-pager >&2
      return 1
    fi
    sleep 1
  done
}

systemctl restart postgresql
wait_active postgresql
@@{
systemctl restart redis-server
wait_active redis-server
systemctl restart app-worker
wait_active app-worker
@@|
# ... and so on for the other services
@@}
systemctl restart app-web
wait_active app-web

echo "all services restarted"
'''),

("check-disk.sh", "only body of an if/then: '# handle error as before' comment alone before fi; invalid bash", r'''
#!/bin/bash
# Alert when any filesystem goes above the threshold.

THRESHOLD="${THRESHOLD:-85}"
MAILTO="${MAILTO:-ops@example.com}"
HOST="$(hostname -f)"

report=""
while read -r fs size used avail pct mount; do
  usage="${pct%\%}"
  if [ "$usage" -ge "$THRESHOLD" ]; then
    report+="$mount is at ${pct} (${avail} free)"$'\n'
  fi
done < <(df -hP -x tmpfs -x devtmpfs | tail -n +2)

if [ -n "$report" ]; then
@@{
  printf 'Disk usage on %s:\n\n%s' "$HOST" "$report" \
    | mail -s "[disk] $HOST above ${THRESHOLD}%" "$MAILTO"
  exit 1
@@|
  # handle error as before
@@}
fi

echo "disk usage OK on $HOST"
'''),

("docker-entrypoint.sh", "'# … existing env setup …' (unicode ellipsis) replaces env defaults at top; valid sh (dash)", r'''
#!/bin/sh
set -e

@@{
: "${APP_ENV:=production}"
: "${PORT:=8080}"
: "${WORKERS:=$(nproc)}"
export APP_ENV PORT WORKERS
@@|
# … existing env setup …
@@}

if [ -n "$DATABASE_URL" ]; then
  echo "running migrations"
  python manage.py migrate --noinput
fi

if [ "$1" = "web" ]; then
  exec gunicorn app.wsgi:application \
    --bind "0.0.0.0:$PORT" \
    --workers "$WORKERS" \
    --access-logfile -
elif [ "$1" = "worker" ]; then
  exec celery -A app worker --loglevel=info
fi

exec "$@"
'''),

("post-receive.bash", "git post-receive hook: '# (unchanged from original)' replaces checkout/build inside the while loop body after an if; valid bash", r'''
#!/usr/bin/env bash
# hooks/post-receive on the bare repo: deploy pushes to main.
set -eu

TARGET=/srv/site
GIT_DIR=/srv/git/site.git
BRANCH=main

while read -r oldrev newrev ref; do
  if [[ "$ref" != "refs/heads/$BRANCH" ]]; then
    echo "ref $ref received; only $BRANCH is deployed"
    continue
  fi
@@{
  echo "deploying $BRANCH ($newrev)"
  git --work-tree="$TARGET" --git-dir="$GIT_DIR" checkout -f "$BRANCH"
  cd "$TARGET"
  npm ci --omit=dev
  npm run build
@@|
  # (unchanged from original)
@@}
  sudo systemctl restart site
  echo "deployed $(git --git-dir="$GIT_DIR" rev-parse --short "$newrev")"
done
'''),

("bootstrap-mac.sh", "middle of an array literal: '# ... other packages' replaces several elements; valid bash", r'''
#!/usr/bin/env bash
# Bootstrap a new macOS laptop.
set -euo pipefail

if ! command -v brew >/dev/null; then
  /bin/bash -c "$(curl -fsSL https://raw.githubusercontent.com/Homebrew/install/HEAD/install.sh)"
fi

FORMULAE=(
  git
  gh
@@{
  jq
  ripgrep
  fd
  fzf
  direnv
  pyenv
@@|
  # ... other packages
@@}
  node
  go
)

CASKS=(
  iterm2
  visual-studio-code
  docker
  rectangle
)

brew update
brew install "${FORMULAE[@]}"
brew install --cask "${CASKS[@]}"

defaults write com.apple.dock autohide -bool true
killall Dock
'''),

("cleanup-branches.sh", "'# Your existing code here' replaces the body of the deletion loop, leaving loop with only a comment; invalid bash", r'''
#!/usr/bin/env bash
# Delete local branches that were merged into the default branch.
set -euo pipefail

DEFAULT="$(git symbolic-ref --short refs/remotes/origin/HEAD | sed 's@^origin/@@')"
DRY_RUN="${DRY_RUN:-1}"

git fetch --prune --quiet

mapfile -t merged < <(git branch --merged "origin/$DEFAULT" --format='%(refname:short)' \
  | grep -vE "^(${DEFAULT}|develop|release/.*)$")

if [[ ${#merged[@]} -eq 0 ]]; then
  echo "nothing to clean up"
  exit 0
fi

for b in "${merged[@]}"; do
@@{
  if [[ "$DRY_RUN" == "1" ]]; then
    echo "would delete $b"
  else
    git branch -d "$b"
  fi
@@|
  # Your existing code here
@@}
done
'''),

("wait-for-it.sh", "while loop body: '# (retry logic unchanged)' after a real command; valid sh (dash)", r'''
#!/bin/sh
# Usage: wait-for-it.sh host:port [timeout] -- command args
set -e

hostport="$1"
shift
timeout="${1:-30}"
[ "$1" != "--" ] && shift || true
[ "$1" = "--" ] && shift

host="${hostport%:*}"
port="${hostport#*:}"
start=$(date +%s)

while ! nc -z "$host" "$port" 2>/dev/null; do
  now=$(date +%s)
@@{
  if [ $((now - start)) -ge "$timeout" ]; then
    echo "timeout after ${timeout}s waiting for $host:$port" >&2
    exit 1
  fi
  sleep 1
@@|
  # (retry logic unchanged)
@@}
done

echo "$host:$port is available after $(( $(date +%s) - start ))s"
exec "$@"
'''),

]
