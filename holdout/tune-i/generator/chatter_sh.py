from common import F

L = "llm-chatter"
S = "shell"

FILES = [
F(L, "install.sh", S, r'''
Here's the updated install script:

#!/bin/sh
set -eu

VERSION="${VERSION:-1.8.2}"
PREFIX="${PREFIX:-/usr/local}"
OS="$(uname -s | tr '[:upper:]' '[:lower:]')"
ARCH="$(uname -m)"

case "$ARCH" in
  x86_64) ARCH=amd64 ;;
  aarch64|arm64) ARCH=arm64 ;;
  *) echo "unsupported architecture: $ARCH" >&2; exit 1 ;;
esac

URL="https://github.com/acme/tool/releases/download/v${VERSION}/tool_${OS}_${ARCH}.tar.gz"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

curl -fsSL "$URL" | tar -xz -C "$TMP"
install -m 0755 "$TMP/tool" "$PREFIX/bin/tool"
echo "installed tool $VERSION to $PREFIX/bin"
''', "intro sentence above the shebang, outside comments",
  mark="Here's the updated install script:", kind="chat-prose"),

F(L, "docker/entrypoint.sh", S, r'''
#!/bin/sh
# As requested, I switched this from bash to plain sh so it runs on the
# Alpine image without installing bash.
set -e

if [ -n "$WAIT_FOR" ]; then
  host="${WAIT_FOR%:*}"
  port="${WAIT_FOR#*:}"
  echo "waiting for $host:$port"
  i=0
  until nc -z "$host" "$port"; do
    i=$((i + 1))
    if [ "$i" -ge 60 ]; then
      echo "timed out waiting for $host:$port" >&2
      exit 1
    fi
    sleep 1
  done
fi

if [ "$1" = "serve" ]; then
  exec node dist/server.js
fi

exec "$@"
''', "comment addressed to the user about their request (still valid sh)",
  mark="# As requested, I switched", kind="chat-comment"),

F(L, "scripts/backup.sh", S, r'''
#!/usr/bin/env bash
set -euo pipefail

SRC_DIRS=(/etc /home /var/www)
DEST="/mnt/backup"
STAMP="$(date +%F)"
ARCHIVE="$DEST/backup-$STAMP.tar.zst"

mkdir -p "$DEST"

tar --zstd -cpf "$ARCHIVE" \
  --exclude='*/node_modules' \
  --exclude='*/.cache' \
  "${SRC_DIRS[@]}"

sha256sum "$ARCHIVE" >"$ARCHIVE.sha256"

# keep the last 10 archives
ls -1t "$DEST"/backup-*.tar.zst | tail -n +11 | xargs -r rm -f

echo "backup written to $ARCHIVE"

Let me know if you'd like me to add an S3 upload step as well!
''', "closing offer after the script, outside comments",
  mark="Let me know if you'd like me", kind="chat-prose"),

F(L, "scripts/ci/test.sh", S, r'''
#!/usr/bin/env bash
set -euo pipefail

# This fixes the "TEST_SHARD: unbound variable" error you were seeing on
# forks: the variable now defaults to 1/1 when CI doesn't provide it.
TEST_SHARD="${TEST_SHARD:-1/1}"

cd "$(dirname "$0")/../.."

echo "--- installing"
npm ci --prefer-offline

echo "--- unit tests (shard $TEST_SHARD)"
npx jest --ci --shard="$TEST_SHARD" --reporters=default --reporters=jest-junit

echo "--- type check"
npx tsc --noEmit

if [[ "${CI:-}" == "true" ]]; then
  echo "--- uploading coverage"
  npx codecov -f coverage/lcov.info || echo "coverage upload failed (non-fatal)"
fi
''', "comment referring to the error the user was seeing (still valid bash)",
  mark="This fixes the", kind="chat-comment"),

F(L, "scripts/deploy.sh", S, r'''
#!/bin/bash
set -euo pipefail

ENVIRONMENT="${1:?usage: deploy.sh <staging|production>}"
TAG="$(git rev-parse --short HEAD)"
IMAGE="registry.acme.io/web:${TAG}"

docker build -t "$IMAGE" .
docker push "$IMAGE"

helm upgrade --install web ./charts/web \
  --namespace "$ENVIRONMENT" \
  --set image.tag="$TAG" \
  --values "charts/web/values-${ENVIRONMENT}.yaml" \
  --wait --timeout 5m

echo "deployed $IMAGE to $ENVIRONMENT"

Changes:
- The environment is now a required argument instead of being hard-coded
- Images are tagged with the short commit SHA
- `helm upgrade --install` waits for the rollout to finish
''', "'Changes:' bullet list after the script, outside comments",
  mark="Changes:", kind="chat-prose"),

F(L, "scripts/setup.sh", S, r'''
### setup.sh

#!/usr/bin/env bash
set -euo pipefail

PYTHON="${PYTHON:-python3}"

if ! command -v "$PYTHON" >/dev/null; then
  echo "python3 is required" >&2
  exit 1
fi

"$PYTHON" -m venv .venv
# shellcheck disable=SC1091
source .venv/bin/activate
pip install --upgrade pip
pip install -r requirements-dev.txt
pre-commit install

echo "done — activate with: source .venv/bin/activate"

**Usage:** run `./scripts/setup.sh` from the repo root. Set `PYTHON=python3.12` if you have several versions installed.
''', "markdown heading before the shebang and bold 'Usage:' text after the script",
  mark="### setup.sh", also=["**Usage:**"], kind="chat-prose"),

F(L, "scripts/rotate-logs.sh", S, r'''
#!/usr/bin/env bash
# Updated per your feedback — it now compresses instead of deleting, and the
# retention is configurable.
set -euo pipefail

LOG_DIR="${LOG_DIR:-/var/log/app}"
RETAIN_DAYS="${RETAIN_DAYS:-30}"

shopt -s nullglob

for f in "$LOG_DIR"/*.log; do
  [[ -s "$f" ]] || continue
  ts="$(date +%Y%m%d%H%M%S)"
  mv "$f" "$f.$ts"
  gzip -9 "$f.$ts"
done

find "$LOG_DIR" -name '*.log.*.gz' -mtime "+$RETAIN_DAYS" -delete

# reopen log files
if [[ -f /run/app.pid ]]; then
  kill -USR1 "$(cat /run/app.pid)"
fi
''', "comment addressed to the user about their feedback (still valid bash)",
  mark="Updated per your feedback", kind="chat-comment"),

F(L, "bin/healthcheck.sh", S, r'''
#!/usr/bin/env bash
set -uo pipefail

URL="${HEALTH_URL:-http://127.0.0.1:8080/healthz}"
TIMEOUT="${HEALTH_TIMEOUT:-3}"

status="$(curl -s -o /dev/null -w '%{http_code}' --max-time "$TIMEOUT" "$URL")"

Note: curl returns 000 when the connection itself fails, so we treat that the
same as a 5xx below instead of letting the script exit early.

if [[ "$status" == "200" ]]; then
  exit 0
fi

if [[ "$status" == "000" || "$status" =~ ^5 ]]; then
  echo "unhealthy: $URL returned $status" >&2
  exit 1
fi

echo "unexpected status $status from $URL" >&2
exit 1
''', "'Note:' paragraph in the middle of the script, outside comments",
  mark="Note: curl returns 000", kind="chat-prose"),

F(L, "scripts/db-migrate.sh", S, r'''
#!/usr/bin/env bash
set -euo pipefail

: "${DATABASE_URL:?DATABASE_URL must be set}"

echo "Checking database connectivity..."
for i in {1..30}; do
  if psql "$DATABASE_URL" -c 'select 1' >/dev/null 2>&1; then
    break
  fi
  sleep 2
done

Next, we run the migrations. `--strict` makes the tool stop on the first failing file:

npx node-pg-migrate up --strict --migrations-dir db/migrations

echo "Migrations applied."
''', "walkthrough sentence between two sections of the script, outside comments",
  mark="Next, we run the migrations.", kind="chat-prose"),

F(L, "scripts/release.sh", S, r'''
#!/usr/bin/env bash
set -euo pipefail

VERSION="${1:?usage: release.sh X.Y.Z}"

if ! [[ "$VERSION" =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]]; then
  echo "version must look like 1.2.3" >&2
  exit 1
fi

# I kept your original tag format (release-X.Y.Z) rather than switching to
# vX.Y.Z, since your deploy pipeline matches on it.
TAG="release-${VERSION}"

git fetch --tags
if git rev-parse "$TAG" >/dev/null 2>&1; then
  echo "tag $TAG already exists" >&2
  exit 1
fi

sed -i.bak "s/^version = \".*\"/version = \"${VERSION}\"/" Cargo.toml && rm Cargo.toml.bak
cargo check --quiet
git commit -am "Release ${VERSION}"
git tag -a "$TAG" -m "Release ${VERSION}"
git push origin HEAD "$TAG"
''', "comment addressed to the user about keeping their tag format (still valid bash)",
  mark="I kept your original tag format", kind="chat-comment"),

F(L, "scripts/cleanup-docker.sh", S, r'''
Sure! Below is a POSIX `sh` version of the cleanup script, so it also works on BusyBox:

#!/bin/sh
set -eu

DAYS="${1:-7}"
HOURS=$((DAYS * 24))

echo "Removing stopped containers older than ${DAYS}d"
docker container prune --force --filter "until=${HOURS}h"

echo "Removing dangling images"
docker image prune --force

echo "Removing unused images older than ${DAYS}d"
docker image prune --all --force --filter "until=${HOURS}h"

echo "Removing unused volumes"
docker volume prune --force

docker system df
''', "intro sentence above the shebang, outside comments",
  mark="Sure! Below is a POSIX", kind="chat-prose"),

F(L, "ci/build-image.sh", S, r'''
#!/usr/bin/env bash
set -euo pipefail

VERSION="${1:?usage: build-image.sh <version>}"
IMAGE="ghcr.io/acme/api"
PLATFORMS="linux/amd64,linux/arm64"

docker buildx create --use --name acme-builder >/dev/null 2>&1 || docker buildx use acme-builder

docker buildx build \
  --platform "$PLATFORMS" \
  --build-arg VERSION="$VERSION" \
  --label org.opencontainers.image.version="$VERSION" \
  --label org.opencontainers.image.revision="$(git rev-parse HEAD)" \
  --tag "$IMAGE:$VERSION" \
  --tag "$IMAGE:latest" \
  --push \
  .

echo "pushed $IMAGE:$VERSION"

That's it! Run it with `./ci/build-image.sh v1.2.3` and both tags will be pushed.''', "closing remark after the script, outside comments",
  mark="That's it!", kind="chat-prose"),

F(L, "scripts/wait-for-it.sh", S, r'''
#!/bin/sh
# Rewritten as you asked: no bash-isms, so it works with dash and BusyBox ash.
# Usage: wait-for-it.sh host:port [timeout] -- command args...

target="$1"
shift
timeout=30
if [ "$#" -gt 0 ] && [ "$1" != "--" ]; then
  timeout="$1"
  shift
fi
[ "${1:-}" = "--" ] && shift

host="${target%:*}"
port="${target#*:}"

start=$(date +%s)
while ! nc -z "$host" "$port" 2>/dev/null; do
  now=$(date +%s)
  if [ $((now - start)) -ge "$timeout" ]; then
    echo "timeout after ${timeout}s waiting for $target" >&2
    exit 1
  fi
  sleep 1
done

[ "$#" -gt 0 ] && exec "$@"
exit 0
''', "comment addressed to the user about rewriting the script as asked (still valid sh)",
  mark="Rewritten as you asked", kind="chat-comment"),

F(L, "scripts/install-deps.sh", S, r'''
What I changed:
1. Added `--no-install-recommends` to keep the image small
2. Cleaned the apt lists in the same layer
3. Pinned the Node major version via NodeSource

#!/usr/bin/env bash
set -euo pipefail

export DEBIAN_FRONTEND=noninteractive

apt-get update
apt-get install -y --no-install-recommends \
  build-essential \
  ca-certificates \
  curl \
  git \
  libpq-dev

curl -fsSL https://deb.nodesource.com/setup_20.x | bash -
apt-get install -y --no-install-recommends nodejs

rm -rf /var/lib/apt/lists/*
node --version
''', "'What I changed:' numbered list above the shebang, outside comments",
  mark="What I changed:", kind="chat-prose"),

F(L, "scripts/bootstrap-node.sh", S, r'''
#!/usr/bin/env bash
set -euo pipefail

NODE_NAME="${1:?node name required}"
K3S_URL="${K3S_URL:?set K3S_URL}"
K3S_TOKEN="${K3S_TOKEN:?set K3S_TOKEN}"

hostnamectl set-hostname "$NODE_NAME"
swapoff -a
sed -i '/ swap / s/^/#/' /etc/fstab

**Important:** the next step joins the node to the cluster. Double-check that
`K3S_URL` points at the server and not at a load balancer in front of it.

curl -sfL https://get.k3s.io | K3S_URL="$K3S_URL" K3S_TOKEN="$K3S_TOKEN" sh -s - agent \
  --node-name "$NODE_NAME" \
  --node-label "role=worker"

systemctl enable --now k3s-agent
echo "$NODE_NAME joined $K3S_URL"
''', "bold 'Important:' paragraph in the middle of the script, outside comments",
  mark="**Important:**", kind="chat-prose"),

F(L, "scripts/sync-env.sh", S, r'''
#!/usr/bin/env bash
# Copy missing keys from .env.example into .env without touching existing values.
set -euo pipefail

EXAMPLE=".env.example"
TARGET=".env"

touch "$TARGET"
added=0

while IFS= read -r line || [[ -n "$line" ]]; do
  [[ -z "$line" || "$line" == \#* ]] && continue
  key="${line%%=*}"
  if ! grep -q "^${key}=" "$TARGET"; then
    echo "$line" >>"$TARGET"
    echo "added $key"
    added=$((added + 1))
  fi
done <"$EXAMPLE"

echo "$added key(s) added to $TARGET"

Hope this helps! 🙂
''', "closing remark after the script, outside comments",
  mark="Hope this helps!", kind="chat-prose"),

F(L, "scripts/gen-certs.sh", S, r'''
#!/usr/bin/env bash
# You mentioned you're on macOS, so I used the LibreSSL-compatible flags here
# and avoided `-addext`, which your openssl version doesn't support.
set -euo pipefail

OUT="${1:-./certs}"
DAYS=825
mkdir -p "$OUT"

openssl genrsa -out "$OUT/ca.key" 4096
openssl req -x509 -new -nodes -key "$OUT/ca.key" -sha256 -days "$DAYS" \
  -subj "/CN=Local Dev CA" -out "$OUT/ca.crt"

openssl genrsa -out "$OUT/localhost.key" 2048
openssl req -new -key "$OUT/localhost.key" -subj "/CN=localhost" -out "$OUT/localhost.csr"

cat >"$OUT/localhost.ext" <<EOF
subjectAltName = DNS:localhost, IP:127.0.0.1
EOF

openssl x509 -req -in "$OUT/localhost.csr" -CA "$OUT/ca.crt" -CAkey "$OUT/ca.key" \
  -CAcreateserial -out "$OUT/localhost.crt" -days "$DAYS" -sha256 -extfile "$OUT/localhost.ext"

echo "certificates written to $OUT"
''', "comment referring to what the user mentioned about their machine (still valid bash)",
  mark="You mentioned you're on macOS", kind="chat-comment"),

F(L, "scripts/restore.sh", S, r'''
Here is the corrected version of your restore script. The issue was that `pg_restore` was
running before the database had been recreated, so it failed on the first CREATE TABLE.

#!/usr/bin/env bash
set -euo pipefail

DUMP="${1:?usage: restore.sh <dump-file>}"
DB="${DB_NAME:-app}"

[[ -f "$DUMP" ]] || { echo "no such file: $DUMP" >&2; exit 1; }

dropdb --if-exists "$DB"
createdb "$DB"

pg_restore --no-owner --no-privileges --jobs=4 --dbname="$DB" "$DUMP"

psql -d "$DB" -c 'ANALYZE;'
echo "restored $DUMP into $DB"
''', "intro paragraph explaining the fix above the shebang, outside comments",
  mark="Here is the corrected version", kind="chat-prose"),

F(L, ".husky/pre-push", S, r'''
#!/bin/sh
. "$(dirname "$0")/_/husky.sh"

branch="$(git rev-parse --abbrev-ref HEAD)"
echo "pre-push: running checks for $branch"

npm run lint --silent
npm run typecheck --silent
npm test --silent -- --bail

If you want, I can also add a check that blocks direct pushes to `main`.
''', "closing offer after the hook, outside comments",
  mark="If you want, I can also add", kind="chat-prose"),

F(L, "scripts/monitor.sh", S, r'''
#!/usr/bin/env bash
set -uo pipefail

THRESHOLD="${THRESHOLD:-90}"
WEBHOOK="${SLACK_WEBHOOK:?set SLACK_WEBHOOK}"

alert() {
  curl -fsS -X POST -H 'Content-Type: application/json' \
    -d "{\"text\": \"$(hostname): $1\"}" "$WEBHOOK" >/dev/null
}

df -P -x tmpfs -x devtmpfs | awk 'NR > 1 {print $5, $6}' | while read -r pct mount; do
  usage="${pct%\%}"
  if ((usage >= THRESHOLD)); then
    alert "disk ${mount} at ${usage}%"
  fi
done

Explanation:
1. `df -P` gives stable, one-line-per-filesystem output that is easy to parse.
2. tmpfs and devtmpfs are skipped because they are memory-backed.
3. Each filesystem over the threshold triggers a separate Slack message.
''', "'Explanation:' numbered list after the script, outside comments",
  mark="Explanation:", kind="chat-prose"),
]
