from common import f
D = 'placeholder'

f(D, 'deploy.sh', 'bash', 'comment-only elision "# ... same for the other services" after the first service (syntax valid)', r'''
#!/usr/bin/env bash
set -euo pipefail

REGISTRY=ghcr.io/acme
TAG="${1:?usage: deploy.sh TAG}"
NAMESPACE=production

echo "Deploying tag ${TAG} to ${NAMESPACE}"

kubectl -n "$NAMESPACE" set image deployment/api api="${REGISTRY}/api:${TAG}"
kubectl -n "$NAMESPACE" rollout status deployment/api --timeout=180s

# ... same for the other services

kubectl -n "$NAMESPACE" annotate deployment --all \
  deploy.acme.dev/last-tag="$TAG" --overwrite

echo "Done."
''')

f(D, 'backup.sh', 'bash', 'comment-only elision "# (remaining steps unchanged)" in place of upload/prune steps (syntax valid)', r'''
#!/usr/bin/env bash
set -euo pipefail

BACKUP_DIR=/var/backups/postgres
STAMP=$(date +%F_%H%M)
DB_NAME=${DB_NAME:-app}
RETENTION_DAYS=14

mkdir -p "$BACKUP_DIR"

echo "[$(date -Is)] dumping ${DB_NAME}"
pg_dump --format=custom --compress=9 \
  --file="${BACKUP_DIR}/${DB_NAME}_${STAMP}.dump" \
  "$DB_NAME"

# (remaining steps unchanged)

echo "[$(date -Is)] backup finished"
''')

f(D, 'install.sh', 'bash', 'comment-only elision "# etc." after two of the package managers (syntax valid)', r'''
#!/usr/bin/env bash
set -euo pipefail

need() { command -v "$1" >/dev/null 2>&1; }

install_deps() {
  if need apt-get; then
    sudo apt-get update
    sudo apt-get install -y curl jq git
  elif need dnf; then
    sudo dnf install -y curl jq git
  # etc.
  else
    echo "unsupported package manager" >&2
    exit 1
  fi
}

install_deps

VERSION=$(curl -fsSL https://api.github.com/repos/acme/ctl/releases/latest | jq -r .tag_name)
curl -fsSL "https://github.com/acme/ctl/releases/download/${VERSION}/ctl-linux-amd64" -o /tmp/ctl
sudo install -m 0755 /tmp/ctl /usr/local/bin/ctl
echo "ctl ${VERSION} installed"
''')

f(D, 'setup.bash', 'bash', 'bare "<existing code>" line in the middle of the script (parses as redirections; syntax error at the trailing >)', r'''
#!/usr/bin/env bash
set -euo pipefail

PROJECT_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$PROJECT_ROOT"

if [ ! -d .venv ]; then
  python3 -m venv .venv
fi
# shellcheck disable=SC1091
source .venv/bin/activate
pip install -q -r requirements.txt

<existing code>

cp -n .env.example .env || true
python manage.py migrate --noinput
python manage.py loaddata fixtures/dev_users.json
echo "Setup complete. Run: source .venv/bin/activate && python manage.py runserver"
''')

f(D, 'release.sh', 'bash', 'then-branch body replaced by the comment "# ... existing checks", leaving an empty then-branch (syntax error)', r'''
#!/usr/bin/env bash
set -euo pipefail

VERSION="${1:?usage: release.sh X.Y.Z}"

if ! [[ "$VERSION" =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]]; then
  echo "invalid version: $VERSION" >&2
  exit 1
fi

if [ "$(git rev-parse --abbrev-ref HEAD)" = "main" ]; then
  # ... existing checks
else
  echo "releases must be cut from main" >&2
  exit 1
fi

sed -i "s/^version = \".*\"/version = \"${VERSION}\"/" Cargo.toml
cargo build --release
git commit -am "chore: release v${VERSION}"
git tag -s "v${VERSION}" -m "v${VERSION}"
echo "Tagged v${VERSION}; push with: git push --follow-tags"
''')

f(D, 'provision.sh', 'bash', 'function body replaced by the comment "# ... existing user setup", leaving an empty function body (syntax error)', r'''
#!/usr/bin/env bash
set -euo pipefail

DEPLOY_USER=deploy

configure_firewall() {
  ufw default deny incoming
  ufw default allow outgoing
  ufw allow OpenSSH
  ufw allow 80,443/tcp
  ufw --force enable
}

create_user() {
  # ... existing user setup
}

harden_ssh() {
  sed -i 's/^#\?PasswordAuthentication .*/PasswordAuthentication no/' /etc/ssh/sshd_config
  sed -i 's/^#\?PermitRootLogin .*/PermitRootLogin no/' /etc/ssh/sshd_config
  systemctl reload ssh
}

apt-get update && apt-get -y upgrade
configure_firewall
create_user
harden_ssh
''')

f(D, 'rotate-logs.sh', 'bash', 'bare "..." line standing for omitted steps (bash parses it as a command name, so bash -n accepts it)', r'''
#!/usr/bin/env bash
set -euo pipefail

LOG_DIR=/var/log/myapp
ARCHIVE_DIR=/var/log/myapp/archive
KEEP_DAYS=30

mkdir -p "$ARCHIVE_DIR"

for f in "$LOG_DIR"/*.log; do
  [ -s "$f" ] || continue
  gzip -c "$f" > "$ARCHIVE_DIR/$(basename "$f").$(date +%F).gz"
  : > "$f"
done

...

find "$ARCHIVE_DIR" -name '*.gz' -mtime +"$KEEP_DAYS" -delete
systemctl kill -s HUP myapp.service
''')

f(D, 'entrypoint.sh', 'sh', 'comment-only elision "# ... other commands as before" inside case (syntax valid)', r'''
#!/bin/sh
set -e

if [ -n "$DATABASE_URL" ]; then
  echo "waiting for database..."
  until pg_isready -d "$DATABASE_URL" >/dev/null 2>&1; do
    sleep 1
  done
fi

case "$1" in
  web)
    exec gunicorn app.wsgi:application --bind 0.0.0.0:8000 --workers "${WEB_CONCURRENCY:-3}"
    ;;
  worker)
    exec celery -A app worker --loglevel=info
    ;;
  # ... other commands as before
  *)
    exec "$@"
    ;;
esac
''')

f(D, 'migrate.sh', 'bash', 'loop body replaced by the comment "# ... apply each migration as before", leaving an empty do/done (syntax error)', r'''
#!/usr/bin/env bash
set -euo pipefail

MIGRATIONS_DIR=${MIGRATIONS_DIR:-./migrations}
PSQL=(psql -v ON_ERROR_STOP=1 --quiet "$DATABASE_URL")

"${PSQL[@]}" -c "CREATE TABLE IF NOT EXISTS schema_migrations (version text PRIMARY KEY, applied_at timestamptz DEFAULT now())"

applied=$("${PSQL[@]}" -At -c "SELECT version FROM schema_migrations")

pending=()
for file in "$MIGRATIONS_DIR"/*.sql; do
  version=$(basename "$file" .sql)
  grep -qx "$version" <<<"$applied" || pending+=("$file")
done

echo "${#pending[@]} pending migration(s)"
for file in "${pending[@]}"; do
  # ... apply each migration as before
done

echo "migrations up to date"
''')

f(D, 'ci.sh', 'bash', 'comment-only elision "# TODO: same as above for the remaining packages" (syntax valid)', r'''
#!/usr/bin/env bash
set -euo pipefail

ROOT=$(git rev-parse --show-toplevel)
cd "$ROOT"

echo "--- installing"
pnpm install --frozen-lockfile

echo "--- packages/core"
pnpm --filter @acme/core lint
pnpm --filter @acme/core test -- --run
pnpm --filter @acme/core build

# TODO: same as above for the remaining packages

echo "--- e2e"
pnpm --filter @acme/web exec playwright test --reporter=line
''')

f(D, 'bootstrap.sh', 'bash', 'bare "…" (U+2026) line where further case branches belong (syntax error inside case)', r'''
#!/usr/bin/env bash
set -euo pipefail

OS=$(uname -s)

case "$OS" in
  Linux)
    sudo apt-get update
    sudo apt-get install -y build-essential pkg-config libssl-dev
    ;;
  Darwin)
    xcode-select --install 2>/dev/null || true
    brew install openssl pkg-config
    ;;
  …
esac

if ! command -v rustup >/dev/null; then
  curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y
fi

rustup component add clippy rustfmt
echo "toolchain ready"
''')

f(D, 'healthcheck.sh', 'bash', 'comment-only elision "# (other checks as before)" (syntax valid)', r'''
#!/usr/bin/env bash
set -uo pipefail

FAIL=0

check() {
  local name=$1; shift
  if "$@" >/dev/null 2>&1; then
    echo "ok   $name"
  else
    echo "FAIL $name"
    FAIL=1
  fi
}

check "api http"      curl -fsS --max-time 3 http://127.0.0.1:8080/healthz
check "postgres"      pg_isready -h 127.0.0.1 -p 5432
# (other checks as before)
check "disk < 90%"    bash -c '[ "$(df --output=pcent / | tail -1 | tr -dc 0-9)" -lt 90 ]'

exit "$FAIL"
''')

f(D, 'sync.bash', 'bash', 'comment-only elision "# ... rest of the script unchanged" at the end, after the option parsing (syntax valid)', r'''
#!/usr/bin/env bash
set -euo pipefail

SRC=""
DEST=""
DRY_RUN=0

usage() {
  echo "usage: $0 -s SRC -d DEST [-n]" >&2
  exit 2
}

while getopts ":s:d:n" opt; do
  case $opt in
    s) SRC=$OPTARG ;;
    d) DEST=$OPTARG ;;
    n) DRY_RUN=1 ;;
    *) usage ;;
  esac
done

[ -n "$SRC" ] && [ -n "$DEST" ] || usage

# ... rest of the script unchanged
''')

f(D, 'build.sh', 'bash', 'comment-only elision "# <existing code>" for the packaging step (syntax valid)', r'''
#!/usr/bin/env bash
set -euo pipefail

VERSION=$(git describe --tags --always --dirty)
OUT=dist
TARGETS=(linux/amd64 linux/arm64 darwin/arm64)

rm -rf "$OUT" && mkdir -p "$OUT"

for target in "${TARGETS[@]}"; do
  os=${target%/*}
  arch=${target#*/}
  echo "building ${os}/${arch}"
  GOOS=$os GOARCH=$arch CGO_ENABLED=0 \
    go build -trimpath -ldflags "-s -w -X main.version=${VERSION}" \
    -o "${OUT}/tool-${os}-${arch}" ./cmd/tool
done

# <existing code>

(cd "$OUT" && sha256sum tool-* > SHA256SUMS)
''')

f(D, 'cleanup.sh', 'bash', 'comment-only elision "# ... existing cleanup" in place of the docker/cache cleanup (syntax valid)', r'''
#!/usr/bin/env bash
# Nightly cleanup on the CI runners
set -euo pipefail

echo "disk before:"
df -h /

# remove workspaces older than two days
find /srv/runner/_work -mindepth 1 -maxdepth 1 -type d -mtime +2 -exec rm -rf {} +

# ... existing cleanup

journalctl --vacuum-time=7d

echo "disk after:"
df -h /
''')

f(D, 'restore.sh', 'bash', 'bare "..." line for the omitted verification step (bash -n accepts it as a command)', r'''
#!/usr/bin/env bash
set -euo pipefail

DUMP="${1:?usage: restore.sh DUMP_FILE [DB_NAME]}"
DB="${2:-app_restore}"

if [ ! -f "$DUMP" ]; then
  echo "no such file: $DUMP" >&2
  exit 1
fi

dropdb --if-exists "$DB"
createdb "$DB"
pg_restore --no-owner --jobs=4 --dbname="$DB" "$DUMP"

...

echo "restored $DUMP into $DB"
''')
