from common import add

L = "llm-chatter"
S = "shell"


def p(path, body, marks, what, nl=True):
    add(L, path, S, body, what, marks, nl, kind="prose")


def md(path, body, marks, what, nl=True):
    add(L, path, S, body, what, marks, nl, kind="markdown")


def cm(path, body, marks, what, nl=True):
    add(L, path, S, body, what, marks, nl, kind="comment")


# ---------- plain prose lines (10) ----------
p("scripts/wait-for-db.sh", r'''
Here's the fixed script:
#!/usr/bin/env bash
set -euo pipefail

HOST="${DB_HOST:-localhost}"
PORT="${DB_PORT:-5432}"
TIMEOUT="${WAIT_TIMEOUT:-60}"

echo "waiting for postgres at ${HOST}:${PORT}"
for ((i = 0; i < TIMEOUT; i++)); do
  if pg_isready -h "$HOST" -p "$PORT" >/dev/null 2>&1; then
    echo "postgres is ready"
    exec "$@"
  fi
  sleep 1
done

echo "gave up after ${TIMEOUT}s" >&2
exit 1
''', ["Here's the fixed script:"], "prose intro line 'Here's the fixed script:' at line {0}, before the shebang")

p("scripts/fetch-artifacts.sh", r'''
#!/usr/bin/env bash
set -euo pipefail

ARTIFACT_URL="${1:?usage: fetch-artifacts.sh <url>}"
DEST="${2:-./artifacts}"
MAX_ATTEMPTS=5

mkdir -p "$DEST"

attempt=1
until curl -fSL --retry-connrefused -o "$DEST/bundle.tar.gz" "$ARTIFACT_URL"; do
  if (( attempt >= MAX_ATTEMPTS )); then
    echo "download failed after $attempt attempts" >&2
    exit 1
  fi
  sleep $(( attempt * 2 ))
  attempt=$(( attempt + 1 ))
done

tar -xzf "$DEST/bundle.tar.gz" -C "$DEST"
echo "artifacts unpacked into $DEST"

This version adds retry logic.
''', ["This version adds retry logic."], "trailing prose line 'This version adds retry logic.' at line {0} (shell reads it as a command)")

p("install.sh", r'''
Sure, here is an updated install script that detects the OS
#!/bin/sh
set -e

REPO="acme/hoist"
VERSION="${HOIST_VERSION:-latest}"
BIN_DIR="${BIN_DIR:-/usr/local/bin}"

os=$(uname -s)
case "$os" in
  Linux) os=linux ;;
  Darwin) os=darwin ;;
  *) echo "unsupported OS: $os" >&2; exit 1 ;;
esac

if [ "$VERSION" = "latest" ]; then
  url="https://github.com/$REPO/releases/latest/download/hoist-$os-amd64"
else
  url="https://github.com/$REPO/releases/download/$VERSION/hoist-$os-amd64"
fi

curl -fsSL "$url" -o /tmp/hoist
install -m 0755 /tmp/hoist "$BIN_DIR/hoist"
echo "hoist installed to $BIN_DIR/hoist"
''', ["Sure, here is an updated install script"], "prose intro line 'Sure, here is an updated install script that detects the OS' at line {0}")

p("scripts/open-url.sh", r'''
Below is a version that works on both macOS and Linux
#!/usr/bin/env bash
set -eu

url="${1:?usage: open-url.sh <url>}"

if command -v xdg-open >/dev/null 2>&1; then
  xdg-open "$url" >/dev/null 2>&1 &
elif command -v open >/dev/null 2>&1; then
  open "$url"
elif command -v wslview >/dev/null 2>&1; then
  wslview "$url"
else
  echo "no browser opener found; visit $url manually" >&2
  exit 1
fi
''', ["Below is a version that works"], "prose intro line 'Below is a version that works on both macOS and Linux' at line {0}")

p("scripts/compose-up.sh", r'''
#!/usr/bin/env bash
set -euo pipefail

if ! docker info >/dev/null 2>&1; then
  echo "docker daemon is not running; start Docker Desktop or dockerd first" >&2
  exit 1
fi

PROFILE="${1:-default}"
export COMPOSE_PROFILES="$PROFILE"

docker compose pull --quiet
docker compose up -d --remove-orphans
docker compose ps

The script now exits early if docker is not running.
''', ["The script now exits early"], "trailing prose line 'The script now exits early if docker is not running.' at line {0}")

p("scripts/setup-firewall.sh", r'''
#!/bin/bash
set -euo pipefail

if [ "$(id -u)" -ne 0 ]; then
  echo "run as root" >&2
  exit 1
fi

ufw --force reset
ufw default deny incoming
ufw default allow outgoing
ufw allow 22/tcp comment 'ssh'
ufw allow 80/tcp comment 'http'
ufw allow 443/tcp comment 'https'
ufw limit 22/tcp
ufw --force enable
ufw status verbose

Just run it with sudo and it should work.
''', ["Just run it with sudo"], "trailing prose line 'Just run it with sudo and it should work.' at line {0}")

p("backup/pg-backup.sh", r'''
Updated backup script with rotation:

#!/usr/bin/env bash
set -euo pipefail

BACKUP_DIR=/var/backups/postgres
RETENTION_DAYS=10
STAMP=$(date +%Y-%m-%d_%H%M)

mkdir -p "$BACKUP_DIR"

for db in $(psql -U postgres -Atc "SELECT datname FROM pg_database WHERE datistemplate = false"); do
  pg_dump -U postgres -Fc "$db" > "$BACKUP_DIR/${db}_${STAMP}.dump"
done

find "$BACKUP_DIR" -name '*.dump' -mtime +"$RETENTION_DAYS" -print -delete
''', ["Updated backup script with rotation:"], "prose intro line 'Updated backup script with rotation:' at line {0}")

p("scripts/cert-renew.sh", r'''
#!/usr/bin/env bash
set -euo pipefail

DOMAINS=(example.com www.example.com api.example.com)
WEBROOT=/var/www/letsencrypt

args=()
for d in "${DOMAINS[@]}"; do
  args+=(-d "$d")
done

certbot certonly --webroot -w "$WEBROOT" "${args[@]}" \
  --non-interactive --agree-tos -m ops@example.com --keep-until-expiring

systemctl reload nginx

You can now call it from cron like this
0 3 * * * /usr/local/bin/cert-renew.sh >> /var/log/cert-renew.log 2>&1
''', ["You can now call it from cron", "0 3 * * *"], "trailing prose line 'You can now call it from cron like this' at line {0} followed by a crontab line at line {1}")

p("scripts/import-users.sh", r'''
#!/usr/bin/env bash
set -euo pipefail

CSV="${1:?usage: import-users.sh users.csv}"
API="${API_URL:-http://localhost:8080}"

create_user() {
  local email="$1" name="$2" role="$3"
  curl -fsS -X POST "$API/admin/users" \
    -H "Authorization: Bearer $ADMIN_TOKEN" \
    -H 'Content-Type: application/json' \
    -d "{\"email\":\"$email\",\"name\":\"$name\",\"role\":\"$role\"}" >/dev/null
}

I changed the loop so that it reads the file line by line
tail -n +2 "$CSV" | while IFS=, read -r email name role; do
  create_user "$email" "$name" "${role:-member}"
  echo "imported $email"
done
''', ["I changed the loop so that it reads"], "prose line 'I changed the loop so that it reads the file line by line' at line {0}, mid-script")

p("scripts/clean-docker.sh", r'''
#!/bin/sh
set -eu

echo "Disk usage before:"
docker system df

docker container prune -f --filter "until=24h"
docker image prune -af --filter "until=168h"
docker volume prune -f
docker builder prune -af --keep-storage 10GB

echo "Disk usage after:"
docker system df

Hope this helps! Let me know if you run into any issues.
''', ["Hope this helps!"], "trailing prose line 'Hope this helps! Let me know if you run into any issues.' at line {0}")

# ---------- markdown-style chatter (6) ----------
md("scripts/gen-changelog.sh", r'''
#!/usr/bin/env bash
# Prints release notes in markdown for the commits since the last tag.
set -euo pipefail

if ! git rev-parse --git-dir >/dev/null 2>&1; then
  echo "not inside a git repository" >&2
  exit 1
fi

FROM_TAG="$(git describe --tags --abbrev=0 2>/dev/null || git rev-list --max-parents=0 HEAD)"
TO_REF="${1:-HEAD}"

echo "## Changes since ${FROM_TAG}"
echo
git log --no-merges --pretty=format:'- %s (%h)' "${FROM_TAG}..${TO_REF}" \
  | grep -Ev '^- (chore|ci|docs)(\(.*\))?:' || true
echo

**Note:** make sure `jq` is installed, and run this from the repository root.
''', ["**Note:**"], "'**Note:**' line at line {0} after the script")

md("scripts/healthcheck.sh", r'''
#!/usr/bin/env bash
set -uo pipefail

URLS=(
  "https://example.com/healthz"
  "https://api.example.com/healthz"
  "https://status.example.com"
)

failed=0
for url in "${URLS[@]}"; do
  code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$url")
  if [ "$code" != "200" ]; then
    echo "DOWN $url ($code)"
    failed=1
  else
    echo "UP   $url"
  fi
done
exit "$failed"

Key points:
- Uses `set -uo pipefail` but not `-e`, so one failing URL does not stop the loop
- Each request has a 10 second timeout
- Exit code is 1 if any endpoint is down
''', ["Key points:", "- Uses `set -uo pipefail`"], "prose 'Key points:' at line {0} and a markdown bullet list from line {1}")

md("scripts/rename-branches.sh", r'''
#!/usr/bin/env bash
set -euo pipefail

OLD="${1:-master}"
NEW="${2:-main}"

git fetch --prune origin
git branch -m "$OLD" "$NEW"
git push -u origin "$NEW"
git symbolic-ref refs/remotes/origin/HEAD "refs/remotes/origin/$NEW"
git push origin --delete "$OLD"

### Explanation

This renames the local branch, pushes the new one and sets it as upstream,
then deletes the old branch from the remote. You'll still need to change
the default branch in the repository settings on GitHub.
''', ["### Explanation", "This renames the local branch"], "markdown heading '### Explanation' at line {0} (a shell comment) followed by prose from line {1}")

md("setup.sh", r'''
#!/usr/bin/env bash
set -euo pipefail

python3 -m venv .venv
# shellcheck disable=SC1091
source .venv/bin/activate
pip install --upgrade pip
pip install -r requirements.txt -r requirements-dev.txt
pre-commit install
cp -n .env.example .env || true
echo "setup complete; activate with: source .venv/bin/activate"

Steps:
1. Make it executable: chmod +x setup.sh
2. Run it from the project root: ./setup.sh
3. Edit .env with your local settings
''', ["Steps:", "1. Make it executable"], "prose 'Steps:' at line {0} and numbered steps after the code from line {1}")

md("scripts/tag-images.sh", r'''
```bash
#!/usr/bin/env bash
set -euo pipefail

SRC_TAG="${1:?source tag}"
DST_TAG="${2:?destination tag}"
IMAGES=(api worker scheduler web)

for name in "${IMAGES[@]}"; do
  src="ghcr.io/acme/${name}:${SRC_TAG}"
  dst="ghcr.io/acme/${name}:${DST_TAG}"
  docker buildx imagetools create --tag "$dst" "$src"
  echo "tagged $dst"
done
```

This retags the images on the registry without pulling them locally.
''', ["```bash", "This retags the images"], "markdown code fence '```bash' at line {0}, closing fence and prose after it (prose at line {1})")

md("scripts/bump-version.sh", r'''
#!/usr/bin/env bash
set -euo pipefail

part="${1:-patch}"
current=$(grep -m1 '^version' Cargo.toml | sed -E 's/version = "(.*)"/\1/')
IFS=. read -r major minor patch <<< "$current"

case "$part" in
  major) major=$((major + 1)); minor=0; patch=0 ;;
  minor) minor=$((minor + 1)); patch=0 ;;
  patch) patch=$((patch + 1)) ;;
  *) echo "usage: bump-version.sh [major|minor|patch]" >&2; exit 2 ;;
esac

next="${major}.${minor}.${patch}"
sed -i -E "0,/^version = \".*\"/s//version = \"${next}\"/" Cargo.toml
cargo check --quiet
echo "bumped ${current} -> ${next}"

**Usage:**
* `./scripts/bump-version.sh` bumps the patch number
* `./scripts/bump-version.sh minor` bumps the minor number
''', ["**Usage:**", "* `./scripts/bump-version.sh` bumps"], "'**Usage:**' line at line {0} with a '*' bullet list from line {1}")

# ---------- comments addressing the user (4) ----------
cm("scripts/deploy.sh", r'''
#!/usr/bin/env bash
set -euo pipefail

APP=billing
TARGET="${1:-staging}"

# I've added the retry loop you asked for
for attempt in 1 2 3; do
  if rsync -az --delete ./build/ "deploy@${TARGET}.internal:/srv/${APP}/"; then
    break
  fi
  echo "rsync attempt ${attempt} failed, retrying..." >&2
  sleep 5
done

ssh "deploy@${TARGET}.internal" "sudo systemctl restart ${APP}"
ssh "deploy@${TARGET}.internal" "systemctl is-active ${APP}"
echo "deployed ${APP} to ${TARGET}"
''', ["# I've added the retry loop you asked for"], "comment addressing the user '# I've added the retry loop you asked for' at line {0}")

cm("scripts/migrate.sh", r'''
#!/usr/bin/env bash
set -euo pipefail

: "${DATABASE_URL:?DATABASE_URL must be set}"

echo "running schema migrations"
npx prisma migrate deploy

# As you requested, this now skips the data migrations step when SKIP_DATA=1
if [ "${SKIP_DATA:-0}" != "1" ]; then
  echo "running data migrations"
  node scripts/data-migrations/run.js --all
fi

npx prisma generate
echo "migrations complete"
''', ["# As you requested, this now skips"], "comment addressing the user '# As you requested, this now skips ...' at line {0}")

cm("build/docker-build.sh", r'''
#!/usr/bin/env bash
# Let me know if you want this to also handle ARM builds
set -euo pipefail

IMAGE="${IMAGE:-ghcr.io/acme/gateway}"
TAG="${TAG:-$(git rev-parse --short HEAD)}"

docker build \
  --pull \
  --build-arg "GIT_SHA=$(git rev-parse HEAD)" \
  --build-arg "BUILD_DATE=$(date -u +%Y-%m-%dT%H:%M:%SZ)" \
  -t "${IMAGE}:${TAG}" \
  -t "${IMAGE}:latest" \
  .

if [ "${PUSH:-0}" = "1" ]; then
  docker push "${IMAGE}:${TAG}"
  docker push "${IMAGE}:latest"
fi
''', ["# Let me know if you want this"], "comment addressing the user '# Let me know if you want this to also handle ARM builds' at line {0}")

cm("monitoring/check-disk.sh", r'''
#!/bin/sh
set -eu

WARN=80
CRIT=90
# Feel free to tweak the thresholds above to match your setup

status=0
df -P -x tmpfs -x devtmpfs | awk 'NR > 1 { sub("%", "", $5); print $5, $6 }' |
while read -r used mount; do
  if [ "$used" -ge "$CRIT" ]; then
    echo "CRITICAL: $mount at ${used}%"
  elif [ "$used" -ge "$WARN" ]; then
    echo "WARNING: $mount at ${used}%"
  fi
done

exit "$status"
''', ["# Feel free to tweak the thresholds"], "comment addressing the user '# Feel free to tweak the thresholds above...' at line {0}")
