CASES = [
("backup-db.sh", "top: 'Here is the updated script:' + blank line before the shebang", r'''
@@{
@@|
Here is the updated script:

@@}
#!/bin/bash
set -euo pipefail

DB_NAME="${DB_NAME:-app}"
OUT_DIR="${OUT_DIR:-/var/backups}"
STAMP="$(date +%Y%m%d-%H%M%S)"

mkdir -p "$OUT_DIR"
mysqldump --single-transaction --routines "$DB_NAME" | gzip > "$OUT_DIR/$DB_NAME-$STAMP.sql.gz"

find "$OUT_DIR" -name "$DB_NAME-*.sql.gz" -mtime +7 -delete
echo "backup written to $OUT_DIR/$DB_NAME-$STAMP.sql.gz"
'''),

("rotate-archives.sh", "top: 'Sure! Here's a backup script that rotates old archives.' with no blank line (apostrophe opens a quote)", r'''
@@{
@@|
Sure! Here's a backup script that rotates old archives.
@@}
#!/usr/bin/env bash
set -euo pipefail

SRC="${1:?source dir}"
DEST="${2:?destination dir}"
KEEP=5

archive="$DEST/$(basename "$SRC")-$(date +%F).tar.zst"
tar --zstd -cf "$archive" -C "$(dirname "$SRC")" "$(basename "$SRC")"

ls -1t "$DEST"/*.tar.zst | tail -n +$((KEEP + 1)) | while read -r old; do
  echo "removing $old"
  rm -f -- "$old"
done
'''),

("install-docker.sh", "end: plain sentence 'This script will install Docker and add your user to the docker group.' after a blank line", r'''
#!/bin/bash
set -e

sudo apt-get update
sudo apt-get install -y ca-certificates curl gnupg
sudo install -m 0755 -d /etc/apt/keyrings
curl -fsSL https://download.docker.com/linux/ubuntu/gpg | sudo gpg --dearmor -o /etc/apt/keyrings/docker.gpg

echo "deb [arch=$(dpkg --print-architecture) signed-by=/etc/apt/keyrings/docker.gpg] https://download.docker.com/linux/ubuntu $(. /etc/os-release && echo "$VERSION_CODENAME") stable" \
  | sudo tee /etc/apt/sources.list.d/docker.list > /dev/null

sudo apt-get update
sudo apt-get install -y docker-ce docker-ce-cli containerd.io docker-compose-plugin
sudo usermod -aG docker "$USER"
@@{
@@|

This script will install Docker and add your user to the docker group.
@@}
'''),

("strict-build.sh", "end: '### How it works' heading + bullets containing backticks", r'''
#!/usr/bin/env bash
set -euo pipefail
IFS=$'\n\t'

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

rm -rf build
mkdir build
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release
cmake --build build -j"$(nproc)"
ctest --test-dir build --output-on-failure
@@{
@@|

### How it works

- `set -euo pipefail` makes the script stop on the first error.
- `ROOT` is resolved relative to the script so it works from any directory.
- `ctest` runs the test suite after the build.
@@}
'''),

("setup-node.sh", "middle: 'Next, we define a helper to check dependencies:' between two functions", r'''
#!/usr/bin/env bash
set -euo pipefail

NODE_VERSION="${NODE_VERSION:-20}"

log() {
  echo "[setup] $*"
}
@@{
@@|

Next, we define a helper to check dependencies:

@@}
require() {
  if ! command -v "$1" >/dev/null 2>&1; then
    log "missing dependency: $1"
    exit 1
  fi
}

require curl
require git

export NVM_DIR="$HOME/.nvm"
if [ ! -d "$NVM_DIR" ]; then
  curl -o- https://raw.githubusercontent.com/nvm-sh/nvm/v0.39.7/install.sh | bash
fi
. "$NVM_DIR/nvm.sh"
nvm install "$NODE_VERSION"
log "node $(node --version) ready"
'''),

("deploy-app.sh", "end: 'Make sure to make the script executable with `chmod +x deploy-app.sh`.' (starts with the word Make, contains backticks)", r'''
#!/bin/bash
set -euo pipefail

HOST="${DEPLOY_HOST:?set DEPLOY_HOST}"
APP_DIR=/opt/app

rsync -az --delete \
  --exclude .git \
  --exclude node_modules \
  ./ "deploy@$HOST:$APP_DIR/"

ssh "deploy@$HOST" "cd $APP_DIR && npm ci --omit=dev && pm2 reload ecosystem.config.js"
echo "deployed to $HOST"
@@{
@@|

Make sure to make the script executable with `chmod +x deploy-app.sh`.
@@}
'''),

("install-tools.sh", "end: 'Then run ./install-tools.sh as root.' right after the code (starts with a shell keyword 'then')", r'''
#!/usr/bin/env bash
set -euo pipefail

TOOLS=(jq yq shellcheck hadolint)
BIN=/usr/local/bin

install_yq() {
  curl -fsSL "https://github.com/mikefarah/yq/releases/latest/download/yq_linux_amd64" -o "$BIN/yq"
  chmod +x "$BIN/yq"
}

install_hadolint() {
  curl -fsSL "https://github.com/hadolint/hadolint/releases/latest/download/hadolint-Linux-x86_64" -o "$BIN/hadolint"
  chmod +x "$BIN/hadolint"
}

apt-get install -y jq shellcheck
install_yq
install_hadolint

for t in "${TOOLS[@]}"; do
  printf '%-12s %s\n' "$t" "$(command -v "$t")"
done
@@{
@@|
Then run ./install-tools.sh as root.
@@}
'''),

("fetch-rates.sh", "middle: 'Note that this requires jq to be installed.' between the curl call and the parsing", r'''
#!/bin/bash
set -euo pipefail

BASE="${1:-EUR}"
CACHE="${XDG_CACHE_HOME:-$HOME/.cache}/rates-$BASE.json"

mkdir -p "$(dirname "$CACHE")"

if [[ ! -f "$CACHE" || $(find "$CACHE" -mmin +60) ]]; then
  curl -fsSL "https://api.frankfurter.app/latest?from=$BASE" -o "$CACHE"
fi
@@{
@@|

Note that this requires jq to be installed.

@@}
jq -r '.rates | to_entries[] | "\(.key)\t\(.value)"' "$CACHE" | sort | column -t
echo
echo "base: $BASE, date: $(jq -r .date "$CACHE")"
'''),

("db-restore.sh", "top: 'Update the DB_HOST variable before running.' as the first line, then the shebang", r'''
@@{
@@|
Update the DB_HOST variable before running.
@@}
#!/usr/bin/env bash
set -euo pipefail

DB_HOST=localhost
DB_USER=postgres
DUMP="${1:?usage: db-restore.sh FILE.dump}"
TARGET_DB="${2:-app_restore}"

createdb -h "$DB_HOST" -U "$DB_USER" "$TARGET_DB"
pg_restore -h "$DB_HOST" -U "$DB_USER" -d "$TARGET_DB" --no-owner --jobs=4 "$DUMP"
psql -h "$DB_HOST" -U "$DB_USER" -d "$TARGET_DB" -c "ANALYZE;"
echo "restored $DUMP into $TARGET_DB"
'''),

("cert-renew.sh", "end: 'Let me know if you need anything else!' with no final newline", r'''
#!/bin/sh
set -eu

DOMAINS="example.com www.example.com"
EMAIL="admin@example.com"

args=""
for d in $DOMAINS; do
  args="$args -d $d"
done

certbot certonly --webroot -w /var/www/html --non-interactive --agree-tos \
  -m "$EMAIL" $args --keep-until-expiring

nginx -t
systemctl reload nginx
@@{
@@|

Let me know if you need anything else!
@@}
''', {"nl": False}),

("export-csv.sh", "end: 'Key changes:' + bullets with backticks", r'''
#!/usr/bin/env bash
set -euo pipefail

DRY_RUN=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --dry-run) DRY_RUN=1; shift ;;
    --out) OUT="$2"; shift 2 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done
OUT="${OUT:-export.csv}"

QUERY="COPY (SELECT id, email, created_at FROM users ORDER BY id) TO STDOUT WITH CSV HEADER"
if (( DRY_RUN )); then
  echo "would run: $QUERY > $OUT"
else
  psql "$DATABASE_URL" -c "$QUERY" > "$OUT"
  echo "wrote $(wc -l < "$OUT") lines to $OUT"
fi
@@{
@@|

Key changes:
- Added a `--dry-run` flag
- `--out` now defaults to export.csv
- Switched to `COPY ... TO STDOUT` so it works without superuser
@@}
'''),

("dotfiles.sh", "end: 'Hope this helps! 🚀' after a blank line", r'''
#!/usr/bin/env bash
set -euo pipefail

DOTFILES="$HOME/.dotfiles"
FILES=(.bashrc .vimrc .gitconfig .tmux.conf)

if [[ ! -d "$DOTFILES" ]]; then
  git clone https://github.com/acme/dotfiles.git "$DOTFILES"
fi

for f in "${FILES[@]}"; do
  if [[ -e "$HOME/$f" && ! -L "$HOME/$f" ]]; then
    mv "$HOME/$f" "$HOME/$f.bak"
  fi
  ln -sfn "$DOTFILES/$f" "$HOME/$f"
  echo "linked $f"
done
@@{
@@|

Hope this helps! 🚀
@@}
'''),

("run-tests.sh", "end: bold '**Usage:**' line followed by an example invocation with <env> placeholder", r'''
#!/bin/bash
set -euo pipefail

ENV="${1:-local}"

case "$ENV" in
  local) BASE_URL=http://localhost:3000 ;;
  staging) BASE_URL=https://staging.example.com ;;
  *) echo "unknown env: $ENV" >&2; exit 1 ;;
esac

export BASE_URL
npx playwright test --reporter=line
@@{
@@|

**Usage:**

./run-tests.sh <env>
@@}
'''),

("sync-s3.sh", "end: numbered notes '1. Run it from the repo root.' '2. ...' after a blank line", r'''
#!/usr/bin/env bash
set -euo pipefail

BUCKET="${BUCKET:?BUCKET is required}"
DIST_ID="${CLOUDFRONT_DISTRIBUTION_ID:-}"

npm run build
aws s3 sync dist/ "s3://$BUCKET/" --delete \
  --cache-control "public,max-age=31536000,immutable" --exclude index.html
aws s3 cp dist/index.html "s3://$BUCKET/index.html" \
  --cache-control "no-cache"

if [[ -n "$DIST_ID" ]]; then
  aws cloudfront create-invalidation --distribution-id "$DIST_ID" --paths "/index.html"
fi
@@{
@@|

1. Run it from the repo root.
2. It assumes your AWS credentials are already configured.
3. Set CLOUDFRONT_DISTRIBUTION_ID to invalidate the CDN cache.
@@}
'''),

("pre-commit-eslint.sh", "top: 'Certainly! Below is a git pre-commit hook that runs eslint on staged files.' before the shebang (no blank line)", r'''
@@{
@@|
Certainly! Below is a git pre-commit hook that runs eslint on staged files.
@@}
#!/bin/sh
files=$(git diff --cached --name-only --diff-filter=ACMR -- '*.js' '*.jsx' '*.ts' '*.tsx')
[ -z "$files" ] && exit 0

echo "running eslint on staged files"
# shellcheck disable=SC2086
npx eslint --max-warnings=0 $files
rc=$?

if [ $rc -ne 0 ]; then
  echo "eslint failed; fix the errors or commit with --no-verify"
  exit 1
fi
exit 0
'''),

("tmp-workspace.sh", "middle: 'Now let's add the cleanup function, which removes temp files on exit.' between variables and function (apostrophe)", r'''
#!/usr/bin/env bash
set -euo pipefail

WORK="$(mktemp -d -t build-XXXXXX)"
LOG="$WORK/build.log"
@@{
@@|

Now let's add the cleanup function, which removes temp files on exit.

@@}
cleanup() {
  local rc=$?
  if (( rc != 0 )); then
    echo "build failed, log follows:" >&2
    cat "$LOG" >&2 || true
  fi
  rm -rf "$WORK"
  exit "$rc"
}
trap cleanup EXIT

git clone --depth 1 "${REPO:?REPO required}" "$WORK/src" >>"$LOG" 2>&1
make -C "$WORK/src" >>"$LOG" 2>&1
cp "$WORK/src/out/app" ./app
echo "built ./app"
'''),

("ssh-keys.sh", "top and end: markdown fence '```bash' before the code and '```' after it, no other prose", r'''
@@{
@@|
```bash
@@}
#!/bin/bash
set -euo pipefail

KEY="$HOME/.ssh/id_ed25519"
COMMENT="${USER}@$(hostname)"

if [[ -f "$KEY" ]]; then
  echo "key already exists: $KEY"
else
  ssh-keygen -t ed25519 -C "$COMMENT" -f "$KEY" -N ""
fi

eval "$(ssh-agent -s)"
ssh-add "$KEY"
echo "public key:"
cat "$KEY.pub"
@@{
@@|
```
@@}
'''),

("monitor.sh", "end: '### Explanation' heading then bullets with bold terms", r'''
#!/usr/bin/env bash
# Print CPU, memory and load every few seconds.
INTERVAL="${1:-5}"

while true; do
  cpu=$(top -bn1 | awk '/Cpu\(s\)/ {print 100 - $8}')
  mem=$(free -m | awk '/Mem:/ {printf "%d/%dMB", $3, $2}')
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  printf '%s cpu=%s%% mem=%s load=%s\n' "$(date +%T)" "$cpu" "$mem" "$load"
  sleep "$INTERVAL"
done
@@{
@@|

### Explanation

- **top -bn1** runs top once in batch mode so we can parse the CPU line.
- **free -m** reports memory in megabytes.
- **/proc/loadavg** holds the 1, 5 and 15 minute load averages.
@@}
'''),

("parse-args.sh", "middle: 'First, we'll parse the arguments:' at the top of the body after set -e (apostrophe + colon)", r'''
#!/usr/bin/env bash
set -euo pipefail
@@{
@@|

First, we'll parse the arguments:

@@}
VERBOSE=0
OUTPUT=""
POSITIONAL=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    -v|--verbose) VERBOSE=1; shift ;;
    -o|--output) OUTPUT="$2"; shift 2 ;;
    --) shift; POSITIONAL+=("$@"); break ;;
    -*) echo "unknown flag $1" >&2; exit 2 ;;
    *) POSITIONAL+=("$1"); shift ;;
  esac
done

(( VERBOSE )) && echo "inputs: ${POSITIONAL[*]:-none}"
cat "${POSITIONAL[@]}" > "${OUTPUT:-/dev/stdout}"
'''),

("nightly-backup.sh", "end: 'You can schedule this with cron: `0 3 * * * /usr/local/bin/nightly-backup.sh`' (colon + backticked crontab line)", r'''
#!/bin/bash
set -euo pipefail

SRC=/srv/data
DEST=backup@nas.local:/volume1/backups/$(hostname)

rsync -aH --delete --numeric-ids \
  --exclude '*.tmp' \
  --exclude 'cache/' \
  "$SRC/" "$DEST/"

logger -t nightly-backup "rsync of $SRC finished with status $?"
@@{
@@|

You can schedule this with cron: `0 3 * * * /usr/local/bin/nightly-backup.sh`
@@}
'''),

("getopts-cli.sh", "top: 'I've rewritten the script to use getopts instead of manual parsing.' + blank line (apostrophe)", r'''
@@{
@@|
I've rewritten the script to use getopts instead of manual parsing.

@@}
#!/usr/bin/env bash
set -euo pipefail

name="world"
count=1
shout=0

while getopts ":n:c:sh" opt; do
  case "$opt" in
    n) name="$OPTARG" ;;
    c) count="$OPTARG" ;;
    s) shout=1 ;;
    h) echo "usage: $0 [-n name] [-c count] [-s]"; exit 0 ;;
    :) echo "option -$OPTARG needs a value" >&2; exit 2 ;;
    \?) echo "unknown option -$OPTARG" >&2; exit 2 ;;
  esac
done

msg="hello, $name"
(( shout )) && msg="${msg^^}"
for ((i = 0; i < count; i++)); do
  echo "$msg"
done
'''),

("bootstrap-env.sh", "end: 'That's it! Run the script and your environment will be ready.' with no final newline (apostrophe)", r'''
#!/usr/bin/env bash
set -euo pipefail

python3 -m venv .venv
# shellcheck disable=SC1091
source .venv/bin/activate
pip install --upgrade pip wheel
pip install -r requirements.txt -r requirements-dev.txt

if [[ ! -f .env ]]; then
  cp .env.example .env
  echo "created .env from .env.example"
fi

pre-commit install
echo "environment ready"
@@{
@@|

That's it! Run the script and your environment will be ready.
@@}
''', {"nl": False}),
]
