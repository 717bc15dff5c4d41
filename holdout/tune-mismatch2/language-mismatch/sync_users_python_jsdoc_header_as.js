/**
 * sync_users — nightly export job
 */
import csv
import logging
import os
from datetime import date

import psycopg2

log = logging.getLogger(__name__)


def export_users(conn, out_path):
    with conn.cursor() as cur, open(out_path, "w", newline="") as fh:
        cur.execute("SELECT id, email, created_at FROM users WHERE active")
        writer = csv.writer(fh)
        writer.writerow(["id", "email", "created_at"])
        for row in cur:
            writer.writerow(row)
    log.info("exported users to %s", out_path)


if __name__ == "__main__":
    conn = psycopg2.connect(dsn=os.environ["DATABASE_URL"])
    export_users(conn, f"users-{date.today()}.csv")
