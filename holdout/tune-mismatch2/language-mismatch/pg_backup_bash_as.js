set -e

BACKUP_DIR=/var/backups/postgres
STAMP=$(date +%Y%m%d-%H%M%S)
KEEP_DAYS=14

mkdir -p "$BACKUP_DIR"
pg_dump -h "$PGHOST" -U "$PGUSER" -Fc "$PGDATABASE" > "$BACKUP_DIR/$PGDATABASE-$STAMP.dump"

find "$BACKUP_DIR" -name '*.dump' -mtime +"$KEEP_DAYS" -delete

echo "Backup written to $BACKUP_DIR/$PGDATABASE-$STAMP.dump"
