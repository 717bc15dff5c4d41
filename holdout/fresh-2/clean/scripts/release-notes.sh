#!/usr/bin/env bash
set -euo pipefail

version="${1:?version}"
previous="$(git describe --tags --abbrev=0 "v${version}^" 2>/dev/null || git rev-list --max-parents=0 HEAD)"

changes="$(git log --format='- %s (%h)' "${previous}..v${version}")"

cat > "release-notes-${version}.md" <<EOF
## What's changed in ${version}

${changes}

Thanks to everyone who contributed to this release!
If you hit any issues after upgrading, let us know by opening an issue, and
we'll take a look as soon as we can.
EOF

echo "wrote release-notes-${version}.md"