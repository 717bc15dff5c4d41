"""Realistic base shell scripts used for the llm-chatter and markdown-fence cases.

Each base is a list of chunks; chunk 0 starts with the shebang line.  Chunks are
joined with one blank line, and "middle" insertions go between two chunks.
"""

BASES = {}

BASES["deploy"] = [
r'''#!/usr/bin/env bash
set -euo pipefail

ENVIRONMENT="${1:-staging}"
MAX_RETRIES=5
RETRY_DELAY=10
IMAGE_TAG="$(git rev-parse --short HEAD)"
''',
r'''log() {
    printf '[%s] %s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$*" >&2
}
''',
r'''retry() {
    local attempt=1
    until "$@"; do
        if (( attempt >= MAX_RETRIES )); then
            log "command failed after ${attempt} attempts: $*"
            return 1
        fi
        log "attempt ${attempt} failed, retrying in ${RETRY_DELAY}s"
        sleep "$RETRY_DELAY"
        attempt=$(( attempt + 1 ))
    done
}
''',
r'''deploy() {
    log "deploying ${IMAGE_TAG} to ${ENVIRONMENT}"
    retry kubectl --context "${ENVIRONMENT}" set image deployment/api \
        api="registry.example.com/api:${IMAGE_TAG}"
    retry kubectl --context "${ENVIRONMENT}" rollout status deployment/api --timeout=300s
}
''',
r'''deploy
log "done"
''',
]

BASES["backup"] = [
r'''#!/bin/sh
set -eu

BACKUP_DIR=/var/backups/postgres
RETENTION_DAYS=14
DB_NAME=${DB_NAME:-app}
STAMP=$(date +%Y%m%d-%H%M%S)
''',
r'''mkdir -p "$BACKUP_DIR"
''',
r'''pg_dump --format=custom --file="$BACKUP_DIR/$DB_NAME-$STAMP.dump" "$DB_NAME"
gzip -9 "$BACKUP_DIR/$DB_NAME-$STAMP.dump"
''',
r'''find "$BACKUP_DIR" -name "$DB_NAME-*.dump.gz" -mtime +"$RETENTION_DAYS" -delete
echo "backup written to $BACKUP_DIR/$DB_NAME-$STAMP.dump.gz"
''',
]

BASES["install"] = [
r'''#!/bin/bash
set -e

REQUIRED_PACKAGES=(curl jq git unzip)

need_cmd() {
    command -v "$1" >/dev/null 2>&1
}
''',
r'''install_packages() {
    if need_cmd apt-get; then
        sudo apt-get update -qq
        sudo apt-get install -y "${REQUIRED_PACKAGES[@]}"
    elif need_cmd dnf; then
        sudo dnf install -y "${REQUIRED_PACKAGES[@]}"
    elif need_cmd brew; then
        brew install "${REQUIRED_PACKAGES[@]}"
    else
        echo "no supported package manager found" >&2
        exit 1
    fi
}
''',
r'''install_terraform() {
    local version="1.7.5"
    local arch
    arch="$(uname -m)"
    case "$arch" in
        x86_64) arch=amd64 ;;
        aarch64|arm64) arch=arm64 ;;
    esac
    curl -fsSL -o /tmp/terraform.zip \
        "https://releases.hashicorp.com/terraform/${version}/terraform_${version}_linux_${arch}.zip"
    sudo unzip -o /tmp/terraform.zip -d /usr/local/bin
}
''',
r'''install_packages
install_terraform
echo "all dependencies installed"
''',
]

BASES["rotate"] = [
r'''#!/bin/sh
LOG_DIR=${LOG_DIR:-/var/log/myapp}
KEEP=7
''',
r'''for f in "$LOG_DIR"/*.log; do
    [ -f "$f" ] || continue
    mv "$f" "$f.$(date +%F)"
    gzip "$f.$(date +%F)"
done
''',
r'''ls -1t "$LOG_DIR"/*.gz 2>/dev/null | tail -n +$((KEEP + 1)) | xargs -r rm -f
kill -HUP "$(cat /var/run/myapp.pid)"
''',
]

BASES["docker"] = [
r'''#!/usr/bin/env bash
set -euo pipefail

REGISTRY="ghcr.io/acme"
IMAGE="web"
VERSION="${VERSION:-$(git describe --tags --always)}"
PLATFORMS="linux/amd64,linux/arm64"
''',
r'''ensure_builder() {
    if ! docker buildx inspect multiarch >/dev/null 2>&1; then
        docker buildx create --name multiarch --use
    fi
}
''',
r'''build_and_push() {
    docker buildx build \
        --platform "$PLATFORMS" \
        --tag "$REGISTRY/$IMAGE:$VERSION" \
        --tag "$REGISTRY/$IMAGE:latest" \
        --cache-from "type=registry,ref=$REGISTRY/$IMAGE:buildcache" \
        --cache-to "type=registry,ref=$REGISTRY/$IMAGE:buildcache,mode=max" \
        --push .
}
''',
r'''ensure_builder
build_and_push
echo "pushed $REGISTRY/$IMAGE:$VERSION"
''',
]

BASES["migrate"] = [
r'''#!/bin/bash
set -euo pipefail

DATABASE_URL="${DATABASE_URL:?DATABASE_URL must be set}"
MIGRATIONS_DIR="./migrations"
''',
r'''wait_for_db() {
    for i in $(seq 1 30); do
        if pg_isready -d "$DATABASE_URL" >/dev/null 2>&1; then
            return 0
        fi
        echo "waiting for database ($i/30)"
        sleep 2
    done
    echo "database did not become ready" >&2
    return 1
}
''',
r'''run_migrations() {
    for file in "$MIGRATIONS_DIR"/*.sql; do
        echo "applying $(basename "$file")"
        psql "$DATABASE_URL" -v ON_ERROR_STOP=1 -f "$file"
    done
}
''',
r'''wait_for_db
run_migrations
''',
]

BASES["health"] = [
r'''#!/usr/bin/env bash
set -uo pipefail

URLS=(
    "https://api.example.com/healthz"
    "https://www.example.com/"
    "https://auth.example.com/ready"
)
TIMEOUT=5
FAILED=0
''',
r'''check_url() {
    local url="$1"
    local code
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time "$TIMEOUT" "$url")
    if [[ "$code" != 2* ]]; then
        echo "FAIL $url -> $code"
        return 1
    fi
    echo "OK   $url"
}
''',
r'''for url in "${URLS[@]}"; do
    check_url "$url" || FAILED=$((FAILED + 1))
done
''',
r'''if (( FAILED > 0 )); then
    exit 1
fi
''',
]

BASES["gitclean"] = [
r'''#!/bin/bash
set -euo pipefail

MAIN_BRANCH="${MAIN_BRANCH:-main}"
DRY_RUN="${DRY_RUN:-0}"
''',
r'''git fetch --prune origin
''',
r'''merged=$(git branch --merged "origin/$MAIN_BRANCH" | grep -vE "^\*|\b($MAIN_BRANCH|develop)\b" || true)
''',
r'''for branch in $merged; do
    if [[ "$DRY_RUN" == 1 ]]; then
        echo "would delete $branch"
    else
        git branch -d "$branch"
    fi
done
''',
]

BASES["ssl"] = [
r'''#!/bin/sh
set -e

DOMAINS="example.com www.example.com"
WEBROOT=/var/www/letsencrypt
EMAIL=ops@example.com
''',
r'''for d in $DOMAINS; do
    certbot certonly --webroot -w "$WEBROOT" -d "$d" \
        --email "$EMAIL" --agree-tos --non-interactive --keep-until-expiring
done
''',
r'''nginx -t && systemctl reload nginx
''',
]

BASES["s3"] = [
r'''#!/usr/bin/env bash
set -euo pipefail

BUCKET="s3://acme-static-assets"
DIST_DIR="dist"
CF_DISTRIBUTION_ID="${CF_DISTRIBUTION_ID:-E2EXAMPLE123}"
''',
r'''npm ci
npm run build
''',
r'''aws s3 sync "$DIST_DIR" "$BUCKET" --delete \
    --cache-control "public, max-age=31536000, immutable" \
    --exclude "index.html"
aws s3 cp "$DIST_DIR/index.html" "$BUCKET/index.html" \
    --cache-control "no-cache"
''',
r'''aws cloudfront create-invalidation \
    --distribution-id "$CF_DISTRIBUTION_ID" \
    --paths "/index.html"
''',
]

BASES["devsetup"] = [
r'''#!/bin/bash
set -euo pipefail

PYTHON_VERSION="3.12"
VENV_DIR=".venv"
''',
r'''create_venv() {
    if [[ ! -d "$VENV_DIR" ]]; then
        "python${PYTHON_VERSION}" -m venv "$VENV_DIR"
    fi
    # shellcheck disable=SC1091
    source "$VENV_DIR/bin/activate"
    pip install --upgrade pip
    pip install -r requirements-dev.txt
}
''',
r'''install_hooks() {
    pre-commit install
    pre-commit install --hook-type commit-msg
}
''',
r'''create_venv
install_hooks
cp -n .env.example .env || true
echo "development environment ready"
''',
]

BASES["disk"] = [
r'''#!/bin/sh
THRESHOLD=${THRESHOLD:-90}
WEBHOOK_URL=${WEBHOOK_URL:?}
''',
r'''df -P | awk 'NR>1 {print $5, $6}' | while read -r usage mount; do
    pct=${usage%\%}
    if [ "$pct" -ge "$THRESHOLD" ]; then
        curl -s -X POST -H 'Content-Type: application/json' \
            -d "{\"text\": \"disk usage on $(hostname):$mount is ${pct}%\"}" \
            "$WEBHOOK_URL"
    fi
done
''',
]


def script(base):
    """The whole base script, chunks joined with one blank line."""
    return "\n".join(BASES[base])
