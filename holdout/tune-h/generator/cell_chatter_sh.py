from common import add

L = "llm-chatter"

add(L, "deploy.sh", r'''
Here's a revised version of your deploy script that adds a health check and automatic rollback:

#!/usr/bin/env bash
set -euo pipefail

SERVICE=${SERVICE:-api}
HOSTS=(app1.internal app2.internal)
RELEASE=$(date +%Y%m%d%H%M%S)
ARTIFACT=build/${SERVICE}.tar.gz

for host in "${HOSTS[@]}"; do
  echo "==> $host"
  scp "$ARTIFACT" "deploy@$host:/srv/$SERVICE/releases/$RELEASE.tar.gz"
  ssh "deploy@$host" bash -s -- "$SERVICE" "$RELEASE" <<'REMOTE'
set -euo pipefail
svc=$1 rel=$2
cd "/srv/$svc/releases"
mkdir "$rel" && tar -xzf "$rel.tar.gz" -C "$rel" && rm "$rel.tar.gz"
prev=$(readlink -f "/srv/$svc/current" || true)
ln -sfn "/srv/$svc/releases/$rel" "/srv/$svc/current"
sudo systemctl restart "$svc"
for i in $(seq 1 15); do
  curl -fsS "http://127.0.0.1:8080/healthz" >/dev/null && exit 0
  sleep 2
done
echo "health check failed, rolling back to $prev" >&2
[ -n "$prev" ] && ln -sfn "$prev" "/srv/$svc/current" && sudo systemctl restart "$svc"
exit 1
REMOTE
done

echo "deployed $RELEASE to ${#HOSTS[@]} hosts"
''', "intro sentence before the shebang", needle="Here's a revised version of your deploy script")

add(L, "backup.sh", r'''
#!/bin/bash
set -euo pipefail

SRC_DIRS=(/etc /home /var/www)
DEST=/mnt/backup
KEEP=7
NAME="$(hostname -s)-$(date +%F)"

mkdir -p "$DEST"
tar --exclude='*.cache' -czf "$DEST/$NAME.tar.gz" "${SRC_DIRS[@]}" 2>/dev/null
sha256sum "$DEST/$NAME.tar.gz" > "$DEST/$NAME.tar.gz.sha256"

ls -1t "$DEST"/*.tar.gz | tail -n +$((KEEP + 1)) | while read -r old; do
  rm -f "$old" "$old.sha256"
done

echo "backup written to $DEST/$NAME.tar.gz"

This keeps the last 7 archives and writes a checksum next to each one. To run it every night at 3am, add this to root's crontab (`sudo crontab -e`):

0 3 * * * /usr/local/bin/backup.sh >> /var/log/backup.log 2>&1

Feel free to tweak `KEEP` or add more directories to `SRC_DIRS`.
''', "closing explanation with a crontab example and a suggestion after the script",
    needle=["This keeps the last 7 archives", "0 3 * * *", "Feel free to tweak"])

add(L, "setup.sh", r'''
Sure — here's a setup script for the dev environment:

```bash
#!/usr/bin/env bash
set -e

echo "Installing toolchain..."
if ! command -v rustup >/dev/null; then
  curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y
  source "$HOME/.cargo/env"
fi
rustup component add clippy rustfmt
cargo install --locked sqlx-cli cargo-watch

echo "Starting database..."
docker compose up -d postgres
until docker compose exec -T postgres pg_isready -U dev >/dev/null 2>&1; do
  sleep 1
done

export DATABASE_URL=postgres://dev:dev@localhost:5432/gameserver
sqlx database create
sqlx migrate run

cp -n .env.example .env || true
echo "All set. Run 'cargo watch -x run' to start the server."
```

Run it from the repo root with `bash setup.sh`.
''', "intro sentence, Markdown fences and a closing instruction around the script",
    needle=["Sure — here's a setup script", "```bash", "Run it from the repo root"])

add(L, "scripts/rotate_logs.sh", r'''
#!/usr/bin/env bash
# Rotate and compress application logs
set -euo pipefail

LOG_DIR=${LOG_DIR:-/var/log/matchmaker}
ARCHIVE_DIR=$LOG_DIR/archive
MAX_AGE_DAYS=30

mkdir -p "$ARCHIVE_DIR"

for f in "$LOG_DIR"/*.log; do
  [ -s "$f" ] || continue
  mv "$f" "$f.$(date +%Y%m%d-%H%M%S)"
done

# tell the server to reopen its log files
pkill -USR1 -x matchmaker || true

Next, we compress anything older than a day and move it into the archive folder:

find "$LOG_DIR" -maxdepth 1 -name '*.log.*' ! -name '*.gz' -mtime +0 -print0 |
  while IFS= read -r -d '' f; do
    gzip -9 "$f"
    mv "$f.gz" "$ARCHIVE_DIR/"
  done

Finally, prune archives past the retention window:

find "$ARCHIVE_DIR" -name '*.gz' -mtime +"$MAX_AGE_DAYS" -delete
echo "log rotation done"
''', "step-by-step explanations between the code sections", needle=["Next, we compress anything", "Finally, prune archives"])

add(L, "bootstrap.sh", r'''
#!/usr/bin/env bash
set -euo pipefail

REPO_DIR=$(git rev-parse --show-toplevel)
cd "$REPO_DIR"

need() {
  command -v "$1" >/dev/null 2>&1 || { echo "missing dependency: $1" >&2; exit 1; }
}

need node
need pnpm
need docker

pnpm install --frozen-lockfile

if [ ! -f apps/api/.env ]; then
  cp apps/api/.env.example apps/api/.env
  echo "created apps/api/.env — fill in STRIPE_KEY before running payments tests"
fi

docker compose up -d db redis mailhog
pnpm --filter api prisma migrate deploy
pnpm --filter api prisma db seed

echo "bootstrap complete"

Key changes:
- Added a `need` helper so the script fails early with a clear message when a tool is missing
- Switched to `pnpm install --frozen-lockfile` so CI and local installs match
- The `.env` file is only copied when it doesn't exist yet
''', "\"Key changes:\" with bullet points after the script", needle="Key changes:")

add(L, "ci/build.sh", r'''
#!/usr/bin/env bash
set -euo pipefail

IMAGE=${IMAGE:-ghcr.io/acme/ingest}
TAG=${GITHUB_SHA:-$(git rev-parse --short HEAD)}
PLATFORM=${PLATFORM:-linux/amd64}

# As you mentioned, the self-hosted runners don't have buildx, so fall back to plain docker build there
if docker buildx version >/dev/null 2>&1; then
  docker buildx build \
    --platform "$PLATFORM" \
    --cache-from "type=registry,ref=$IMAGE:buildcache" \
    --cache-to "type=registry,ref=$IMAGE:buildcache,mode=max" \
    -t "$IMAGE:$TAG" \
    --push .
else
  docker build -t "$IMAGE:$TAG" .
  docker push "$IMAGE:$TAG"
fi

if [ "${GITHUB_REF:-}" = "refs/heads/main" ]; then
  docker pull "$IMAGE:$TAG"
  docker tag "$IMAGE:$TAG" "$IMAGE:latest"
  docker push "$IMAGE:latest"
fi

echo "built $IMAGE:$TAG"
''', "comment speaking to the user (\"As you mentioned, ...\")", needle="As you mentioned, the self-hosted runners")

add(L, "db/restore.sh", r'''
**Important:** run this only against a staging or local database. It drops and recreates the target database before restoring.

#!/usr/bin/env bash
set -euo pipefail

DUMP=${1:?usage: restore.sh <dump-file> [db-name]}
DB=${2:-app_staging}
PGHOST=${PGHOST:-localhost}
PGUSER=${PGUSER:-postgres}
export PGHOST PGUSER

if [[ "$DB" == *prod* ]]; then
  echo "refusing to restore into a production database ($DB)" >&2
  exit 1
fi

echo "Dropping and recreating $DB on $PGHOST..."
psql -v ON_ERROR_STOP=1 -d postgres <<SQL
SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '$DB' AND pid <> pg_backend_pid();
DROP DATABASE IF EXISTS "$DB";
CREATE DATABASE "$DB";
SQL

case "$DUMP" in
  *.sql.gz) gunzip -c "$DUMP" | psql -v ON_ERROR_STOP=1 -q -d "$DB" ;;
  *.sql) psql -v ON_ERROR_STOP=1 -q -d "$DB" -f "$DUMP" ;;
  *) pg_restore --no-owner --no-acl -j 4 -d "$DB" "$DUMP" ;;
esac

psql -d "$DB" -c "ANALYZE;"
echo "restore of $DUMP into $DB finished"
''', "\"**Important:**\" warning paragraph before the shebang", needle="**Important:**")

add(L, "scripts/gpu_check.sh", r'''
#!/usr/bin/env bash
# Quick sanity check before launching a training job on a new node
set -uo pipefail

fail=0

if ! command -v nvidia-smi >/dev/null; then
  echo "nvidia-smi not found — is the driver installed?"
  exit 1
fi

echo "== GPUs =="
nvidia-smi --query-gpu=index,name,memory.total,memory.used,temperature.gpu --format=csv,noheader

echo "== CUDA from PyTorch =="
python - <<'PY' || fail=1
import torch
print("torch", torch.__version__, "cuda", torch.version.cuda)
assert torch.cuda.is_available(), "CUDA not available to torch"
x = torch.randn(4096, 4096, device="cuda")
print("matmul ok:", (x @ x).sum().item() != 0)
PY

echo "== NCCL =="
if ! python -c "import torch.distributed as d; print(d.is_nccl_available())" | grep -q True; then
  echo "NCCL not available"
  fail=1
fi

exit $fail

Explanation:
The script first makes sure the NVIDIA driver is visible, then prints a compact table of the GPUs. The Python heredoc allocates a large tensor on the GPU and runs a matmul, which catches most broken CUDA installs. Finally it checks NCCL, which you need for multi-GPU training with torchrun.
''', "\"Explanation:\" paragraph after the script", needle="Explanation:")

add(L, "install_deps.sh", r'''
1. Save the script below as `install_deps.sh` in the project root.
2. Make it executable with `chmod +x install_deps.sh`.
3. Run it once on every new build agent.

#!/bin/bash
set -euo pipefail

ANDROID_SDK_ROOT=${ANDROID_SDK_ROOT:-$HOME/android-sdk}
CMDLINE_TOOLS_URL=https://dl.google.com/android/repository/commandlinetools-linux-11076708_latest.zip

sudo apt-get update
sudo apt-get install -y openjdk-17-jdk unzip ruby-full

if [ ! -d "$ANDROID_SDK_ROOT/cmdline-tools/latest" ]; then
  mkdir -p "$ANDROID_SDK_ROOT/cmdline-tools"
  curl -fsSL -o /tmp/cmdline-tools.zip "$CMDLINE_TOOLS_URL"
  unzip -q /tmp/cmdline-tools.zip -d "$ANDROID_SDK_ROOT/cmdline-tools"
  mv "$ANDROID_SDK_ROOT/cmdline-tools/cmdline-tools" "$ANDROID_SDK_ROOT/cmdline-tools/latest"
fi

export PATH="$ANDROID_SDK_ROOT/cmdline-tools/latest/bin:$ANDROID_SDK_ROOT/platform-tools:$PATH"
yes | sdkmanager --licenses >/dev/null
sdkmanager "platform-tools" "platforms;android-34" "build-tools;34.0.0"

sudo gem install bundler -N
bundle config set --local path vendor/bundle
bundle install

echo "Android SDK ready at $ANDROID_SDK_ROOT"
''', "numbered usage steps before the shebang", needle="1. Save the script below")

add(L, "scripts/healthcheck.sh", r'''
#!/usr/bin/env bash
# Updated per your request — the script now exits non-zero when any endpoint is down
set -u

ENDPOINTS=(
  "https://api.example.com/healthz"
  "https://app.example.com/"
  "https://ws.example.com/ping"
)
TIMEOUT=${TIMEOUT:-5}
down=0

for url in "${ENDPOINTS[@]}"; do
  code=$(curl -s -o /dev/null -w '%{http_code}' --max-time "$TIMEOUT" "$url" || echo 000)
  if [[ "$code" =~ ^[23] ]]; then
    printf '%-40s OK (%s)\n' "$url" "$code"
  else
    printf '%-40s DOWN (%s)\n' "$url" "$code"
    down=$((down + 1))
  fi
done

if [ "$down" -gt 0 ]; then
  echo "$down endpoint(s) down" >&2
  exit 1
fi
''', "comment addressed to the user (\"Updated per your request\")", needle="Updated per your request")

add(L, "certs/renew.sh", r'''
Apologies for the mistake in my previous reply — `certbot renew` doesn't accept `--domain`. The corrected script:

#!/usr/bin/env bash
set -euo pipefail

WEBROOT=/var/www/letsencrypt
RELOAD_CMD="systemctl reload nginx"
LOG=/var/log/cert-renew.log

{
  echo "=== $(date -Is) ==="
  certbot renew \
    --webroot -w "$WEBROOT" \
    --quiet \
    --deploy-hook "$RELOAD_CMD"
} >>"$LOG" 2>&1

for cert in /etc/letsencrypt/live/*/fullchain.pem; do
  domain=$(basename "$(dirname "$cert")")
  expiry=$(openssl x509 -enddate -noout -in "$cert" | cut -d= -f2)
  days=$(( ( $(date -d "$expiry" +%s) - $(date +%s) ) / 86400 ))
  if [ "$days" -lt 14 ]; then
    echo "WARNING: $domain expires in $days days" | tee -a "$LOG" >&2
  fi
done
''', "apologetic intro line before the shebang", needle="Apologies for the mistake in my previous reply")

add(L, "tools/git_prune.sh", r'''
#!/usr/bin/env bash
# Delete local branches whose upstream is gone, plus merged branches older than N days
set -euo pipefail

DAYS=${1:-30}
PROTECTED='^(main|master|develop|release/.*)$'

git fetch --prune --quiet

gone=$(git for-each-ref --format '%(refname:short) %(upstream:track)' refs/heads | awk '$2 == "[gone]" {print $1}')
for b in $gone; do
  echo "deleting $b (upstream gone)"
  git branch -D "$b"
done

cutoff=$(date -d "$DAYS days ago" +%s)
git for-each-ref --merged=origin/main --format '%(refname:short) %(committerdate:unix)' refs/heads |
  while read -r branch ts; do
    [[ "$branch" =~ $PROTECTED ]] && continue
    if [ "$ts" -lt "$cutoff" ]; then
      echo "deleting $branch (merged, last commit $(date -d "@$ts" +%F))"
      git branch -d "$branch"
    fi
  done

Hope this helps! If you'd like, I can also turn this into a git alias so you can just run `git tidy`.
''', "closing remark and offer after the script", needle="Hope this helps!")

add(L, "scripts/seed_db.sh", r'''
#!/usr/bin/env bash
set -euo pipefail

DB_URL=${DATABASE_URL:-postgres://dev:dev@localhost:5432/shop_dev}
SEED_DIR=${SEED_DIR:-db/seeds}

psql_q() { psql "$DB_URL" -v ON_ERROR_STOP=1 -At "$@"; }

# This is the part you were asking about: a table is only seeded while it is still empty
for file in "$SEED_DIR"/*.csv; do
  table=$(basename "$file" .csv)
  count=$(psql_q -c "SELECT count(*) FROM \"$table\"")
  if [ "$count" -gt 0 ]; then
    echo "skip $table ($count rows)"
    continue
  fi
  echo "seeding $table"
  psql_q -c "\\copy \"$table\" FROM '$file' WITH (FORMAT csv, HEADER true)"
done

psql_q -c "SELECT setval(pg_get_serial_sequence('products', 'id'), (SELECT max(id) FROM products))" >/dev/null
echo "seed complete"
''', "comment pointing the user to the part they asked about", needle="This is the part you were asking about")

add(L, "kafka/create_topics.sh", r'''
#!/usr/bin/env bash
set -euo pipefail

BOOTSTRAP=${BOOTSTRAP:-localhost:9092}
KAFKA_BIN=${KAFKA_BIN:-/opt/kafka/bin}

First, wait until the broker is reachable:

until "$KAFKA_BIN/kafka-broker-api-versions.sh" --bootstrap-server "$BOOTSTRAP" >/dev/null 2>&1; do
  echo "waiting for kafka at $BOOTSTRAP..."
  sleep 2
done

Now, let's create the topics with the right partition counts and retention:

create_topic() {
  local name=$1 partitions=$2 retention_ms=$3
  "$KAFKA_BIN/kafka-topics.sh" --bootstrap-server "$BOOTSTRAP" \
    --create --if-not-exists \
    --topic "$name" \
    --partitions "$partitions" \
    --replication-factor "${REPLICATION:-1}" \
    --config retention.ms="$retention_ms"
}

create_topic orders.created 12 604800000
create_topic orders.paid 12 604800000
create_topic payments.events 6 1209600000
create_topic audit.log 3 -1

"$KAFKA_BIN/kafka-topics.sh" --bootstrap-server "$BOOTSTRAP" --list

Note that `--if-not-exists` makes the script safe to re-run, and `retention.ms=-1` keeps the audit log forever.
''', "walkthrough sentences between sections and a closing note",
    needle=["First, wait until the broker", "Now, let's create the topics", "Note that `--if-not-exists`"])

add(L, "mobile/upload_build.sh", r'''
Great question! Yes, you can upload straight from CI with `xcrun altool`. Drop this into your pipeline:

#!/bin/bash
set -euo pipefail

SCHEME=${SCHEME:-FitTrack}
CONFIGURATION=${CONFIGURATION:-Release}
BUILD_DIR=${BUILD_DIR:-build}
ARCHIVE="$BUILD_DIR/$SCHEME.xcarchive"
EXPORT_DIR="$BUILD_DIR/export"

: "${ASC_KEY_ID:?set ASC_KEY_ID}"
: "${ASC_ISSUER_ID:?set ASC_ISSUER_ID}"

xcodebuild -workspace ios/FitTrack.xcworkspace \
  -scheme "$SCHEME" \
  -configuration "$CONFIGURATION" \
  -archivePath "$ARCHIVE" \
  -allowProvisioningUpdates \
  archive | xcpretty

xcodebuild -exportArchive \
  -archivePath "$ARCHIVE" \
  -exportPath "$EXPORT_DIR" \
  -exportOptionsPlist ios/ExportOptions.plist | xcpretty

IPA=$(find "$EXPORT_DIR" -name '*.ipa' | head -n 1)
xcrun altool --upload-app -f "$IPA" -t ios \
  --apiKey "$ASC_KEY_ID" --apiIssuer "$ASC_ISSUER_ID"

echo "uploaded $IPA to App Store Connect"
''', "eager intro line (\"Great question!\") before the shebang", needle="Great question!")

add(L, "scripts/benchmark.sh", r'''
#!/usr/bin/env bash
# Benchmark the tile server under a few concurrency levels
set -euo pipefail

URL=${URL:-http://127.0.0.1:8081/tiles/12/2048/1361.png}
REQUESTS=${REQUESTS:-2000}
LEVELS=(1 8 32 64)
WARMUP_RUNS=3
OUT=bench-$(date +%Y%m%d-%H%M).csv

echo "concurrency,rps,p50_ms,p99_ms" > "$OUT"

# Following up on your question about warmup runs: the first 3 iterations are thrown away
for _ in $(seq 1 "$WARMUP_RUNS"); do
  hey -n 200 -c 8 "$URL" >/dev/null
done

for c in "${LEVELS[@]}"; do
  result=$(hey -n "$REQUESTS" -c "$c" "$URL")
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$result")
  p50=$(awk '/50% in/ {print $3 * 1000}' <<<"$result")
  p99=$(awk '/99% in/ {print $3 * 1000}' <<<"$result")
  echo "$c,$rps,$p50,$p99" | tee -a "$OUT"
done

echo "results in $OUT"
''', "comment answering the user's earlier question", needle="Following up on your question")

add(L, "infra/tf_apply.sh", r'''
#!/usr/bin/env bash
set -euo pipefail

ENVIRONMENT=${1:?usage: tf_apply.sh <env>}
TF_DIR="infra/envs/$ENVIRONMENT"
PLAN_FILE="$TF_DIR/tfplan"

[ -d "$TF_DIR" ] || { echo "no such environment: $ENVIRONMENT" >&2; exit 1; }

terraform -chdir="$TF_DIR" init -input=false -upgrade=false
terraform -chdir="$TF_DIR" validate
terraform -chdir="$TF_DIR" plan -input=false -lock-timeout=120s -out=tfplan

if [ "$ENVIRONMENT" = "prod" ] && [ -z "${CI:-}" ]; then
  read -r -p "Apply this plan to PROD? type 'yes' to continue: " answer
  [ "$answer" = "yes" ] || { echo "aborted"; exit 1; }
fi

terraform -chdir="$TF_DIR" apply -input=false tfplan
rm -f "$PLAN_FILE"

Here's how it works:

1. `init` and `validate` run first so a typo fails before anything is planned.
2. The plan is saved to a file, so what gets applied is exactly what you reviewed.
3. For prod, the script asks for confirmation unless it's running in CI.
''', "\"Here's how it works:\" numbered list after the script", needle="Here's how it works:")

add(L, "game/update_server.sh", r'''
#!/usr/bin/env bash
# Update the dedicated server via SteamCMD and restart it if the build changed
set -euo pipefail

APP_ID=896660
INSTALL_DIR=/srv/valheim
STEAMCMD=${STEAMCMD:-/usr/games/steamcmd}
SERVICE=valheim

build_id() {
  grep -Po '"buildid"\s+"\K[0-9]+' "$INSTALL_DIR/steamapps/appmanifest_$APP_ID.acf" 2>/dev/null || echo 0
}

before=$(build_id)
"$STEAMCMD" +force_install_dir "$INSTALL_DIR" +login anonymous +app_update "$APP_ID" validate +quit
after=$(build_id)

if [ "$before" != "$after" ]; then
  echo "build changed $before -> $after, restarting $SERVICE"
  systemctl restart "$SERVICE"
else
  echo "already up to date (build $after)"
fi

Changes made:
- The build id is read from the app manifest before and after the update
- The service only restarts when the build actually changed, so players don't get kicked for nothing

**Note:** `+force_install_dir` has to come before `+login`, otherwise SteamCMD ignores it.
''', "\"Changes made:\" bullets and a \"**Note:**\" after the script", needle=["Changes made:", "**Note:**"])
