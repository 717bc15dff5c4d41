from common import f
D = 'truncated'

f(D, 'deploy.sh', 'bash', 'stops inside an open if (no then-body end / fi)', r'''
#!/usr/bin/env bash
set -euo pipefail

ENVIRONMENT=${1:-staging}
IMAGE=ghcr.io/acme/web:$(git rev-parse --short HEAD)

docker build -t "$IMAGE" .
docker push "$IMAGE"

if [ "$ENVIRONMENT" = "production" ]; then
  read -r -p "Deploy ${IMAGE} to production? [y/N] " answer
  if [ "$answer" != "y" ]; then
    echo "aborted"
    exit 1
  fi
  helm upgrade web ./chart --namespace production \
    --set image.tag="${IMAGE##*:}" --wait''', nl=False)

f(D, 'backup.sh', 'bash', 'stops inside an open for loop body (no done)', r'''
#!/usr/bin/env bash
set -euo pipefail

DATABASES=(orders users inventory)
OUT=/var/backups/mysql/$(date +%F)
mkdir -p "$OUT"

for db in "${DATABASES[@]}"; do
  echo "dumping $db"
  mysqldump --single-transaction --routines --triggers "$db" \
    | gzip > "$OUT/${db}.sql.gz"''', nl=False)

f(D, 'install.sh', 'bash', 'unterminated heredoc: the systemd unit heredoc never reaches its EOF delimiter', r'''
#!/usr/bin/env bash
set -euo pipefail

BIN=/usr/local/bin/exporter
useradd --system --no-create-home --shell /usr/sbin/nologin exporter || true
install -m 0755 ./exporter "$BIN"

cat > /etc/systemd/system/exporter.service <<EOF
[Unit]
Description=Metrics exporter
After=network-online.target

[Service]
User=exporter
ExecStart=${BIN} --listen :9200
Restart=on-''', nl=False)

f(D, 'release.sh', 'bash', 'stops right after a line-continuation backslash at the end of the file', r'''
#!/usr/bin/env bash
set -euo pipefail

VERSION=$(cat VERSION)
NOTES=$(git log --pretty='- %s' "$(git describe --tags --abbrev=0)"..HEAD)

git tag -a "v${VERSION}" -m "v${VERSION}"
git push origin "v${VERSION}"

gh release create "v${VERSION}" \
  --title "v${VERSION}" \
  --notes "$NOTES" \
''', nl=False)

f(D, 'setup.sh', 'bash', 'stops after a trailing "&&" at the end of the file', r'''
#!/usr/bin/env bash
set -euo pipefail

sudo apt-get update
sudo apt-get install -y python3-venv libpq-dev

python3 -m venv .venv
. .venv/bin/activate

pip install --upgrade pip wheel &&
  pip install -r requirements.txt &&''', nl=False)

f(D, 'ci.sh', 'bash', 'stops after a trailing pipe "|" at the end of the file', r'''
#!/usr/bin/env bash
set -euo pipefail

go mod verify
go vet ./...
staticcheck ./...
go test -race -coverprofile=coverage.out ./...

echo "coverage:"
go tool cover -func=coverage.out |
  tail -n 1 |''', nl=False)

f(D, 'rotate.sh', 'bash', 'stops inside an open case statement (no esac); has final newline', r'''
#!/usr/bin/env bash
set -euo pipefail

ACTION=${1:-status}
KEY_DIR=/etc/app/keys

case "$ACTION" in
  status)
    ls -l "$KEY_DIR"
    ;;
  rotate)
    openssl genpkey -algorithm ed25519 -out "$KEY_DIR/signing.new.pem"
    mv "$KEY_DIR/signing.pem" "$KEY_DIR/signing.old.pem"
    mv "$KEY_DIR/signing.new.pem" "$KEY_DIR/signing.pem"
    systemctl reload app
    ;;
  rollback)
''')

f(D, 'entrypoint.sh', 'sh', 'stops inside an open function body (no closing brace)', r'''
#!/bin/sh
set -e

wait_for() {
  host=$1
  port=$2
  echo "waiting for ${host}:${port}"
  while ! nc -z "$host" "$port"; do
    sleep 1
  done
}

run_migrations() {
  echo "running migrations"
  bundle exec rails db:migrate
  if [ "$SEED" = "true" ]; then''', nl=False)

f(D, 'migrate.sh', 'bash', 'stops inside an open while loop (no done)', r'''
#!/usr/bin/env bash
set -euo pipefail

ATTEMPTS=0
MAX_ATTEMPTS=30

while ! pg_isready -h "${DB_HOST:-db}" -p 5432 >/dev/null 2>&1; do
  ATTEMPTS=$((ATTEMPTS + 1))
  if [ "$ATTEMPTS" -ge "$MAX_ATTEMPTS" ]; then
    echo "database not ready after ${MAX_ATTEMPTS}s" >&2
    exit 1
  fi
  sleep 1''', nl=False)

f(D, 'healthcheck.sh', 'bash', 'last line stops inside an open double-quoted string', r'''
#!/usr/bin/env bash
set -uo pipefail

URL=${1:-http://localhost:3000/api/health}
TIMEOUT=60
START=$(date +%s)

until curl -fsS "$URL" >/dev/null 2>&1; do
  if [ $(( $(date +%s) - START )) -ge "$TIMEOUT" ]; then
    echo "gave up after ${TIMEOUT}s" >&2
    exit 1
  fi
  sleep 2
done

echo "Service at $URL is up after $(( $(date +%s) - START ))''', nl=False)

f(D, 'sync.sh', 'bash', 'last command cut mid-word ("--del") (still valid shell)', r'''
#!/usr/bin/env bash
set -euo pipefail

SRC=/srv/media/
DEST=backup@nas.local:/volume1/media/

if ! ping -c1 -W2 nas.local >/dev/null; then
  echo "NAS unreachable" >&2
  exit 1
fi

rsync -avz --partial --human-readable \
  --exclude '.cache/' \
  --exclude '*.tmp' \
  --del''', nl=False)

f(D, 'cleanup.sh', 'bash', 'stops inside an open $( command substitution', r'''
#!/usr/bin/env bash
set -euo pipefail

KEEP=5
REPO=ghcr.io/acme/api

echo "pruning local images for ${REPO}, keeping ${KEEP}"
old_ids=$(docker images "$REPO" --format '{{.CreatedAt}} {{.ID}}' \
  | sort -r \
  | tail -n +$((KEEP + 1)) \
  | awk '{print $NF}')

[ -n "$old_ids" ] && docker rmi $old_ids

dangling=$(docker images -q --filter dangling=true''', nl=False)

f(D, 'provision.sh', 'bash', 'stops inside an open ${ parameter expansion', r'''
#!/usr/bin/env bash
set -euo pipefail

DEPLOY_USER=${DEPLOY_USER:-deploy}
DEPLOY_KEY_URL=${DEPLOY_KEY_URL:-https://github.com/acme-deploy.keys}

id "$DEPLOY_USER" >/dev/null 2>&1 || useradd -m -s /bin/bash "$DEPLOY_USER"

install -d -m 700 -o "$DEPLOY_USER" -g "$DEPLOY_USER" "/home/${DEPLOY_USER}/.ssh"
curl -fsSL "$DEPLOY_KEY_URL" > "/home/${DEPLOY_USER}/.ssh/authorized_keys"
chmod 600 "/home/${DEPLOY_USER}/.ssh/authorized_keys"
chown "${DEPLOY_USER}:${DEPLOY_''', nl=False)

f(D, 'restore.sh', 'bash', 'last line stops inside an open double-quoted argument', r'''
#!/usr/bin/env bash
set -euo pipefail

DUMP=${1:?usage: restore.sh DUMP}
DB=${DB:-analytics}

echo "restoring ${DUMP} into ${DB}"
dropdb --if-exists "$DB"
createdb "$DB"
pg_restore --no-owner --no-privileges --jobs=4 --dbname="$DB''', nl=False)

f(D, 'build.sh', 'bash', 'stops after a continuation backslash in the middle of a docker build command; has final newline', r'''
#!/usr/bin/env bash
set -euo pipefail

IMAGE=ghcr.io/acme/worker
TAG=${TAG:-$(git rev-parse --short HEAD)}

docker buildx build \
  --platform linux/amd64,linux/arm64 \
  --build-arg VERSION="$TAG" \
  --cache-from "type=registry,ref=${IMAGE}:buildcache" \
  --cache-to "type=registry,ref=${IMAGE}:buildcache,mode=max" \
''')

f(D, 'monitor.sh', 'bash', 'stops inside an open [[ test in an if condition', r'''
#!/usr/bin/env bash
set -euo pipefail

LIMIT=${LIMIT:-90}

for svc in nginx postgresql redis-server; do
  if ! systemctl is-active --quiet "$svc"; then
    echo "$svc is down" | mail -s "[$(hostname)] $svc down" ops@example.com
  fi
done

usage=$(free | awk '/^Mem:/ {printf "%d", $3 / $2 * 100}')
if [[ "$usage" -gt''', nl=False)
