#!/usr/bin/env bash
set -euo pipefail

SRC=${SRC:-/srv/nextcloud/data}
DEST=${DEST:-/mnt/backup/nextcloud}
LOCK=/run/nextcloud-backup.lock

exec 9>"$LOCK"
flock -n 9 || { echo "another backup is running"; exit 0; }

# Note: maintenance mode keeps the database and files consistent.
sudo -u www-data php /srv/nextcloud/occ maintenance:mode --on
trap 'sudo -u www-data php /srv/nextcloud/occ maintenance:mode --off' EXIT

echo "Copying files..."
rsync -a --delete "$SRC/" "$DEST/data/"

echo "Dumping database..."
mysqldump --single-transaction nextcloud | gzip > "$DEST/db.sql.gz"

echo "Backup complete."