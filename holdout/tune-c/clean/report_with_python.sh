#!/usr/bin/env bash
set -euo pipefail

LOG_DIR=${1:-/var/log/nginx}
OUT=${2:-/tmp/top-paths.txt}

zcat -f "$LOG_DIR"/access.log* | awk '{print $7, $9}' > /tmp/paths.txt

python3 - "$OUT" <<'EOF'
import collections
import sys

counts = collections.Counter()
errors = collections.Counter()
with open("/tmp/paths.txt") as fh:
    for line in fh:
        path, _, status = line.strip().partition(" ")
        counts[path] += 1
        if status.startswith("5"):
            errors[path] += 1

with open(sys.argv[1], "w") as out:
    for path, n in counts.most_common(25):
        out.write(f"{n:>8} {errors[path]:>6} {path}\n")
EOF

echo "Top paths written to $OUT"
rm -f /tmp/paths.txt
