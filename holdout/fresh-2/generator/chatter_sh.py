from common import add

L = "llm-chatter"

# 1 ---------------------------------------------------------------- intro above shebang
add(L, "scripts/deploy.sh", "shell",
    "prose outside comments: intro sentence above the shebang",
    body=r'''Here's the revised deploy script with the rollback step wired in:

#!/usr/bin/env bash
set -euo pipefail

RELEASES=/srv/app/releases
CURRENT=/srv/app/current
release="$RELEASES/$(date +%Y%m%d%H%M%S)"

git clone --depth 1 git@github.com:acme/app.git "$release"
cd "$release"
npm ci --omit=dev
npm run build

previous="$(readlink -f "$CURRENT" || true)"
ln -sfn "$release" "$CURRENT"

if ! systemctl restart app; then
  echo "restart failed, rolling back to $previous" >&2
  ln -sfn "$previous" "$CURRENT"
  systemctl restart app
  exit 1
fi

ls -1dt "$RELEASES"/* | tail -n +6 | xargs -r rm -rf
''')

# 2 ---------------------------------------------------------------- comment-only
add(L, "scripts/backup.sh", "shell",
    "comment-only: comments addressing the user about what was added at their request; parses",
    expect="accept", body=r'''#!/usr/bin/env bash
set -euo pipefail

SRC=/var/lib/app/uploads
DEST=/mnt/backup/uploads
KEEP_DAYS=30

stamp="$(date +%F)"
mkdir -p "$DEST"

tar -czf "$DEST/uploads-$stamp.tar.gz" -C "$SRC" .

# I added the retention cleanup you asked for below — it deletes archives older than KEEP_DAYS.
find "$DEST" -name 'uploads-*.tar.gz' -mtime +"$KEEP_DAYS" -delete

# As you suggested, the script now exits non-zero if the archive ends up empty, so cron will email you.
if [[ ! -s "$DEST/uploads-$stamp.tar.gz" ]]; then
  echo "backup archive is empty" >&2
  exit 1
fi
''')

# 3 ---------------------------------------------------------------- closing prose
add(L, "setup.sh", "shell",
    "prose outside comments at end: usage instructions and a sign-off after the script",
    body=r'''#!/usr/bin/env bash
set -euo pipefail

python3 -m venv .venv
# shellcheck disable=SC1091
source .venv/bin/activate
pip install --upgrade pip
pip install -r requirements.txt -r requirements-dev.txt
pre-commit install
cp -n .env.example .env || true
echo "environment ready"

That's it! Run it once with `bash setup.sh` from the project root, and after that you only need `source .venv/bin/activate` in new terminals.
Happy coding!
''')

# 4 ---------------------------------------------------------------- comment-only extensionless
add(L, "bin/start", "shell",
    "comment-only: header comment block speaking to the user about the conversation, closing offer; parses",
    expect="accept", body=r'''#!/usr/bin/env bash
# Okay, so based on the error you pasted, the problem was that PORT wasn't exported
# before gunicorn started. This version fixes that.
set -euo pipefail

export PORT="${PORT:-8000}"
export WORKERS="${WORKERS:-$(( $(nproc) * 2 + 1 ))}"

python manage.py collectstatic --noinput
python manage.py migrate --noinput

exec gunicorn config.wsgi:application \
  --bind "0.0.0.0:${PORT}" \
  --workers "${WORKERS}" \
  --access-logfile -
# Give it a try and tell me if the container comes up now.
''')

# 5 ---------------------------------------------------------------- walkthrough sentences in middle
add(L, "scripts/migrate.sh", "shell",
    "prose outside comments in the middle: walkthrough sentences between script sections",
    body=r'''#!/usr/bin/env bash
set -euo pipefail

: "${DATABASE_URL:?DATABASE_URL must be set}"

First, we wait for the database to accept connections:

for i in $(seq 1 30); do
  if pg_isready -d "$DATABASE_URL" >/dev/null 2>&1; then
    break
  fi
  echo "waiting for database ($i/30)"
  sleep 2
done

Then we run the migrations and print the resulting version:

alembic upgrade head
alembic current
''')

# 6 ---------------------------------------------------------------- markdown summary at end
add(L, "install-deps.sh", "shell",
    "prose outside comments at end: markdown bullet summary of changes",
    body=r'''#!/usr/bin/env bash
set -euo pipefail

if command -v apt-get >/dev/null; then
  sudo apt-get update
  sudo apt-get install -y build-essential libpq-dev libffi-dev
elif command -v dnf >/dev/null; then
  sudo dnf install -y gcc make libpq-devel libffi-devel
elif command -v brew >/dev/null; then
  brew install libpq libffi
else
  echo "unsupported package manager" >&2
  exit 1
fi

### Changes
- Added `set -euo pipefail` so the script stops on the first failure
- Added a `dnf` branch for Fedora/RHEL
- The script now exits with an error if no supported package manager is found
''')

# 7 ---------------------------------------------------------------- comment-only
add(L, "scripts/rotate-keys.sh", "shell",
    "comment-only: explanatory notes to the user and a caveat about their setup; parses",
    expect="accept", body=r'''#!/usr/bin/env bash
# Note: I couldn't see how your secrets are mounted, so I've assumed AWS Secrets Manager here.
# If you're on Vault instead, tell me and I'll swap the two aws calls out.
set -euo pipefail

SECRET_ID="${SECRET_ID:-prod/api/signing-key}"

new_key="$(openssl rand -base64 48)"

aws secretsmanager put-secret-value \
  --secret-id "$SECRET_ID" \
  --secret-string "$new_key" \
  --version-stages AWSPENDING

# This is the step you were missing before: the pending version has to be promoted to AWSCURRENT.
current_version="$(aws secretsmanager describe-secret --secret-id "$SECRET_ID" \
  --query 'VersionIdsToStages' --output json | jq -r 'to_entries[] | select(.value | index("AWSCURRENT")) | .key')"
pending_version="$(aws secretsmanager describe-secret --secret-id "$SECRET_ID" \
  --query 'VersionIdsToStages' --output json | jq -r 'to_entries[] | select(.value | index("AWSPENDING")) | .key')"

aws secretsmanager update-secret-version-stage \
  --secret-id "$SECRET_ID" \
  --version-stage AWSCURRENT \
  --move-to-version-id "$pending_version" \
  --remove-from-version-id "$current_version"

echo "rotated $SECRET_ID"
''')

# 8 ---------------------------------------------------------------- markdown heading at top
add(L, "ci/lint.sh", "shell",
    "prose outside comments: markdown heading and a one-line lead-in above the script",
    body=r'''## Updated lint script
This version only lints files that changed compared to the main branch.

#!/usr/bin/env bash
set -euo pipefail

base="$(git merge-base origin/main HEAD)"
mapfile -t files < <(git diff --name-only --diff-filter=ACMR "$base" -- '*.py')

if (( ${#files[@]} == 0 )); then
  echo "no python files changed"
  exit 0
fi

ruff check "${files[@]}"
ruff format --check "${files[@]}"
mypy "${files[@]}"
''')

# 9 ---------------------------------------------------------------- explanation between shebang and code
add(L, "docker/entrypoint.sh", "shell",
    "prose outside comments right after the shebang explaining the approach",
    body=r'''#!/bin/sh
The trick here is to use exec so the app becomes PID 1 and receives SIGTERM directly from Docker.
set -e

if [ -n "$WAIT_FOR" ]; then
  host="${WAIT_FOR%:*}"
  port="${WAIT_FOR#*:}"
  until nc -z "$host" "$port"; do
    echo "waiting for $host:$port"
    sleep 1
  done
fi

exec "$@"
''')

# 10 --------------------------------------------------------------- comment-only
add(L, "scripts/gen-certs.sh", "shell",
    "comment-only: step-by-step comments narrating the answer to the user; parses",
    expect="accept", body=r'''#!/usr/bin/env bash
set -euo pipefail

OUT="${1:-certs}"
mkdir -p "$OUT"
cd "$OUT"

# Step 1 — as I explained above, we first create a local CA that your browser can trust.
openssl req -x509 -new -nodes -newkey rsa:4096 -days 825 \
  -keyout ca.key -out ca.crt -subj "/CN=Local Dev CA"

# Step 2: now the server key and a CSR for localhost.
openssl req -new -nodes -newkey rsa:2048 \
  -keyout server.key -out server.csr -subj "/CN=localhost"

# Step 3 is the part you asked about: the SAN extension, without which Chrome rejects the cert.
cat > san.ext <<'EXT'
subjectAltName = DNS:localhost, IP:127.0.0.1
extendedKeyUsage = serverAuth
EXT

openssl x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial \
  -out server.crt -days 825 -sha256 -extfile san.ext

# After running this, import ca.crt into your system keychain and you should be good to go!
''')

# 11 --------------------------------------------------------------- explanation block at end (extensionless)
add(L, "tools/bump-version", "shell",
    "prose outside comments at end: how-to explanation with example invocations",
    body=r'''#!/usr/bin/env bash
set -euo pipefail

file=package.json
current="$(jq -r .version "$file")"
IFS=. read -r maj min pat <<<"$current"

case "${1:-patch}" in
  major) maj=$((maj + 1)); min=0; pat=0 ;;
  minor) min=$((min + 1)); pat=0 ;;
  patch) pat=$((pat + 1)) ;;
  *) echo "usage: bump-version [major|minor|patch]" >&2; exit 2 ;;
esac

next="$maj.$min.$pat"
tmp="$(mktemp)"
jq --arg v "$next" '.version = $v' "$file" > "$tmp" && mv "$tmp" "$file"
git commit -am "chore: release v$next"
git tag "v$next"
echo "$current -> $next"

How to use it:

    tools/bump-version minor
    git push --follow-tags

The script reads the version from package.json, bumps the part you pass in, commits and tags. You can drop it into your Makefile too if you prefer.
''')

# 12 --------------------------------------------------------------- intro and caution
add(L, "scripts/cleanup-branches.sh", "shell",
    "prose outside comments: friendly intro with a caution before the script body",
    body=r'''Great question! This script deletes local branches that were already merged into main. Be careful to run it from a clean checkout.

#!/usr/bin/env bash
set -euo pipefail

git fetch --prune origin
main="${MAIN_BRANCH:-main}"

git branch --merged "origin/$main" \
  | grep -vE "^\*|^[[:space:]]*(${main}|develop)$" \
  | while read -r branch; do
      echo "deleting $branch"
      git branch -d "$branch"
    done
''')

# 13 --------------------------------------------------------------- comment-only
add(L, "scripts/monitor.sh", "shell",
    "comment-only: inline comment answering the user's earlier question and a closing comment; parses",
    expect="accept", body=r'''#!/usr/bin/env bash
set -uo pipefail

THRESHOLD="${THRESHOLD:-90}"
WEBHOOK="${SLACK_WEBHOOK:?}"

alert() {
  curl -fsS -X POST -H 'Content-type: application/json' \
    --data "{\"text\": \"$1\"}" "$WEBHOOK" >/dev/null
}

# Regarding your question about tmpfs: df -P skips those lines once we filter on /dev/, so they won't trigger alerts.
df -P | awk 'NR > 1 && $1 ~ /^\/dev\// { gsub("%", "", $5); print $5, $6 }' |
while read -r used mount; do
  if (( used >= THRESHOLD )); then
    alert "disk usage on $(hostname):$mount is ${used}%"
  fi
done

load="$(cut -d' ' -f1 /proc/loadavg)"
cores="$(nproc)"
if awk -v l="$load" -v c="$cores" 'BEGIN { exit !(l > c * 2) }'; then
  alert "load average on $(hostname) is $load (cores: $cores)"
fi
# You can schedule this with `*/5 * * * * /opt/scripts/monitor.sh` in crontab, like you mentioned.
''')

# 14 --------------------------------------------------------------- prose in middle of loop explanation
add(L, "scripts/sync-s3.sh", "shell",
    "prose outside comments: explanatory paragraph inserted between variable setup and the sync loop",
    body=r'''#!/usr/bin/env bash
set -euo pipefail

BUCKET="${BUCKET:?}"
PREFIXES=(images documents exports)

Since you want each prefix synced independently (so one failure doesn't stop the others), I loop over them and collect failures instead of exiting right away.

failed=()
for p in "${PREFIXES[@]}"; do
  if ! aws s3 sync "./data/$p" "s3://$BUCKET/$p" --only-show-errors; then
    failed+=("$p")
  fi
done

if (( ${#failed[@]} > 0 )); then
  echo "failed: ${failed[*]}" >&2
  exit 1
fi
''')

# 15 --------------------------------------------------------------- intro + outro
add(L, "scripts/build-docs.sh", "shell",
    "prose outside comments: opening line and a closing paragraph describing output location",
    body=r'''Certainly — here is a script that builds the API reference and the user guide in one go:
#!/usr/bin/env bash
set -euo pipefail

root="$(git rev-parse --show-toplevel)"
out="$root/site"
rm -rf "$out"
mkdir -p "$out/api"

npx typedoc --out "$out/api" "$root/src/index.ts"
mkdocs build --config-file "$root/mkdocs.yml" --site-dir "$out/guide"
cp "$root/docs/index.html" "$out/index.html"
echo "docs written to $out"
The generated site ends up in `site/`, with the API docs under `site/api` and the guide under `site/guide`. Let me know if you want a GitHub Pages workflow to publish it.
''')

# 16 --------------------------------------------------------------- comment-only husky hook (sh)
add(L, ".husky/pre-push", "shell",
    "comment-only: POSIX hook with comments replying to the user's concern; parses (bash, dash)",
    expect="accept", body=r'''#!/bin/sh
# You said the full test suite is too slow for a pre-push hook, so this only runs the unit tests.
# I left the e2e tests to CI, like we talked about.

branch="$(git rev-parse --abbrev-ref HEAD)"

if [ "$branch" = "main" ]; then
  echo "Pushing directly to main is blocked. Open a pull request instead." >&2
  exit 1
fi

npm run --silent typecheck || exit 1
npm run --silent test:unit || exit 1
# Hopefully that speeds things up for you — it should finish in well under a minute now.
''')

# 17 --------------------------------------------------------------- explanation mid-file with inline code
add(L, "scripts/restart-workers.sh", "shell",
    "prose outside comments in the middle: explanation sentence with inline code between two sections",
    body=r'''#!/usr/bin/env bash
set -euo pipefail

UNITS=(worker@1 worker@2 worker@3 worker@4)

drain() {
  local unit="$1"
  systemctl kill --signal=SIGUSR1 "$unit"
  for _ in $(seq 1 60); do
    if [[ "$(systemctl show -p SubState --value "$unit")" == "exited" ]]; then
      return 0
    fi
    sleep 1
  done
  return 1
}

I changed the restart to go one unit at a time: `drain` sends SIGUSR1 so the worker finishes its current job, and only then do we restart it. That way the queue is never left without consumers.

for unit in "${UNITS[@]}"; do
  echo "restarting $unit"
  drain "$unit" || echo "warning: $unit did not drain in time" >&2
  systemctl restart "$unit"
done
''')

# 18 --------------------------------------------------------------- closing question
add(L, "scripts/seed-db.sh", "shell",
    "prose outside comments at end: summary of behaviour and a follow-up question",
    body=r'''#!/usr/bin/env bash
set -euo pipefail

DB="${DB_NAME:-app_dev}"
SEED_DIR="${SEED_DIR:-db/seeds}"

if [[ "${RAILS_ENV:-development}" == "production" ]]; then
  echo "refusing to seed production" >&2
  exit 1
fi

for f in "$SEED_DIR"/*.sql; do
  echo "loading $(basename "$f")"
  psql -v ON_ERROR_STOP=1 -q -d "$DB" -f "$f"
done

echo "seeded $DB"

This loads the SQL files in alphabetical order, so prefix them with numbers (01_users.sql, 02_orders.sql, ...) to control the order. Do you want me to add an option that truncates the tables first?
''')
