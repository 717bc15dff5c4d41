from common import F
L = "truncated"
S = "shell"

F(L, "install.sh", S, "cut at a line end inside an if-block: 'if' has no 'fi'", r'''
#!/usr/bin/env bash
set -euo pipefail

if [[ $EUID -ne 0 ]]; then
  echo "run as root" >&2
  exit 1
fi

apt-get update -qq
apt-get install -y -qq curl gnupg

if ! command -v nginx >/dev/null 2>&1; then
  echo "installing nginx"
  apt-get install -y nginx
''')

F(L, "deploy.sh", S, "cut at a line end inside a here-document that is never closed (no EOF terminator; shells only warn)", r'''
#!/usr/bin/env bash
set -euo pipefail

APP=notes
BIN=/usr/local/bin/$APP

install -m 0755 "target/release/$APP" "$BIN"

cat > /etc/systemd/system/$APP.service <<EOF
[Unit]
Description=Notes API
After=network-online.target

[Service]
ExecStart=$BIN --config /etc/$APP/config.toml
User=$APP
Restart=on-failure
''')

F(L, "backup.sh", S, "cut mid-word inside a function that is never closed: 'pg_dump --format=cus'", r'''
#!/usr/bin/env bash
set -euo pipefail

DEST=/var/backups/db
mkdir -p "$DEST"

log() {
  echo "[$(date +%T)] $*"
}

backup_db() {
  local db=$1
  local out="$DEST/$db-$(date +%F).dump"
  log "dumping $db to $out"
  pg_dump --format=cus''')

F(L, "build.sh", S, "cut mid double-quoted string: 'echo \"Building version $VERS'", r'''
#!/usr/bin/env bash
set -euo pipefail

VERSION=$(git describe --tags --always --dirty)
OUT=dist

rm -rf "$OUT"
mkdir -p "$OUT"

echo "Building version $VERS''')

F(L, "setup.bash", S, "cut at a line end inside a for-loop: 'do' with no 'done'", r'''
#!/usr/bin/env bash
set -euo pipefail

TOOLS=(git jq ripgrep fd-find bat)

sudo apt-get update

for tool in "${TOOLS[@]}"; do
  if dpkg -s "$tool" >/dev/null 2>&1; then
    echo "$tool already installed"
    continue
  fi
  sudo apt-get install -y "$tool"
''')

F(L, "docker/entrypoint.sh", S, "cut mid-pattern inside a case statement with no esac: '  migr'", r'''
#!/bin/sh
set -e

cmd=${1:-serve}
shift || true

case "$cmd" in
  serve)
    exec /app/server "$@"
    ;;
  worker)
    exec /app/worker "$@"
    ;;
  migr''')

F(L, "scripts/release.sh", S, "cut at a line end after a trailing '&&' (command list left unfinished)", r'''
#!/usr/bin/env bash
set -euo pipefail

V=${1:?version required}

npm version "$V" --no-git-tag-version
npm run build
git add package.json package-lock.json CHANGELOG.md
git commit -m "chore: release v$V"
git tag "v$V" &&
''')

F(L, "scripts/lint.sh", S, "cut right after a pipe '|' at the end of the pipeline", r'''
#!/usr/bin/env bash
set -euo pipefail

cd "$(git rev-parse --show-toplevel)"

echo "checking shell scripts"
find . -name '*.sh' -not -path './node_modules/*' -print0 |
  xargs -0 shellcheck -x

echo "checking for trailing whitespace"
git ls-files -z '*.md' '*.yml' |''')

F(L, "ci/test.sh", S, "cut inside an unclosed command substitution: 'version=$(git describe --ta'", r'''
#!/usr/bin/env bash
set -euo pipefail

export CI=true
export TZ=UTC

pip install -q -e '.[test]'
pytest -q --junitxml=reports/junit.xml

version=$(git describe --ta''')

F(L, "docker/healthcheck.sh", S, "cut mid-word inside a while loop with no 'done': '    sle'", r'''
#!/bin/sh
# wait until the API answers, for at most 60 seconds

url=${HEALTH_URL:-http://localhost:8080/healthz}
tries=0

while ! wget -q -O /dev/null "$url"; do
    tries=$((tries + 1))
    if [ "$tries" -ge 60 ]; then
        echo "service did not become healthy" >&2
        exit 1
    fi
    sle''')

F(L, "scripts/cleanup.sh", S, "cut mid-word in the last command's flag '--filt' (shell syntax still valid, command visibly cut)", r'''
#!/usr/bin/env bash
set -euo pipefail

echo "disk usage before:"
df -h / | tail -n1

docker container prune -f
docker volume prune -f
docker network prune -f
docker builder prune -af
docker image prune -a --filt''')

F(L, "tools/rotate.sh", S, "cut at a line end right after 'else' (if-block without body and fi)", r'''
#!/usr/bin/env bash
set -euo pipefail

LOG=${1:-/var/log/app/app.log}
MAX=$((50 * 1024 * 1024))

size=$(stat -c %s "$LOG")

if (( size < MAX )); then
  echo "$LOG is $((size / 1024)) KiB, nothing to do"
  exit 0
else
''')

F(L, "env.sh", S, "cut at a line end inside an array assignment: 'PACKAGES=(' never closed", r'''
# shellcheck shell=bash
# common environment for the dev scripts

export EDITOR=${EDITOR:-vim}
export PAGER=less
export LESS=-R

PACKAGES=(
  curl
  jq
  httpie
''')

F(L, "scripts/sync.sh", S, "cut inside an unterminated single-quoted awk program: \"awk '{ print $1\"", r'''
#!/usr/bin/env bash
set -euo pipefail

SRC=${1:?source dir}
DEST=${2:?destination}

rsync -a --delete --itemize-changes "$SRC/" "$DEST/" > /tmp/sync.log

changed=$(grep -c '^>f' /tmp/sync.log || true)
echo "$changed file(s) updated"

grep '^>f' /tmp/sync.log | awk '{ print $1''')

F(L, "scripts/db-migrate.sh", S, "cut mid-string inside an open '{ ...' group: 'echo \"DATABASE_URL is not se'", r'''
#!/usr/bin/env bash
set -euo pipefail

MIGRATIONS=${MIGRATIONS:-./migrations}

if [[ ! -d $MIGRATIONS ]]; then
  echo "no migrations directory at $MIGRATIONS" >&2
  exit 1
fi

[[ -z ${DATABASE_URL:-} ]] && {
  echo "DATABASE_URL is not se''')

F(L, "scripts/provision.sh", S, "cut mid-parameter-expansion: '\"${SSH_US'", r'''
#!/bin/sh
set -eu

HOSTS="web1 web2 worker1"
SSH_USER=${SSH_USER:-ubuntu}

for h in $HOSTS; do
  echo "==> $h"
  scp bootstrap.sh "$SSH_USER@$h:/tmp/bootstrap.sh"
  ssh "$SSH_USER@$h" 'sudo sh /tmp/bootstrap.sh'
done

ssh "${SSH_US''')
