#!/usr/bin/env bash
set -euo pipefail

VERSION=${1:?usage: release.sh VERSION}
PREV=$(git describe --tags --abbrev=0)

changes=$(git log --pretty='- %s' "${PREV}..HEAD")
count=$(wc -l <<<"$changes")

cat > "release-notes-${VERSION}.md" <<EOF
## v${VERSION}

${changes}

Full diff: ${PREV}...v${VERSION}
EOF

echo "Wrote notes for ${count} commits (features, fixes, etc.)"
git tag -a "v${VERSION}" -F "release-notes-${VERSION}.md"
