CASES = [
("install-deps.sh", "inside an if body: cut after a command inside 'if ...; then', no fi, no final newline", r'''
#!/usr/bin/env bash
set -euo pipefail

if [[ "$(uname -s)" == "Darwin" ]]; then
  PKG="brew install"
else
  PKG="sudo apt-get install -y"
fi

echo "installing build dependencies"
$PKG cmake pkg-config

if ! command -v protoc >/dev/null 2>&1; then
  echo "protoc not found, installing"
  $PKG protobuf-compiler@@CUT@@
fi

cmake -S . -B build
cmake --build build
'''),

("convert-videos.sh", "inside a for loop: body started, no done", r'''
#!/bin/bash
set -euo pipefail

IN_DIR="${1:-.}"
OUT_DIR="${2:-./out}"
mkdir -p "$OUT_DIR"

shopt -s nullglob
for f in "$IN_DIR"/*.mov; do
  name="$(basename "${f%.*}")"
  echo "converting $name"
  ffmpeg -hide_banner -loglevel error -i "$f" \
    -c:v libx264 -crf 23 -preset medium -c:a aac -b:a 128k \
    "$OUT_DIR/$name.mp4"@@CUT@@
done

echo "converted files are in $OUT_DIR"
'''),

("wait-ready.sh", "inside a while loop: cut after 'sleep 2' inside the loop body, no done (final newline present)", r'''
#!/usr/bin/env bash
# Wait until the API answers on /ready, then run the smoke tests.
set -uo pipefail

URL="${URL:-http://localhost:8080/ready}"
DEADLINE=$(( $(date +%s) + 120 ))

while ! curl -fs "$URL" >/dev/null; do
  if (( $(date +%s) > DEADLINE )); then
    echo "service not ready after 120s" >&2
    exit 1
  fi
  echo "waiting for $URL"
  sleep 2@@CUT@@
done

./scripts/smoke.sh
''', {"nl": True}),

("svc.sh", "inside a case statement: second arm finished, no esac", r'''
#!/bin/sh
# Minimal service wrapper: svc.sh start|stop|status

PIDFILE=/var/run/myapp.pid
BIN=/usr/local/bin/myapp

case "$1" in
  start)
    "$BIN" --daemon --pidfile "$PIDFILE"
    echo "started"
    ;;
  stop)
    kill "$(cat "$PIDFILE")" && rm -f "$PIDFILE"
    echo "stopped"
    ;;@@CUT@@
  status)
    if [ -f "$PIDFILE" ] && kill -0 "$(cat "$PIDFILE")" 2>/dev/null; then
      echo "running"
    else
      echo "stopped"
      exit 3
    fi
    ;;
  *)
    echo "usage: $0 {start|stop|status}" >&2
    exit 2
    ;;
esac
'''),

("functions.sh", "inside a function body: no closing brace", r'''
#!/usr/bin/env bash
set -euo pipefail

log() {
  printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2
}

retry() {
  local attempts="$1"; shift
  local n=1
  until "$@"; do
    if (( n >= attempts )); then
      log "command failed after $n attempts: $*"
      return 1
    fi
    log "attempt $n failed, retrying"
    sleep $(( n * 2 ))@@CUT@@
    n=$(( n + 1 ))
  done
}

retry 5 curl -fsS https://example.com/health
'''),

("write-config.sh", "unterminated heredoc: cat <<EOF with body lines but no EOF terminator, no final newline", r'''
#!/bin/bash
set -euo pipefail

APP_PORT="${APP_PORT:-8080}"
DB_URL="${DB_URL:?DB_URL is required}"
CONFIG=/etc/myapp/config.toml

mkdir -p "$(dirname "$CONFIG")"
cat > "$CONFIG" <<EOF
[server]
port = $APP_PORT
host = "0.0.0.0"

[database]
url = "$DB_URL"
pool_size = 10@@CUT@@
EOF

chmod 600 "$CONFIG"
echo "wrote $CONFIG"
'''),

("notify.sh", "open double quote: echo \"Build finished for $BRANCH ... cut inside the string", r'''
#!/usr/bin/env bash
set -euo pipefail

BRANCH="${CI_COMMIT_BRANCH:-$(git rev-parse --abbrev-ref HEAD)}"
STATUS="${1:-success}"
WEBHOOK="${SLACK_WEBHOOK_URL:?missing webhook}"

if [[ "$STATUS" == "success" ]]; then
  EMOJI=":white_check_mark:"
else
  EMOJI=":x:"
fi

echo "Build finished for $BRANCH with stat@@CUT@@us $STATUS"
curl -fsS -X POST -H 'Content-Type: application/json' \
  -d "{\"text\": \"$EMOJI $BRANCH: $STATUS\"}" "$WEBHOOK"
'''),

("find-large.sh", "open single quote: awk program started with ' and cut mid-program", r'''
#!/bin/bash
# List the 20 largest files under a directory, human readable.
set -euo pipefail

DIR="${1:-.}"
LIMIT="${2:-20}"

find "$DIR" -type f -printf '%s\t%p\n' 2>/dev/null \
  | sort -rn \
  | head -n "$LIMIT" \
  | awk -F'\t' '{
      size = $1
      split("B KB MB GB TB", u, " ")
      i = 1
      while (size >= 1024 && i < 5) { size /= 1024; i++ }@@CUT@@
      printf "%8.1f %-2s  %s\n", size, u[i], $2
    }'
'''),

("docker-run.sh", "line ending in a backslash continuation as the last line, with final newline", r'''
#!/usr/bin/env bash
set -euo pipefail

IMAGE="${IMAGE:-ghcr.io/acme/api:latest}"
NAME=api

docker pull "$IMAGE"
docker rm -f "$NAME" 2>/dev/null || true

docker run -d \
  --name "$NAME" \
  --restart unless-stopped \
  -p 8080:8080 \
  -e DATABASE_URL="$DATABASE_URL" \@@CUT@@
  -v /srv/api/data:/data \
  "$IMAGE"

docker logs --tail 20 "$NAME"
''', {"nl": True}),

("build-all.sh", "line ending in '&&' as the last line, no final newline", r'''
#!/bin/bash
set -e

ROOT="$(git rev-parse --show-toplevel)"
cd "$ROOT"

for pkg in packages/*/; do
  echo "building $pkg"
  (cd "$pkg" && npm run build)
done

npm run typecheck &&
  npm run lint &&@@CUT@@
  npm test

echo "all packages built"
'''),

("top-ips.sh", "line ending in a pipe '|' as the last line, no final newline", r'''
#!/usr/bin/env bash
# Show the top client IPs from an nginx access log.
set -euo pipefail

LOG="${1:-/var/log/nginx/access.log}"
N="${2:-10}"

if [[ ! -r "$LOG" ]]; then
  echo "cannot read $LOG" >&2
  exit 1
fi

awk '{print $1}' "$LOG" |
  sort |
  uniq -c |@@CUT@@
  sort -rn |
  head -n "$N"
'''),

("restart-app.sh", "mid-word command 'systemctl rest' as last line (valid syntax, obviously cut)", r'''
#!/bin/bash
set -euo pipefail

UNIT=myapp.service

echo "reloading unit files"
sudo systemctl daemon-reload

echo "checking config"
/opt/myapp/bin/myapp check-config /etc/myapp/config.toml

echo "restarting $UNIT"
sudo systemctl rest@@CUT@@art "$UNIT"
sudo systemctl --no-pager status "$UNIT"
'''),

("archive.sh", "inside a parameter expansion in quotes: '\"${BACKUP_DI' cut mid-name (open brace and quote)", r'''
#!/usr/bin/env bash
set -euo pipefail

BACKUP_DIR="${BACKUP_DIR:-/var/backups/app}"
SOURCE=/srv/app/uploads
STAMP="$(date +%Y-%m-%d)"

mkdir -p "$BACKUP_DIR"
tar -czf "$BACKUP_DIR/uploads-$STAMP.tar.gz" -C "$SOURCE" .

sha256sum "$BACKUP_DIR/uploads-$STAMP.tar.gz" > "${BACKUP_DI@@CUT@@R}/uploads-$STAMP.tar.gz.sha256"
echo "archived $SOURCE"
'''),

("version-bump.sh", "open command substitution: 'CURRENT=$(git describe --tags' with no closing paren", r'''
#!/usr/bin/env bash
set -euo pipefail

PART="${1:-patch}"

if [[ -n "$(git status --porcelain)" ]]; then
  echo "working tree is dirty; commit or stash first" >&2
  exit 1
fi

git fetch --tags --quiet
CURRENT=$(git describe --tags --abbrev=0 2>/dev/null@@CUT@@ || echo v0.0.0)
IFS=. read -r MAJ MIN PAT <<< "${CURRENT#v}"

case "$PART" in
  major) MAJ=$((MAJ + 1)); MIN=0; PAT=0 ;;
  minor) MIN=$((MIN + 1)); PAT=0 ;;
  patch) PAT=$((PAT + 1)) ;;
  *) echo "usage: $0 [major|minor|patch]" >&2; exit 2 ;;
esac

NEXT="v$MAJ.$MIN.$PAT"
git tag -a "$NEXT" -m "$NEXT"
echo "$CURRENT -> $NEXT"
'''),

("apt-packages.sh", "open array: 'PKGS=(' with some elements and no closing paren", r'''
#!/bin/bash
set -euo pipefail

export DEBIAN_FRONTEND=noninteractive

PKGS=(
  build-essential
  curl
  git
  libssl-dev
  pkg-config@@CUT@@
  zlib1g-dev
)

apt-get update
apt-get install -y --no-install-recommends "${PKGS[@]}"
rm -rf /var/lib/apt/lists/*
'''),

("check-files.sh", "inside a [[ test: '[[ -f \"$f\" &&' cut before closing ]]", r'''
#!/usr/bin/env bash
# Verify that every file listed in MANIFEST exists and is non-empty.
set -uo pipefail

MANIFEST="${1:-MANIFEST}"
missing=0

while IFS= read -r f; do
  [[ -z "$f" || "$f" == \#* ]] && continue
  if [[ -f "$f" && @@CUT@@-s "$f" ]]; then
    echo "ok      $f"
  else
    echo "MISSING $f"
    missing=$((missing + 1))
  fi
done < "$MANIFEST"

exit $(( missing > 0 ))
'''),

("gpu-check.sh", "if/then with nothing after 'then' (cut at line end, final newline present)", r'''
#!/bin/bash
# Report whether an NVIDIA GPU is usable from this host.

if ! command -v nvidia-smi >/dev/null 2>&1; then
  echo "nvidia-smi not installed"
  exit 1
fi

DRIVER=$(nvidia-smi --query-gpu=driver_version --format=csv,noheader | head -n1)
echo "driver: $DRIVER"

if nvidia-smi -L | grep -q "GPU 0"; then@@CUT@@
  nvidia-smi --query-gpu=name,memory.total,utilization.gpu --format=csv
else
  echo "no GPU visible"
  exit 1
fi
''', {"nl": True}),

("setup-complete.sh", "mid-word in an unquoted echo argument 'Installation compl' as last line (valid syntax)", r'''
#!/usr/bin/env bash
set -euo pipefail

PREFIX="$HOME/.local"
mkdir -p "$PREFIX/bin" "$PREFIX/share/mytool"

cp -r share/* "$PREFIX/share/mytool/"
install -m 755 bin/mytool "$PREFIX/bin/mytool"

if ! grep -q "$PREFIX/bin" <<< "$PATH"; then
  echo "export PATH=\"$PREFIX/bin:\$PATH\"" >> "$HOME/.bashrc"
fi

echo Installation compl@@CUT@@ete. Open a new shell to use mytool.
'''),

("ensure-dir.sh", "line ending in '||' as the last line, no final newline", r'''
#!/bin/sh
set -eu

TARGET="${1:?usage: ensure-dir.sh DIR [OWNER]}"
OWNER="${2:-$(id -un)}"

if [ -e "$TARGET" ] && [ ! -d "$TARGET" ]; then
  echo "$TARGET exists and is not a directory" >&2
  exit 1
fi

mkdir -p "$TARGET" ||@@CUT@@ { echo "cannot create $TARGET" >&2; exit 1; }
chown "$OWNER" "$TARGET"
echo "$TARGET ready (owner $OWNER)"
'''),

("commit-msg.sh", "git commit-msg hook: cut inside an if nested in a for loop (no fi, no done)", r'''
#!/usr/bin/env bash
# .git/hooks/commit-msg: enforce Conventional Commits and forbid WIP on main.
MSG_FILE="$1"
MSG="$(head -n1 "$MSG_FILE")"
BRANCH="$(git rev-parse --abbrev-ref HEAD)"
TYPES=(feat fix docs style refactor perf test build ci chore revert)

ok=0
for t in "${TYPES[@]}"; do
  if [[ "$MSG" =~ ^$t(\([a-z0-9-]+\))?!?:\ .+ ]]; then
    ok=1@@CUT@@
    break
  fi
done

if (( ! ok )); then
  echo "commit message must follow Conventional Commits" >&2
  exit 1
fi

if [[ "$BRANCH" == "main" && "$MSG" == *WIP* ]]; then
  echo "no WIP commits on main" >&2
  exit 1
fi
'''),

("motd.sh", "unterminated quoted heredoc (<<'BANNER') with final newline after the last body line", r'''
#!/bin/bash
# Print a login banner with basic host info.

cat <<'BANNER'
  _   _           _
 | | | | ___  ___| |_
 | |_| |/ _ \/ __| __|
 |  _  | (_) \__ \ |_
 |_| |_|\___/|___/\__|
@@CUT@@
BANNER

echo "host:    $(hostname -f)"
echo "uptime:  $(uptime -p)"
echo "load:    $(cut -d' ' -f1-3 /proc/loadavg)"
echo "disk /:  $(df -h / | awk 'NR==2 {print $5 " used"}')"
''', {"nl": True}),

("dispatch.sh", "case arm cut mid-pattern: '  build|tes' (no ')' and no esac)", r'''
#!/usr/bin/env bash
set -euo pipefail

target="${1:-help}"
shift || true

case "$target" in
  fmt)
    cargo fmt --all
    ;;
  lint)
    cargo clippy --all-targets -- -D warnings
    ;;
  build|tes@@CUT@@t)
    cargo "$target" "$@"
    ;;
  help|*)
    echo "usage: $0 {fmt|lint|build|test}"
    ;;
esac
'''),
]
