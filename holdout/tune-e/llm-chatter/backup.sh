#!/usr/bin/env bash
set -euo pipefail

SRC=/var/lib/gitea
DEST=s3://acme-backups/gitea
STAMP=$(date +%Y%m%d)

systemctl stop gitea
tar -czf "/tmp/gitea-${STAMP}.tar.gz" -C "$SRC" .
systemctl start gitea

aws s3 cp "/tmp/gitea-${STAMP}.tar.gz" "${DEST}/gitea-${STAMP}.tar.gz" --storage-class STANDARD_IA
rm -f "/tmp/gitea-${STAMP}.tar.gz"

This script does the following:
1. Stops Gitea so the data directory is consistent
2. Archives the data directory into a dated tarball
3. Restarts Gitea and uploads the archive to S3
4. Removes the local copy
