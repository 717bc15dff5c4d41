#!/usr/bin/env bash
# Build the GitHub release body from the changelog section of the current tag.
set -euo pipefail

tag="${1:?usage: release-notes.sh <tag>}"
prev="$(git describe --tags --abbrev=0 "${tag}^" 2>/dev/null || true)"
range="${prev:+${prev}..}${tag}"

{
  cat <<'EOF'
## Install

```sh
curl -fsSL https://get.example.dev | sh
```

Or download a binary below ...

EOF
  printf '## Changes since %s\n\n' "${prev:-the beginning}"
  git log --no-merges --format='- %s (%h)' "$range"
  cat <<EOF

---
Full diff: https://github.com/acme/tool/compare/${range/../...}
EOF
} > release-notes.md

echo "wrote release-notes.md for ${tag}"
