from common import add

L = "clean"
S = "shell"


def ok(path, body, marks, what, nl=True):
    add(L, path, S, body, f"valid; suspicious-looking but genuine: {what}", marks, nl, kind="clean")


ok("scripts/report.sh", r'''
#!/usr/bin/env bash
# Nightly usage report; mailed to the ops list.
set -euo pipefail

DB="${REPORT_DB:-analytics}"
OUT="$(mktemp)"
trap 'rm -f "$OUT"' EXIT

total=$(psql -Atc "SELECT count(*) FROM events WHERE ts > now() - interval '1 day'" "$DB")
users=$(psql -Atc "SELECT count(DISTINCT user_id) FROM events WHERE ts > now() - interval '1 day'" "$DB")

{
  echo "Here is the summary:"
  echo "  events in the last 24h: $total"
  echo "  active users:           $users"
  echo
  echo "Note: numbers exclude internal test accounts."
} > "$OUT"

mail -s "Usage report $(date +%F)" ops@example.com < "$OUT"
''', ['echo "Here is the summary:"', 'echo "Note: numbers exclude'], "echo 'Here is the summary:' at line {0} and echo 'Note: ...' at line {1}")

ok("install.sh", r'''
#!/bin/sh
# Installer for the `hush` CLI. POSIX sh on purpose: runs on alpine, busybox, etc.
set -eu

PREFIX="${PREFIX:-/usr/local}"
VERSION="${VERSION:-1.4.2}"

say() {
  printf '%s\n' "$*"
}

os=$(uname -s | tr '[:upper:]' '[:lower:]')
arch=$(uname -m)
[ "$arch" = "x86_64" ] && arch=amd64
[ "$arch" = "aarch64" ] && arch=arm64

url="https://downloads.example.com/hush/v${VERSION}/hush-${os}-${arch}.tar.gz"
say "Downloading hush ${VERSION} for ${os}/${arch} ..."
tmp=$(mktemp -d)
curl -fsSL "$url" | tar -xz -C "$tmp"
install -m 0755 "$tmp/hush" "$PREFIX/bin/hush"
rm -rf "$tmp"

cat <<EOF
Here is what was installed:
  $PREFIX/bin/hush (v${VERSION})

Next steps:
  1. run 'hush init' in your project
  2. commit the generated .hush.toml
  3. ... that's it. The rest of the setup is automatic.
EOF
''', ["busybox, etc.", 'say "Downloading hush', "Here is what was installed:", "3. ... that's it."], "comment with 'etc.' at line {0}; '...' in a string at line {1}; here-document with 'Here is what was installed:' (line {2}), numbered steps and '... that's it. The rest of the setup' (line {3})")

ok("scripts/db-restore.sh", r'''
#!/usr/bin/env bash
set -euo pipefail

usage() {
  cat <<'USAGE'
Usage: db-restore.sh <dump-file> [database]

Restores a pg_dump custom-format file. The database is dropped and
recreated first, so everything in it is replaced; roles are unchanged.

Note: run this against staging only. Here is an example:
  ./scripts/db-restore.sh backups/app_2024-06-01.dump app_staging
USAGE
}

[ $# -ge 1 ] || { usage; exit 64; }

DUMP="$1"
DB="${2:-app_staging}"

if [[ "$DB" == *prod* ]]; then
  echo "refusing to restore into '$DB'" >&2
  exit 1
fi

dropdb --if-exists "$DB"
createdb "$DB"
pg_restore --no-owner --jobs=4 -d "$DB" "$DUMP"
echo "restored $DUMP into $DB"
''', ["roles are unchanged.", "Note: run this against staging only. Here is an example:"], "usage here-document with 'unchanged' (line {0}) and 'Note: ... Here is an example:' (line {1})")

ok("ci/matrix.sh", r'''
#!/usr/bin/env bash
# Runs the test suite once per supported Python version.
# Same as the GitHub matrix, for people without Actions minutes.
set -euo pipefail

VERSIONS=("$@")
if [ ${#VERSIONS[@]} -eq 0 ]; then
  VERSIONS=(3.10 3.11 3.12)
fi

run_one() {
  local py="$1"
  shift
  echo "=== python ${py} ==="
  uv run --python "$py" -- pytest -q "$@"
}

failed=()
for v in "${VERSIONS[@]}"; do
  # the remaining arguments after -- are forwarded to pytest as-is
  run_one "$v" -x || failed+=("$v")
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "failed on: ${failed[*]}" >&2
  exit 1
fi
echo "all versions passed"
''', ["# Same as the GitHub matrix", "# the remaining arguments after --"], "comments 'Same as the GitHub matrix' (line {0}) and 'the remaining arguments ...' (line {1}); \"$@\" and array expansions")

ok("docker/healthcheck.sh", r'''
#!/bin/sh
# Container HEALTHCHECK. Keep it tiny: no bash in the runtime image.
# TODO: also check the queue consumer once it exposes /healthz.

PORT="${PORT:-8080}"

if ! wget -q -T 3 -O /dev/null "http://127.0.0.1:${PORT}/healthz"; then
  echo "health: http check failed"
  exit 1
fi

# disk space check: same threshold as before (95%)
used=$(df -P /data | awk 'NR == 2 { sub("%", "", $5); print $5 }')
if [ "${used:-0}" -ge 95 ]; then
  echo "health: /data is ${used}% full"
  exit 1
fi

exit 0
''', ["# TODO: also check", "# disk space check: same threshold as before"], "comments 'TODO' (line {0}) and 'same threshold as before' (line {1}); no final newline", nl=False)

ok("scripts/new-migration.sh", r'''
#!/usr/bin/env bash
set -euo pipefail

name="${1:?usage: new-migration.sh <snake_case_name>}"
stamp=$(date -u +%Y%m%d%H%M%S)
file="migrations/${stamp}_${name}.sql"

cat > "$file" <<SQL
-- ${name}
-- Here is where the schema change goes. Write the up migration first,
-- then the down migration below it (same structure as the other files).

-- +migrate Up
-- TODO: write the up migration

-- +migrate Down
-- TODO: write the down migration
SQL

echo "created $file"
echo "Note: run 'make migrate' to apply it, or 'make migrate-down' to undo ..."
''', ["Here is where the schema change goes.", "-- TODO: write the up migration", "echo \"Note: run 'make migrate'"], "here-document template with 'Here is where ...' (line {0}) and 'TODO' (line {1}); echo 'Note: ... undo ...' at line {2}")

ok("dotfiles/functions.sh", r'''
# shellcheck shell=bash
# Small helpers sourced from ~/.bashrc. Note: none of these are exported.

# mkcd DIR... - make the directories and cd into the last one
mkcd() {
  mkdir -p -- "$@" && cd -- "${!#}" || return
}

# extract FILE - unpack .tar.gz, .zip, .7z, etc. based on the extension
extract() {
  case "$1" in
    *.tar.gz | *.tgz) tar -xzf "$1" ;;
    *.tar.xz) tar -xJf "$1" ;;
    *.zip) unzip -q "$1" ;;
    *.7z) 7z x "$1" ;;
    *) echo "extract: don't know how to unpack '$1'" >&2; return 1 ;;
  esac
}

# gbr - recent branches, newest first (the rest of the list is in 'git branch')
gbr() {
  git for-each-ref --sort=-committerdate --count="${1:-15}" \
    --format='%(committerdate:relative)%09%(refname:short)' refs/heads/
}
''', ["Note: none of these are exported", "mkcd DIR...", ".7z, etc.", "the rest of the list is in"], "comments 'Note:' (line {0}), 'DIR...' (line {1}), 'etc.' (line {2}) and 'the rest of the list' (line {3}); \"$@\" and ${!#}")

ok("scripts/check-env.sh", r'''
#!/bin/sh
set -eu

missing=0
for var in DATABASE_URL REDIS_URL SECRET_KEY_BASE SMTP_HOST; do
  eval "value=\${$var:-}"
  if [ -z "$value" ]; then
    echo "missing: $var"
    missing=$((missing + 1))
  fi
done

if [ "$missing" -gt 0 ]; then
  cat >&2 <<'EOF'
Some required variables are not set.
Here is how to fix it:
  - copy .env.example to .env
  - fill in the values marked "..." (the rest have safe defaults)
EOF
  exit 1
fi

echo "environment looks good"
''', ["Here is how to fix it:", 'fill in the values marked "..."'], "here-document with 'Here is how to fix it:' (line {0}), a bullet list and '\"...\" (the rest have safe defaults)' (line {1})")
