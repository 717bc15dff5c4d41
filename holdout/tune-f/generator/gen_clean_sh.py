from common import F
L = "clean"
S = "shell"

F(L, "install.sh", S, "valid bash installer: here-document containing Markdown and prose ('## Next steps', 'Here is what was installed', 'Let me know'); comments 'TODO', 'rest of the script is idempotent'", r'''
#!/usr/bin/env bash
set -euo pipefail

# TODO: support arm64 once the upstream tarball exists.
# The rest of the script is idempotent, so re-running it is safe.
PREFIX=${PREFIX:-$HOME/.local}
VERSION=1.8.0

mkdir -p "$PREFIX/bin"
curl -fsSL "https://downloads.acme.io/acmectl/$VERSION/acmectl-linux-amd64.tar.gz" \
  | tar -xz -C "$PREFIX/bin" acmectl

cat <<EOF

## Next steps

Here is what was installed:

- acmectl $VERSION in $PREFIX/bin

Run \`acmectl login\` to get started... and let me know on #tools if
anything looks off (that's the maintainers' channel).
EOF
''')

F(L, "deploy.sh", S, "valid POSIX sh (checked with dash too): echo strings 'Deploying...' and 'Done.', comments 'unchanged', 'etc.'", r'''
#!/bin/sh
set -eu

# Release layout is unchanged: releases/<stamp>, current -> symlink, etc.
APP_DIR=/srv/shop
STAMP=$(date +%Y%m%d%H%M%S)
RELEASE="$APP_DIR/releases/$STAMP"

echo "Deploying $STAMP..."
mkdir -p "$RELEASE"
tar -xzf shop.tar.gz -C "$RELEASE"

if [ -d "$APP_DIR/shared/uploads" ]; then
  ln -s "$APP_DIR/shared/uploads" "$RELEASE/uploads"
fi

ln -sfn "$RELEASE" "$APP_DIR/current"
systemctl reload shop

# keep the five newest releases
ls -1dt "$APP_DIR"/releases/* | tail -n +6 | xargs -r rm -rf
echo "Done."
''')

F(L, "scripts/changelog.bash", S, "valid bash: quoted here-document writing Markdown release notes with prose ('### Notes', 'Note:', '...'), '&&' chains", r'''
#!/usr/bin/env bash
set -euo pipefail

version=${1:?usage: changelog.bash <version>}
prev=$(git describe --tags --abbrev=0 2>/dev/null || echo "")
range=${prev:+$prev..}HEAD

{
  printf '## %s (%s)\n\n' "$version" "$(date +%F)"
  git log --no-merges --pretty='- %s' "$range"
  cat <<'NOTES'

### Notes

Note: configuration files from the previous release work unchanged.
Upgrading is the usual `helm upgrade ...` and nothing else.
NOTES
} > "release-$version.md"

git add "release-$version.md" && git commit -qm "docs: release notes for $version" &&
  echo "wrote release-$version.md"
''')

F(L, "ops/backup.sh", S, "valid bash: comments 'Note:' and 'etc.', a function using \"$@\" and a trap", r'''
#!/usr/bin/env bash
set -Eeuo pipefail

# Note: credentials come from ~/.pgpass (host, port, db, user, etc.).
DEST=${DEST:-/var/backups/pg}
KEEP=${KEEP:-7}

cleanup() { rm -f "$DEST"/*.partial; }
trap cleanup EXIT

dump() {
  local db=$1; shift
  pg_dump -Fc "$@" "$db" > "$DEST/$db.partial"
  mv "$DEST/$db.partial" "$DEST/$db-$(date +%F).dump"
}

mkdir -p "$DEST"
for db in accounts orders; do
  dump "$db" --no-owner
done

find "$DEST" -name '*.dump' -mtime +"$KEEP" -delete
''')

F(L, "ci/run-tests.sh", S, "valid bash: usage here-document with '[pytest args...]' and '...', commands continued with '&&' and '\\' that are complete", r'''
#!/usr/bin/env bash
set -euo pipefail

usage() {
  cat <<'USAGE'
Usage: run-tests.sh [--fast] [--] [pytest args...]

  --fast   skip slow and integration tests
  ...      anything after -- is passed to pytest unchanged
USAGE
}

fast=
while [[ $# -gt 0 ]]; do
  case $1 in
    --fast) fast=1; shift ;;
    -h|--help) usage; exit 0 ;;
    --) shift; break ;;
    *) break ;;
  esac
done

python -m pip install -q -r requirements-dev.txt &&
  python -m pytest \
    ${fast:+-m "not slow and not integration"} \
    "$@"
''')

F(L, "bin/setup.sh", S, "valid POSIX sh: printf messages with '...' and 'Here we go'; no final newline", r'''
#!/bin/sh
set -e

say() { printf '==> %s\n' "$*"; }

say "Checking tools..."
for tool in git make docker; do
  command -v "$tool" >/dev/null 2>&1 || { echo "missing: $tool" >&2; exit 1; }
done

say "Here we go: installing hooks"
git config core.hooksPath .githooks

say "Building images (this may take a while)..."
make images

say "All set. Run 'make up' to start everything."''')

F(L, "scripts/gen-readme.sh", S, "valid bash: unquoted here-document generating a README whose prose says 'Here is', 'Let me know', 'TODO', '...'", r'''
#!/usr/bin/env bash
set -euo pipefail

name=${1:?usage: gen-readme.sh <package>}
dir="packages/$name"
desc=$(jq -r .description "$dir/package.json")

cat > "$dir/README.md" <<EOF
# @acme/$name

$desc

## Install

\`\`\`sh
npm install @acme/$name
\`\`\`

## Usage

Here is the smallest useful example... more in the docs site.

> TODO: document the options object once the API settles.
> Let me know in the issue tracker if something is unclear.
EOF

echo "wrote $dir/README.md"
''')

F(L, "hooks/commit-msg.sh", S, "valid bash: error messages containing 'Note:' and an example 'feat(api): ...', regex with '...' quantifiers", r'''
#!/usr/bin/env bash
# Enforce Conventional Commits in the subject line.
set -euo pipefail

msg_file=$1
subject=$(head -n1 "$msg_file")
pattern='^(feat|fix|docs|chore|refactor|test|ci)(\([a-z0-9-]+\))?!?: .{3,72}$'

if [[ $subject =~ ^(Merge|Revert) ]]; then
  exit 0
fi

if ! [[ $subject =~ $pattern ]]; then
  echo "commit-msg: subject does not follow Conventional Commits" >&2
  echo "  got:      $subject" >&2
  echo "  expected: feat(api): add pagination ..." >&2
  echo "Note: the rest of the message (body, footers) is not checked." >&2
  exit 1
fi
''')
