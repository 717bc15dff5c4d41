Great question! Mirroring with all branches and tags is easiest with a bare clone:

#!/usr/bin/env bash
set -euo pipefail

SRC=${1:?usage: mirror-repo.sh <source-url> <dest-url>}
DEST=${2:?usage: mirror-repo.sh <source-url> <dest-url>}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

git clone --mirror "$SRC" "$WORK/repo.git"
cd "$WORK/repo.git"
git lfs fetch --all 2>/dev/null || true
git push --mirror "$DEST"
git lfs push --all "$DEST" 2>/dev/null || true

echo "mirrored $SRC -> $DEST"

Explanation:
1. `git clone --mirror` fetches every ref, including remote-tracking branches and notes.
2. `git push --mirror` makes the destination an exact copy, deleting refs that no longer exist upstream.
3. The LFS lines are optional and silently skipped when git-lfs is not installed.
