#!/bin/bash
: <<'DOC'
Sync the staging database from last night's production snapshot.

Steps:
  1. Download the newest snapshot from the backup bucket.
  2. Restore it into the staging cluster.
  3. Scrub personal data.

I know this looks slow; it is, but it is safe.
DOC
set -euo pipefail

snapshot=$(aws s3 ls s3://acme-db-backups/prod/ | sort | tail -n 1 | awk '{print $4}')
aws s3 cp "s3://acme-db-backups/prod/$snapshot" /tmp/snapshot.dump
pg_restore --clean --no-owner -d "$STAGING_DATABASE_URL" /tmp/snapshot.dump
psql "$STAGING_DATABASE_URL" -f scripts/scrub.sql
