from common import F
L = "llm-chatter"
S = "shell"

F(L, "deploy.sh", S, "prose before the code: line 1 'Here's a script that deploys the app to the server:' (the shebang is pushed down two lines)", r'''
Here's a script that deploys the app to the server:

#!/usr/bin/env bash
set -euo pipefail

HOST=${DEPLOY_HOST:-app1.internal}
USER=${DEPLOY_USER:-deploy}
DIR=/srv/app

npm ci
npm run build

rsync -az --delete dist/ "$USER@$HOST:$DIR/releases/$(git rev-parse --short HEAD)/"
ssh "$USER@$HOST" "ln -sfn $DIR/releases/$(git rev-parse --short HEAD) $DIR/current && sudo systemctl reload app"

echo "deployed $(git rev-parse --short HEAD) to $HOST"
''')

F(L, "scripts/backup.sh", S, "markdown explanation after the code: from line 22 '### How it works' with a numbered list", r'''
#!/bin/sh
set -eu

SRC=${1:-/var/lib/app}
DEST=${2:-/mnt/backup}
STAMP=$(date +%F)

mkdir -p "$DEST"
tar -czf "$DEST/app-$STAMP.tar.gz" -C "$SRC" .

# keep two weeks of archives
find "$DEST" -name 'app-*.tar.gz' -mtime +14 -delete

echo "backup written to $DEST/app-$STAMP.tar.gz"

### How it works

1. It archives everything under `$SRC` into a dated tarball.
2. Archives older than 14 days are deleted.
3. Both paths can be passed as arguments.
''')

F(L, "install.sh", S, "prose as a shell comment addressing the user: line 4 '# As requested, I've added a check for the Node version below.'", r'''
#!/usr/bin/env bash
set -euo pipefail

# As requested, I've added a check for the Node version below.
required=18
current=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)

if (( current < required )); then
  echo "Node.js >= $required is required (found ${current})" >&2
  exit 1
fi

npm ci
npm run build
sudo install -m 0755 dist/cli.js /usr/local/bin/acme
echo "installed acme $(acme --version)"
''')

F(L, "build.sh", S, "prose between parts: line 13 'Next, we build and tag the Docker image:'", r'''
#!/usr/bin/env bash
set -euo pipefail

IMAGE=${IMAGE:-registry.acme.io/shop/api}
TAG=${TAG:-$(git rev-parse --short HEAD)}

echo "running unit tests"
go test ./...

echo "compiling"
CGO_ENABLED=0 GOOS=linux go build -trimpath -ldflags "-s -w" -o bin/api ./cmd/api

Next, we build and tag the Docker image:

docker build -t "$IMAGE:$TAG" -t "$IMAGE:latest" .
docker push "$IMAGE:$TAG"
docker push "$IMAGE:latest"
''')

F(L, "setup.bash", S, "markdown prose at the top: line 1 '**Note:** run this as root on a fresh Ubuntu 22.04 machine.'", r'''
**Note:** run this as root on a fresh Ubuntu 22.04 machine.

#!/usr/bin/env bash
set -euo pipefail

apt-get update
apt-get install -y ufw fail2ban unattended-upgrades

ufw default deny incoming
ufw default allow outgoing
ufw allow OpenSSH
ufw allow 80/tcp
ufw allow 443/tcp
ufw --force enable

systemctl enable --now fail2ban
dpkg-reconfigure -f noninteractive unattended-upgrades
''')

F(L, "scripts/cleanup.sh", S, "prose after the code: from line 16 'This script removes stopped containers,' ending 'Let me know if you need anything else!'", r'''
#!/bin/sh
set -e

echo "removing stopped containers"
docker container prune -f

echo "removing dangling images"
docker image prune -f

echo "removing unused volumes"
docker volume prune -f

df -h /var/lib/docker

This script removes stopped containers, dangling images and unused volumes, then prints the remaining disk space.
Let me know if you need anything else!
''')

F(L, "start.sh", S, "prose as a shell comment at the end: line 18 '# Let me know if you want me to add a systemd unit as well.'", r'''
#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")"

if [[ ! -d .venv ]]; then
  python3 -m venv .venv
  .venv/bin/pip install -r requirements.txt
fi

export FLASK_APP=app.py
export FLASK_ENV=${FLASK_ENV:-production}

exec .venv/bin/gunicorn --bind 0.0.0.0:5000 --workers 4 --access-logfile - app:app

# Let me know if you want me to add a systemd unit as well.
''')

F(L, "scripts/lint.sh", S, "bullet list after the code: from line 19 'Changes:' with '- Added shellcheck...' bullets", r'''
#!/usr/bin/env bash
set -uo pipefail

status=0

echo "==> shellcheck"
git ls-files '*.sh' | xargs -r shellcheck || status=1

echo "==> hadolint"
hadolint Dockerfile || status=1

echo "==> yamllint"
yamllint -s . || status=1

exit $status

Changes:
- Added shellcheck for all tracked shell scripts
- Added hadolint for the Dockerfile
- The script now runs every linter and fails at the end instead of stopping at the first error
''')

F(L, "bin/bootstrap.sh", S, "prose before the code: line 1 'Certainly! Below is the updated bootstrap script.'", r'''
Certainly! Below is the updated bootstrap script.

#!/bin/sh
set -e

if ! command -v brew >/dev/null 2>&1; then
  echo "Homebrew is required: https://brew.sh" >&2
  exit 1
fi

brew bundle --file=Brewfile
mise install
corepack enable
pnpm install --frozen-lockfile
cp -n .env.example .env || true
pnpm db:migrate
echo "bootstrap complete"
''')

F(L, "tools/git-prune.sh", S, "prose as a shell comment addressing the user: line 9 '# I've replaced the for loop with xargs so it's faster for you.'", r'''
#!/usr/bin/env bash
# Delete local branches that have been merged into main.
set -euo pipefail

main=${1:-main}
git fetch --prune --quiet
git checkout --quiet "$main"

# I've replaced the for loop with xargs so it's faster for you.
git branch --merged "$main" \
  | grep -vE "^\*|^\s*(main|master|develop)$" \
  | xargs -r git branch -d

echo "remaining branches:"
git branch --format='  %(refname:short)'
''')

F(L, "scripts/renew-certs.sh", S, "prose after the code: line 18 'You can schedule this with cron: `0 3 * * * /opt/scripts/renew-certs.sh`' (no final newline)", r'''
#!/usr/bin/env bash
set -euo pipefail

DOMAINS=(acme.io www.acme.io api.acme.io)
EMAIL=ops@acme.io

args=()
for d in "${DOMAINS[@]}"; do
  args+=(-d "$d")
done

certbot certonly --webroot -w /var/www/certbot \
  --non-interactive --agree-tos -m "$EMAIL" --keep-until-expiring "${args[@]}"

nginx -t && systemctl reload nginx

You can schedule this with cron: `0 3 * * * /opt/scripts/renew-certs.sh`''')

F(L, "ci/test.bash", S, "prose between parts: line 14 'Then run the tests with coverage enabled:'", r'''
#!/usr/bin/env bash
set -euo pipefail

python -m venv .venv
. .venv/bin/activate
pip install -q -r requirements.txt -r requirements-dev.txt

docker compose up -d postgres
until docker compose exec -T postgres pg_isready -q; do
  sleep 1
done

Then run the tests with coverage enabled:

pytest --cov=app --cov-report=xml --junitxml=reports/junit.xml
docker compose down -v
''')

F(L, "docker/entrypoint.sh", S, "prose as a shell comment addressing the user: line 12 '# Note: I kept your original migrate step unchanged, as you asked.'", r'''
#!/bin/sh
set -e

if [ -n "$WAIT_FOR" ]; then
  for target in $(echo "$WAIT_FOR" | tr ',' ' '); do
    host=${target%:*}
    port=${target#*:}
    until nc -z "$host" "$port"; do sleep 1; done
  done
fi

# Note: I kept your original migrate step unchanged, as you asked.
python manage.py migrate --noinput
python manage.py collectstatic --noinput

exec "$@"
''')

F(L, "scripts/db-restore.sh", S, "markdown warning after the code: line 21 '**Warning:** this will overwrite the target database. Make sure you have a backup first!'", r'''
#!/usr/bin/env bash
set -euo pipefail

DUMP=${1:?usage: db-restore.sh <dump-file> [database]}
DB=${2:-app_development}

if [[ ! -f $DUMP ]]; then
  echo "no such file: $DUMP" >&2
  exit 1
fi

dropdb --if-exists "$DB"
createdb "$DB"
pg_restore --no-owner --no-privileges --jobs=4 --dbname="$DB" "$DUMP"
psql -d "$DB" -c 'ANALYZE;'

echo "restored $DUMP into $DB"

**Warning:** this will overwrite the target database. Make sure you have a backup first!
''')

F(L, "scripts/gen-certs.sh", S, "prose before the code: line 1 'Sure, here you go:'", r'''
Sure, here you go:

#!/usr/bin/env bash
set -euo pipefail

OUT=${1:-certs}
mkdir -p "$OUT"

openssl req -x509 -newkey rsa:4096 -sha256 -days 3650 -nodes \
  -keyout "$OUT/ca.key" -out "$OUT/ca.crt" -subj "/CN=Local Dev CA"

openssl req -newkey rsa:2048 -nodes -keyout "$OUT/server.key" \
  -out "$OUT/server.csr" -subj "/CN=localhost"

openssl x509 -req -in "$OUT/server.csr" -CA "$OUT/ca.crt" -CAkey "$OUT/ca.key" \
  -CAcreateserial -out "$OUT/server.crt" -days 825 -sha256

echo "certificates written to $OUT/"
''')

F(L, "scripts/benchmark.sh", S, "prose as a shell comment at the end: line 22 '# Hope this helps! Tweak ITERATIONS to suit your machine.'", r'''
#!/usr/bin/env bash
set -euo pipefail

ITERATIONS=${ITERATIONS:-20}
URL=${1:-http://localhost:8080/api/search?q=shoes}

times=()
for ((i = 1; i <= ITERATIONS; i++)); do
  t=$(curl -s -o /dev/null -w '%{time_total}' "$URL")
  times+=("$t")
done

printf '%s\n' "${times[@]}" | sort -n | awk '
  { a[NR] = $1; sum += $1 }
  END {
    printf "requests: %d\n", NR
    printf "mean:     %.3fs\n", sum / NR
    printf "p50:      %.3fs\n", a[int(NR * 0.5)]
    printf "p95:      %.3fs\n", a[int(NR * 0.95)]
  }'

# Hope this helps! Tweak ITERATIONS to suit your machine.
''')
