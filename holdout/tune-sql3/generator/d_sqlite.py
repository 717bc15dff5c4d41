from corpus import se, ph, tr, lm, cl
D = 'sqlite'

# ---------------------------------------------------------------- syntax-error
se(D, 'notes_by_tag', """\
-- Notes per tag for the sidebar counts
CREATE TABLE IF NOT EXISTS notes (id INTEGER PRIMARY KEY, title TEXT NOT NULL, archived INTEGER DEFAULT 0);
CREATE TABLE IF NOT EXISTS tags (id INTEGER PRIMARY KEY, name TEXT UNIQUE NOT NULL);
CREATE TABLE IF NOT EXISTS note_tags (note_id INTEGER, tag_id INTEGER, PRIMARY KEY (note_id, tag_id));

SELECT
    t.name,
    COUNT(nt.note_id) AS note_count,
    MAX(n.id) AS newest_note_id,
FROM tags t
LEFT JOIN note_tags nt ON nt.tag_id = t.id
LEFT JOIN notes n ON n.id = nt.note_id AND n.archived = 0
GROUP BY t.name
ORDER BY note_count DESC, t.name;

SELECT COUNT(*) FROM notes WHERE archived = 1;
""", "trailing comma after the last select item before FROM (line {line})",
   mark="AS newest_note_id,\nFROM", fix="AS newest_note_id\nFROM")

se(D, 'playlist_tracks', """\
-- Tracks in each playlist with album info
CREATE TABLE IF NOT EXISTS albums (id INTEGER PRIMARY KEY, title TEXT, artist TEXT);
CREATE TABLE IF NOT EXISTS tracks (id INTEGER PRIMARY KEY, album_id INTEGER, title TEXT, duration_ms INTEGER);
CREATE TABLE IF NOT EXISTS playlist_items (playlist_id INTEGER, track_id INTEGER, position INTEGER);

SELECT
    pi.playlist_id,
    pi.position,
    tr.title,
    al.artist,
    tr.duration_ms / 1000 AS seconds
FROM playlist_items pi
JION tracks tr ON tr.id = pi.track_id
JOIN albums al ON al.id = tr.album_id
ORDER BY pi.playlist_id, pi.position;

SELECT playlist_id, SUM(duration_ms) / 60000 AS minutes FROM playlist_items JOIN tracks ON tracks.id = track_id GROUP BY playlist_id;
""", "misspelt keyword JION (line {line})",
   mark="JION tracks tr", fix="JOIN tracks tr")

se(D, 'app_settings_schema', """\
-- Local settings store for the desktop app
PRAGMA foreign_keys = ON;

CREATE TABLE IF NOT EXISTS profiles (
    id INTEGER PRIMARY KEY,
    display_name TEXT NOT NULL,
    created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE IF NOT EXISTS settings (
    profile_id INTEGER NOT NULL REFERENCES profiles (id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    value TEXT NOT NULL DEFAULT ''
    updated_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (profile_id, key)
);

INSERT INTO profiles (display_name) VALUES ('default');
""", "missing comma between column definitions after DEFAULT '' (line {line})",
   mark="DEFAULT ''\n    updated_at", fix="DEFAULT '',\n    updated_at")

se(D, 'habit_streaks', """\
-- Habits with at least 5 check-ins this month
CREATE TABLE IF NOT EXISTS habits (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS checkins (habit_id INTEGER NOT NULL, day TEXT NOT NULL);

SELECT
    h.name,
    COUNT(*) AS checkins_this_month,
    MIN(c.day) AS first_day,
    MAX(c.day) AS last_day
FROM habits h
JOIN checkins c ON c.habit_id = h.id
WHERE c.day >= date('now', 'start of month')
HAVING COUNT(*) >= 5
GROUP BY h.name
ORDER BY checkins_this_month DESC;

SELECT COUNT(*) FROM checkins;
""", "clauses in the wrong order: HAVING placed before GROUP BY (line {line})",
   mark="HAVING COUNT(*) >= 5\nGROUP BY h.name\n", fix="GROUP BY h.name\nHAVING COUNT(*) >= 5\n")

se(D, 'expense_report', """\
-- Expenses above the category budget
CREATE TABLE IF NOT EXISTS categories (id INTEGER PRIMARY KEY, name TEXT, monthly_budget REAL);
CREATE TABLE IF NOT EXISTS expenses (id INTEGER PRIMARY KEY, category_id INTEGER, amount REAL, spent_on TEXT);

SELECT
    c.name,
    SUM(e.amount) AS spent,
    c.monthly_budget
FROM expenses e
JOIN categories c ON c.id = e.category_id
WHERE e.spent_on >= date('now', 'start of month')
  AND e.amount > AND c.monthly_budget IS NOT NULL
GROUP BY c.id
HAVING SUM(e.amount) > c.monthly_budget;

SELECT COUNT(*) FROM expenses;
""", "'>' with no right-hand operand (line {line})",
   mark="e.amount > AND", fix="e.amount > 0 AND")

se(D, 'reading_list_import', """\
-- Import the reading list from the old app
CREATE TABLE IF NOT EXISTS books (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    author TEXT,
    status TEXT NOT NULL DEFAULT 'to_read'
);

INSERT INTO books (title, author, status) VALUES
    ('The Pragmatic Programmer', 'Hunt & Thomas', 'read'),
    ('Designing Data-Intensive Applications', 'Kleppmann', 'reading'),
    ('Crafting Interpreters', 'Nystrom, 'to_read');

UPDATE books SET status = 'read' WHERE title LIKE 'The Pragmatic%';

SELECT status, COUNT(*) FROM books GROUP BY status;
""", "unterminated string: closing quote missing after 'Nystrom (line {line})",
   mark="'Nystrom, 'to_read'", fix="'Nystrom', 'to_read'")

# ---------------------------------------------------------------- placeholder
ph(D, 'task_audit_triggers', """\
CREATE TABLE IF NOT EXISTS tasks (id INTEGER PRIMARY KEY, title TEXT NOT NULL, done INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS task_audit (task_id INTEGER, action TEXT, at TEXT DEFAULT CURRENT_TIMESTAMP);

CREATE TRIGGER IF NOT EXISTS tasks_ai AFTER INSERT ON tasks
BEGIN
    INSERT INTO task_audit (task_id, action) VALUES (NEW.id, 'insert');
END;

CREATE TRIGGER IF NOT EXISTS tasks_au AFTER UPDATE ON tasks
BEGIN
    -- same bookkeeping as the insert trigger
    INSERT INTO task_audit (task_id, action) VALUES (NEW.id, 'update');
END;

INSERT INTO tasks (title) VALUES ('write docs');
""", "comment-only elision inside a trigger body (line {line})",
   mark="-- same bookkeeping as the insert trigger", breaks=False)

ph(D, 'default_preferences', """\
-- Default preferences for new installs
CREATE TABLE IF NOT EXISTS preferences (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

INSERT OR IGNORE INTO preferences (key, value) VALUES
    ('theme', 'system'),
    ('language', 'en'),
    ('font_size', '14'), …;

SELECT key, value FROM preferences ORDER BY key;

SELECT COUNT(*) FROM preferences;
""", "inline unicode ellipsis after the last VALUES tuple (line {line})",
   mark="('font_size', '14'), …;", breaks=True)

ph(D, 'contact_export', """\
-- Export contacts for the CSV download
CREATE TABLE IF NOT EXISTS contacts (
    id INTEGER PRIMARY KEY,
    first_name TEXT,
    last_name TEXT,
    email TEXT,
    phone TEXT,
    company TEXT
);

SELECT
    id,
    first_name,
    last_name,
    [...],
    company
FROM contacts
ORDER BY last_name, first_name;
""", "bracketed '[...]' placeholder in the SELECT list; SQLite lexes it as a quoted identifier, so it only fails at prepare time (no such column) (line {line})",
   mark="[...],", breaks=True)

# ---------------------------------------------------------------- truncated
tr(D, 'bookmarks_schema', """\
-- Bookmarks database for the browser extension
PRAGMA journal_mode = WAL;

CREATE TABLE IF NOT EXISTS folders (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    parent_id INTEGER REFERENCES folders (id)
);

CREATE TABLE IF NOT EXISTS bookmarks (
    id INTEGER PRIMARY KEY,
    folder_id INTEGER REFERENCES folders (id),
    url TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('active', 'arch""", "cut mid-string inside a CHECK (... IN (...)) list, no final newline (line {line})", kind='a')

tr(D, 'inventory_triggers', """\
CREATE TABLE IF NOT EXISTS items (id INTEGER PRIMARY KEY, name TEXT NOT NULL, qty INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS stock_moves (item_id INTEGER, delta INTEGER, moved_at TEXT DEFAULT CURRENT_TIMESTAMP);
CREATE TABLE IF NOT EXISTS low_stock_alerts (item_id INTEGER, raised_at TEXT DEFAULT CURRENT_TIMESTAMP);

CREATE TRIGGER IF NOT EXISTS stock_moves_ai AFTER INSERT ON stock_moves
BEGIN
    UPDATE items SET qty = qty + NEW.delta WHERE id = NEW.item_id;

    INSERT INTO low_stock_alerts (item_id)
    SELECT id FROM items
    WHERE id = NEW.item_id
      AND qty < 5;
""", "stops inside the BEGIN ... END body of a trigger (line {line})", kind='b')

tr(D, 'session_cleanup', """\
-- Clean up expired sessions
CREATE TABLE IF NOT EXISTS sessions (
    token TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL,
    expires_at TEXT NOT NULL
);

INSERT INTO sessions VALUES ('abc', 1, datetime('now', '-2 days'));
INSERT INTO sessions VALUES ('def', 2, datetime('now', '+2 days'));

SELECT COUNT(*) AS expired FROM sessions WHERE expires_at < datetime('now');

DELETE FROM sessions
WHERE expires_at <
""", "last DELETE stops after '<' with no operand and no ';' (line {line})", kind='c')

# ---------------------------------------------------------------- language-mismatch
lm(D, 'NotesTable', """\
package app.data

import org.jetbrains.exposed.sql.Table
import org.jetbrains.exposed.sql.javatime.datetime
import org.jetbrains.exposed.sql.transactions.transaction
import org.jetbrains.exposed.sql.Database
import org.jetbrains.exposed.sql.SchemaUtils

object Notes : Table("notes") {
    val id = integer("id").autoIncrement()
    val title = varchar("title", 200)
    val body = text("body").default("")
    val pinned = bool("pinned").default(false)
    val updatedAt = datetime("updated_at")

    override val primaryKey = PrimaryKey(id)
}

fun initDb(path: String) {
    Database.connect("jdbc:sqlite:$path", driver = "org.sqlite.JDBC")
    transaction {
        SchemaUtils.create(Notes)
        exec("CREATE INDEX IF NOT EXISTS notes_pinned_idx ON notes (pinned, updated_at)")
        exec("PRAGMA journal_mode = WAL")
    }
}
""", "Kotlin Exposed table object plus SQLite init with exec(...) SQL strings", cut=False, lang='kotlin')

# ---------------------------------------------------------------- clean
cl(D, 'kv_store_upsert', """\
-- Key/value cache with STRICT typing and UPSERT.
-- Note: rows whose value is unchanged still bump hits; that is intended.
CREATE TABLE IF NOT EXISTS cache (
    namespace TEXT NOT NULL,
    key TEXT NOT NULL,
    value BLOB,
    hits INTEGER NOT NULL DEFAULT 0,
    expires_at INTEGER,
    size INTEGER GENERATED ALWAYS AS (length(value)) VIRTUAL,
    PRIMARY KEY (namespace, key)
) STRICT, WITHOUT ROWID;

CREATE INDEX IF NOT EXISTS cache_expiry_idx ON cache (expires_at) WHERE expires_at IS NOT NULL;

INSERT INTO cache (namespace, key, value, expires_at)
VALUES ('http', '/api/users?page=1', x'7b7d', unixepoch() + 300)
ON CONFLICT (namespace, key) DO UPDATE
SET value = excluded.value,
    expires_at = excluded.expires_at,
    hits = hits + 1;

INSERT INTO cache (namespace, key, value) VALUES ('http', '/api/users?page=1', x'5b5d')
ON CONFLICT DO UPDATE SET hits = hits + 1 WHERE excluded.value IS NOT value;

DELETE FROM cache WHERE expires_at < unixepoch() RETURNING namespace, key;

SELECT namespace, count(*), sum(size) FROM cache GROUP BY namespace;
""", "STRICT + WITHOUT ROWID table, VIRTUAL generated column, partial index, UPSERT ON CONFLICT (...) DO UPDATE with excluded., conflict-target-less DO UPDATE ... WHERE, IS NOT, blob literals, unixepoch(), DELETE ... RETURNING; comment with 'Note:' and 'unchanged'")

cl(D, 'events_json_triggers', """\
-- Here is the event log ... payloads are JSON text.
CREATE TABLE IF NOT EXISTS events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    payload TEXT NOT NULL CHECK (json_valid(payload)),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TABLE IF NOT EXISTS user_stats (user_id INTEGER PRIMARY KEY, logins INTEGER NOT NULL DEFAULT 0);

CREATE TRIGGER IF NOT EXISTS events_login_ai
AFTER INSERT ON events
WHEN NEW.kind = 'login'
BEGIN
    INSERT INTO user_stats (user_id, logins) VALUES (NEW.payload ->> '$.user_id', 1)
    ON CONFLICT (user_id) DO UPDATE SET logins = logins + 1;
END;

INSERT INTO events (kind, payload) VALUES
    ('login', json_object('user_id', 7, 'ip', '10.0.0.1')),
    ('login', '{"user_id": 7, "ip": "10.0.0.2"}'),
    ('logout', json('{"user_id": 7}'))
RETURNING id, created_at;

SELECT e.kind, json_extract(e.payload, '$.ip') AS ip, j.key, j.value
FROM events AS e, json_each(e.payload) AS j
WHERE j.key <> 'user_id';""", "AUTOINCREMENT, CHECK (json_valid(...)), expression DEFAULT with strftime, trigger with WHEN and an UPSERT inside, ->> JSON operator, json_object/json(), INSERT ... RETURNING, json_each table-valued function; comment with 'Here is' and '...'; no final newline")

cl(D, 'daily_activity_calendar', """\
-- -------------------------------------------------
-- Daily activity calendar (TODO: timezone support)
-- -------------------------------------------------
CREATE TABLE IF NOT EXISTS activity (user_id INTEGER, happened_at TEXT, kind TEXT);

INSERT INTO activity VALUES
    (1, '2024-03-01 09:00:00', 'edit'),
    (1, '2024-03-03 10:30:00', 'comment'),
    (2, '2024-03-03 11:00:00', 'edit');

WITH RECURSIVE days(day) AS (
    SELECT date('2024-03-01')
    UNION ALL
    SELECT date(day, '+1 day') FROM days WHERE day < date('2024-03-07')
)
SELECT
    d.day,
    strftime('%w', d.day) AS weekday,
    count(a.user_id) AS events,
    count(*) FILTER (WHERE a.kind = 'edit') AS edits,
    iif(count(a.user_id) = 0, 'idle', 'active') AS state,
    sum(count(a.user_id)) OVER (ORDER BY d.day ROWS BETWEEN 6 PRECEDING AND CURRENT ROW) AS rolling_7d
FROM days AS d
LEFT JOIN activity AS a ON date(a.happened_at) = d.day
GROUP BY d.day
ORDER BY d.day;
""", "WITH RECURSIVE date series, date()/strftime() modifiers, aggregate FILTER (WHERE ...), iif(), window over an aggregate with ROWS BETWEEN; comment with 'TODO'; '-- ----' separators")

cl(D, 'migration_v7', """\
-- Migration v7 (the rest of the schema is unchanged)
PRAGMA foreign_keys = ON;

CREATE TABLE IF NOT EXISTS users (id INTEGER PRIMARY KEY, email TEXT NOT NULL, fullname TEXT);
CREATE TABLE IF NOT EXISTS posts (id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES users (id), title TEXT, body TEXT);

ALTER TABLE users RENAME COLUMN fullname TO display_name;
ALTER TABLE users ADD COLUMN last_seen_at TEXT;

CREATE UNIQUE INDEX IF NOT EXISTS users_email_nocase_idx ON users (email COLLATE NOCASE);
CREATE INDEX IF NOT EXISTS posts_title_lower_idx ON posts (lower(title));

INSERT OR IGNORE INTO users (id, email, display_name) VALUES (1, 'ada@example.com', 'Ada');
REPLACE INTO users (id, email, display_name) VALUES (2, 'linus@example.com', 'Linus');

CREATE VIEW IF NOT EXISTS v_user_posts AS
SELECT u.display_name, count(p.id) AS posts
FROM users u LEFT JOIN posts p ON p.user_id = u.id
GROUP BY u.id;

PRAGMA user_version = 7
""", "PRAGMA statements, ALTER TABLE RENAME COLUMN / ADD COLUMN, COLLATE NOCASE unique index, expression index, INSERT OR IGNORE, REPLACE INTO, CREATE VIEW IF NOT EXISTS; comment with 'rest of' and 'unchanged'; last statement has no ';'")
