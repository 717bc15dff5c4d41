#!/usr/bin/env bash
set -euo pipefail

SNAPSHOT="${1:?usage: restore.sh SNAPSHOT_ID}"
TARGET=/srv/data

systemctl stop minio

restic -r "s3:https://s3.example.com/acme-restic" restore "$SNAPSHOT" \
  --target /tmp/restore \
  --include /srv/data

rsync -a --delete /tmp/restore/srv/data/ "$TARGET/"
chown -R minio-user:minio-user "$TARGET"
rm -rf /tmp/restore

systemctl start minio

I hope this helps! Let me know if you run into any issues.
