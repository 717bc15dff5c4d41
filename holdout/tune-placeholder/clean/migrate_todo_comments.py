import logging
import sqlite3

log = logging.getLogger(__name__)


def migrate(conn: sqlite3.Connection) -> None:
    # TODO: wrap each step in a savepoint so a failure can be resumed
    # TODO(perf): batch the backfill for tables over 1M rows
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version < 1:
        conn.execute("CREATE TABLE IF NOT EXISTS tags (id INTEGER PRIMARY KEY, name TEXT UNIQUE)")
        conn.execute("PRAGMA user_version = 1")
    if version < 2:
        conn.execute("ALTER TABLE tags ADD COLUMN color TEXT")
        # XXX: existing rows keep NULL color; the UI falls back to grey
        conn.execute("PRAGMA user_version = 2")
    conn.commit()
    log.info("schema at version %s", conn.execute("PRAGMA user_version").fetchone()[0])
