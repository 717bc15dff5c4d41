Here is the updated script:

#!/bin/bash
set -euo pipefail

DB_NAME="${DB_NAME:-app}"
OUT_DIR="${OUT_DIR:-/var/backups}"
STAMP="$(date +%Y%m%d-%H%M%S)"

mkdir -p "$OUT_DIR"
mysqldump --single-transaction --routines "$DB_NAME" | gzip > "$OUT_DIR/$DB_NAME-$STAMP.sql.gz"

find "$OUT_DIR" -name "$DB_NAME-*.sql.gz" -mtime +7 -delete
echo "backup written to $OUT_DIR/$DB_NAME-$STAMP.sql.gz"
