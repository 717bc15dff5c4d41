#!/usr/bin/env bash
set -euo pipefail

VERSION="$(cat VERSION)"
DATE="$(date +%F)"

cat > RELEASE.md <<EOF
# Release $VERSION ($DATE)

Here is what changed in this release.

Key changes:
- Faster startup
- New \`--quiet\` flag

Let us know on the issue tracker if anything breaks.
EOF

echo "wrote RELEASE.md for $VERSION"
