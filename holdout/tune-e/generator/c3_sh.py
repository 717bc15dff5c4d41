from common import f
D = 'llm-chatter'

f(D, 'deploy.sh', 'bash', 'top: "Here is the updated deploy script:" prose line before the shebang', r'''
Here is the updated deploy script:

#!/usr/bin/env bash
set -euo pipefail

HOST=${DEPLOY_HOST:-app-01.example.com}
APP_DIR=/srv/blog

npm ci
npm run build

rsync -az --delete dist/ "deploy@${HOST}:${APP_DIR}/public/"
ssh "deploy@${HOST}" "sudo systemctl reload nginx"

echo "Deployed to ${HOST}"
''')

f(D, 'backup.sh', 'bash', 'end: "This script does the following:" followed by a numbered list', r'''
#!/usr/bin/env bash
set -euo pipefail

SRC=/var/lib/gitea
DEST=s3://acme-backups/gitea
STAMP=$(date +%Y%m%d)

systemctl stop gitea
tar -czf "/tmp/gitea-${STAMP}.tar.gz" -C "$SRC" .
systemctl start gitea

aws s3 cp "/tmp/gitea-${STAMP}.tar.gz" "${DEST}/gitea-${STAMP}.tar.gz" --storage-class STANDARD_IA
rm -f "/tmp/gitea-${STAMP}.tar.gz"

This script does the following:
1. Stops Gitea so the data directory is consistent
2. Archives the data directory into a dated tarball
3. Restarts Gitea and uploads the archive to S3
4. Removes the local copy
''')

f(D, 'install.sh', 'bash', 'end: "Let me know if you need any changes!" prose; no final newline', r'''
#!/usr/bin/env bash
set -euo pipefail

PREFIX=${PREFIX:-/usr/local}
VERSION=1.9.3
ARCH=$(uname -m)

case "$ARCH" in
  x86_64) ARCH=amd64 ;;
  aarch64|arm64) ARCH=arm64 ;;
  *) echo "unsupported arch: $ARCH" >&2; exit 1 ;;
esac

URL="https://downloads.example.com/tool/${VERSION}/tool-linux-${ARCH}.tar.gz"
curl -fsSL "$URL" | tar -xz -C /tmp
install -m 0755 /tmp/tool "${PREFIX}/bin/tool"
tool --version

Let me know if you need any changes!''', nl=False)

f(D, 'setup.sh', 'bash', 'top (after shebang): commented chatter "# Here\'s the updated setup script with error handling added:"', r'''
#!/usr/bin/env bash
# Here's the updated setup script with error handling added:
set -euo pipefail

trap 'echo "setup failed on line $LINENO" >&2' ERR

if ! command -v node >/dev/null; then
  echo "node is required" >&2
  exit 1
fi

corepack enable
pnpm install
cp -n .env.example .env.local || true
pnpm prisma migrate dev --skip-seed
pnpm prisma db seed

echo "All set. Start the app with: pnpm dev"
''')

f(D, 'rotate.sh', 'bash', 'middle: markdown "**Note:** ..." line between commands (bash -n sees a glob command)', r'''
#!/usr/bin/env bash
set -euo pipefail

CERT_DIR=/etc/ssl/acme
DOMAINS=(api.example.com www.example.com)

for domain in "${DOMAINS[@]}"; do
  certbot certonly --webroot -w /var/www/certbot -d "$domain" --non-interactive --keep-until-expiring
done

**Note:** certbot must already be registered with an account email for this to work.

cp /etc/letsencrypt/live/api.example.com/fullchain.pem "$CERT_DIR/api.crt"
cp /etc/letsencrypt/live/api.example.com/privkey.pem "$CERT_DIR/api.key"
chmod 600 "$CERT_DIR"/*.key

nginx -t && systemctl reload nginx
''')

f(D, 'release.sh', 'bash', 'end: "I\'ve added a --dry-run flag ..." prose (apostrophe opens an unterminated quote)', r'''
#!/usr/bin/env bash
set -euo pipefail

DRY_RUN=0
[ "${1:-}" = "--dry-run" ] && DRY_RUN=1

run() {
  if [ "$DRY_RUN" -eq 1 ]; then
    echo "+ $*"
  else
    "$@"
  fi
}

VERSION=$(node -p "require('./package.json').version")
run npm publish --access public
run git tag "v${VERSION}"
run git push origin "v${VERSION}"

I've added a --dry-run flag so you can see what would happen without publishing anything.
''')

f(D, 'healthcheck.sh', 'bash', 'top: "Sure! Below is a health check script for your service." prose before the shebang', r'''
Sure! Below is a health check script for your service.

#!/bin/sh
URL=${HEALTH_URL:-http://127.0.0.1:8080/healthz}
RETRIES=${RETRIES:-5}

i=0
while [ "$i" -lt "$RETRIES" ]; do
  if curl -fsS --max-time 2 "$URL" >/dev/null; then
    echo "healthy"
    exit 0
  fi
  i=$((i + 1))
  sleep 2
done

echo "unhealthy after $RETRIES attempts" >&2
exit 1
''')

f(D, 'migrate.sh', 'bash', 'end: commented chatter "# Let me know if you\'d like me to add rollback support." (shell comment, parses)', r'''
#!/usr/bin/env bash
set -euo pipefail

: "${DATABASE_URL:?DATABASE_URL must be set}"

echo "Running migrations against ${DATABASE_URL%%@*}@..."
npx knex migrate:latest --env production

echo "Current migration status:"
npx knex migrate:status --env production

if [ "${SEED:-0}" = "1" ]; then
  npx knex seed:run --env production
fi

# Let me know if you'd like me to add rollback support.
''')

f(D, 'entrypoint.sh', 'bash', 'top and bottom: markdown ```bash / ``` code fences around the script with an intro sentence', r'''
Here's the entrypoint:

```bash
#!/usr/bin/env bash
set -e

if [ "$1" = "migrate" ]; then
  exec alembic upgrade head
fi

if [ -z "$PORT" ]; then
  PORT=8000
fi

exec uvicorn app.main:app --host 0.0.0.0 --port "$PORT" --proxy-headers
```
''')

f(D, 'cleanup.sh', 'bash', 'middle: commented chatter "# As you requested, I\'ve changed the retention to 14 days. Here\'s the rest of the script:"', r'''
#!/usr/bin/env bash
set -euo pipefail

BUCKET=acme-ci-artifacts
PREFIX=builds/

# As you requested, I've changed the retention to 14 days. Here's the rest of the script:
RETENTION_DAYS=14
CUTOFF=$(date -d "-${RETENTION_DAYS} days" +%Y-%m-%d)

aws s3api list-objects-v2 --bucket "$BUCKET" --prefix "$PREFIX" \
  --query "Contents[?LastModified<'${CUTOFF}'].Key" --output text |
  tr '\t' '\n' |
  grep -v '^None$' |
  while read -r key; do
    aws s3 rm "s3://${BUCKET}/${key}"
  done

echo "removed artifacts older than ${CUTOFF}"
''')

f(D, 'sync.sh', 'bash', 'end: "**Note:** You\'ll need to set AWS_PROFILE ..." prose (apostrophe opens an unterminated quote)', r'''
#!/usr/bin/env bash
set -euo pipefail

SRC=./public
BUCKET=s3://www.example.com
DISTRIBUTION_ID=E2QWRUHAPOMQZL

aws s3 sync "$SRC" "$BUCKET" \
  --delete \
  --cache-control "public, max-age=300" \
  --exclude "*.map"

aws cloudfront create-invalidation \
  --distribution-id "$DISTRIBUTION_ID" \
  --paths "/*"

**Note:** You'll need to set AWS_PROFILE or the usual AWS_* environment variables before running this.
''')

f(D, 'build.sh', 'bash', 'top: "Certainly! Here\'s a build script that ..." prose before the shebang (apostrophe opens an unterminated quote)', r'''
Certainly! Here's a build script that compiles the frontend and bundles it into the Go binary.

#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

echo "building web assets"
(cd web && npm ci && npm run build)

rm -rf internal/ui/dist
cp -r web/dist internal/ui/dist

echo "building server"
go build -o bin/server -ldflags "-X main.commit=$(git rev-parse --short HEAD)" ./cmd/server
ls -lh bin/server
''')

f(D, 'ci.sh', 'bash', 'end: "This script does the following:" followed by a numbered list; no final newline', r'''
#!/usr/bin/env bash
set -euo pipefail

cargo fmt --all -- --check
cargo clippy --all-targets --all-features -- -D warnings
cargo test --all-features --workspace
cargo doc --no-deps --workspace

if [ "${CI:-}" = "true" ]; then
  cargo install cargo-audit --locked
  cargo audit
fi

This script does the following:
1. Checks formatting with rustfmt
2. Runs clippy with warnings as errors
3. Runs the full test suite and builds the docs
4. Runs cargo-audit on CI''', nl=False)

f(D, 'provision.sh', 'bash', 'middle: "Here is the rest of the script:" prose line splitting the script', r'''
#!/usr/bin/env bash
set -euo pipefail

export DEBIAN_FRONTEND=noninteractive

apt-get update
apt-get install -y ca-certificates curl gnupg

install -m 0755 -d /etc/apt/keyrings
curl -fsSL https://download.docker.com/linux/debian/gpg | gpg --dearmor -o /etc/apt/keyrings/docker.gpg

Here is the rest of the script:

echo "deb [arch=$(dpkg --print-architecture) signed-by=/etc/apt/keyrings/docker.gpg] https://download.docker.com/linux/debian $(. /etc/os-release && echo "$VERSION_CODENAME") stable" \
  > /etc/apt/sources.list.d/docker.list

apt-get update
apt-get install -y docker-ce docker-ce-cli containerd.io docker-compose-plugin
usermod -aG docker "${SUDO_USER:-admin}"
systemctl enable --now docker
''')

f(D, 'restore.sh', 'bash', 'end: "I hope this helps! Let me know if you run into any issues." prose', r'''
#!/usr/bin/env bash
set -euo pipefail

SNAPSHOT="${1:?usage: restore.sh SNAPSHOT_ID}"
TARGET=/srv/data

systemctl stop minio

restic -r "s3:https://s3.example.com/acme-restic" restore "$SNAPSHOT" \
  --target /tmp/restore \
  --include /srv/data

rsync -a --delete /tmp/restore/srv/data/ "$TARGET/"
chown -R minio-user:minio-user "$TARGET"
rm -rf /tmp/restore

systemctl start minio

I hope this helps! Let me know if you run into any issues.
''')

f(D, 'monitor.sh', 'bash', 'end: commented explanation addressed to the user ("# Explanation: ... I\'ve used ... Let me know ...")', r'''
#!/usr/bin/env bash
set -euo pipefail

THRESHOLD=${THRESHOLD:-85}
WEBHOOK=${SLACK_WEBHOOK:?SLACK_WEBHOOK is required}

df -P -x tmpfs -x devtmpfs | awk 'NR > 1 {print $5, $6}' | while read -r pct mount; do
  used=${pct%\%}
  if [ "$used" -ge "$THRESHOLD" ]; then
    curl -fsS -X POST -H 'Content-Type: application/json' \
      -d "{\"text\": \"$(hostname): ${mount} is at ${used}%\"}" \
      "$WEBHOOK" >/dev/null
  fi
done

# Explanation:
# - I've used `df -P` so the output format is stable across distros.
# - tmpfs and devtmpfs are excluded because they are not real disks.
# Let me know if you'd like it to post to a different channel.
''')
