from corpus import E

D = "sqlite"

FILES = [
# ---------------------------------------------------------------- clean
E("clean", "habit_tracker_schema", r"""
PRAGMA foreign_keys = ON;

CREATE TABLE habits (
    habit_id    INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL UNIQUE COLLATE NOCASE,
    target_days INTEGER NOT NULL DEFAULT 7 CHECK (target_days BETWEEN 1 AND 7),
    created_at  TEXT    NOT NULL DEFAULT (datetime('now'))
) STRICT;

CREATE TABLE checkins (
    habit_id  INTEGER NOT NULL REFERENCES habits (habit_id) ON DELETE CASCADE,
    day       TEXT    NOT NULL CHECK (day = date(day)),
    note      TEXT,
    week      TEXT    GENERATED ALWAYS AS (strftime('%Y-W%W', day)) VIRTUAL,
    PRIMARY KEY (habit_id, day)
) WITHOUT ROWID;

CREATE INDEX checkins_week_idx ON checkins (week);

CREATE TABLE streaks (
    habit_id    INTEGER PRIMARY KEY REFERENCES habits (habit_id) ON DELETE CASCADE,
    current_len INTEGER NOT NULL DEFAULT 0,
    last_day    TEXT
);

CREATE TRIGGER checkins_streak_ai
AFTER INSERT ON checkins
BEGIN
    INSERT OR IGNORE INTO streaks (habit_id) VALUES (NEW.habit_id);
    UPDATE streaks
    SET current_len = CASE
                          WHEN last_day = date(NEW.day, '-1 day') THEN current_len + 1
                          ELSE 1
                      END,
        last_day = NEW.day
    WHERE habit_id = NEW.habit_id;
END;

INSERT INTO habits (name) VALUES ('Read'), ('Run');
INSERT INTO checkins (habit_id, day) VALUES (1, '2024-03-01'), (1, '2024-03-02'), (2, '2024-03-02');

SELECT h.name, s.current_len, s.last_day
FROM habits h JOIN streaks s USING (habit_id)
ORDER BY h.name;
""", "clean: STRICT and WITHOUT ROWID tables, virtual generated column, trigger with BEGIN...END, PRAGMA",
   sqlglot_gap="CREATE TRIGGER ... BEGIN ... END parsed as opaque Command"),

E("clean", "notes_app_fulltext_index", r"""
CREATE TABLE notes (
    note_id    INTEGER PRIMARY KEY AUTOINCREMENT,
    title      TEXT NOT NULL,
    body       TEXT NOT NULL DEFAULT '',
    updated_at INTEGER NOT NULL DEFAULT (unixepoch())
);

-- External-content FTS5 index kept in sync by triggers.
CREATE VIRTUAL TABLE notes_fts USING fts5(
    title, body,
    content = 'notes',
    content_rowid = 'note_id',
    tokenize = 'porter unicode61'
);

CREATE TRIGGER notes_ai AFTER INSERT ON notes BEGIN
    INSERT INTO notes_fts (rowid, title, body) VALUES (new.note_id, new.title, new.body);
END;

CREATE TRIGGER notes_ad AFTER DELETE ON notes BEGIN
    INSERT INTO notes_fts (notes_fts, rowid, title, body) VALUES ('delete', old.note_id, old.title, old.body);
END;

-- Same pattern as the two triggers above: delete the old row, add the new one.
CREATE TRIGGER notes_au AFTER UPDATE ON notes BEGIN
    INSERT INTO notes_fts (notes_fts, rowid, title, body) VALUES ('delete', old.note_id, old.title, old.body);
    INSERT INTO notes_fts (rowid, title, body) VALUES (new.note_id, new.title, new.body);
END;

INSERT INTO notes (title, body) VALUES
    ('Groceries', 'eggs, milk, running shoes... maybe'),
    ('Training plan', 'Run 5k on Monday, intervals on Thursday'),
    ('Books', 'Finish the one about running');

SELECT n.note_id,
       n.title,
       snippet(notes_fts, 1, '[', ']', '...', 8) AS preview,
       bm25(notes_fts)                           AS score
FROM notes_fts
JOIN notes n ON n.note_id = notes_fts.rowid
WHERE notes_fts MATCH 'run*'
ORDER BY score;
""", "clean: FTS5 external-content virtual table, sync triggers, snippet() with '...' argument, comment 'Same pattern as above'",
   sqlglot_gap="CREATE VIRTUAL TABLE / triggers parsed as opaque Command"),

E("clean", "expense_tracker_upserts", r"""
CREATE TABLE categories (
    category_id INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE
);

CREATE TABLE budgets (
    category_id INTEGER NOT NULL REFERENCES categories,
    month       TEXT    NOT NULL,
    limit_cents INTEGER NOT NULL,
    spent_cents INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (category_id, month)
);

CREATE TABLE expenses (
    expense_id  INTEGER PRIMARY KEY,
    category_id INTEGER NOT NULL REFERENCES categories,
    spent_on    TEXT    NOT NULL,
    cents       INTEGER NOT NULL
);

INSERT OR IGNORE INTO categories (name) VALUES ('food'), ('transport'), ('fun');

INSERT INTO budgets (category_id, month, limit_cents) VALUES (1, '2024-05', 40000)
ON CONFLICT (category_id, month) DO UPDATE SET limit_cents = excluded.limit_cents;

INSERT INTO budgets (category_id, month, limit_cents) VALUES (1, '2024-05', 45000), (2, '2024-05', 10000)
ON CONFLICT (category_id, month) DO UPDATE SET limit_cents = excluded.limit_cents
RETURNING category_id, month, limit_cents;

INSERT INTO expenses (category_id, spent_on, cents) VALUES
    (1, '2024-05-02', 2350), (1, '2024-05-09', 8120), (2, '2024-05-10', 290);

-- UPDATE ... FROM (SQLite 3.33+)
UPDATE budgets
SET spent_cents = agg.total
FROM (
    SELECT category_id, strftime('%Y-%m', spent_on) AS month, sum(cents) AS total
    FROM expenses
    GROUP BY 1, 2
) AS agg
WHERE budgets.category_id = agg.category_id
  AND budgets.month = agg.month;

SELECT c.name, b.month, b.limit_cents, b.spent_cents,
       iif(b.spent_cents > b.limit_cents, 'over', 'ok') AS state
FROM budgets b JOIN categories c USING (category_id);
""", "clean: ON CONFLICT DO UPDATE with excluded, RETURNING, INSERT OR IGNORE, UPDATE ... FROM, iif()"),

E("clean", "greenhouse_sensor_rollups", r"""
CREATE TABLE readings (
    sensor_id  TEXT    NOT NULL,
    taken_at   TEXT    NOT NULL,
    celsius    REAL    NOT NULL,
    humidity   REAL
);

-- Synthetic data: one reading every 30 minutes for two sensors.
WITH RECURSIVE ticks(n) AS (
    SELECT 0
    UNION ALL
    SELECT n + 1 FROM ticks WHERE n < 95
)
INSERT INTO readings (sensor_id, taken_at, celsius, humidity)
SELECT CASE n % 2 WHEN 0 THEN 'gh-east' ELSE 'gh-west' END,
       datetime('2024-07-01 00:00:00', printf('+%d minutes', n * 30)),
       18 + (n % 24) * 0.5,
       CASE WHEN n % 7 = 0 THEN NULL ELSE 55 + (n % 10) END
FROM ticks;

SELECT sensor_id,
       strftime('%Y-%m-%d %H:00', taken_at)                       AS hour,
       round(avg(celsius), 2)                                     AS avg_c,
       max(celsius) - min(celsius)                                AS spread_c,
       count(*) FILTER (WHERE humidity IS NULL)                   AS missing_humidity,
       round(avg(avg(celsius)) OVER (
           PARTITION BY sensor_id
           ORDER BY strftime('%Y-%m-%d %H:00', taken_at)
           ROWS BETWEEN 2 PRECEDING AND CURRENT ROW), 2)          AS rolling_3h
FROM readings
GROUP BY sensor_id, hour
ORDER BY sensor_id, hour
LIMIT 12;

SELECT sensor_id,
       taken_at,
       celsius,
       celsius - lag(celsius) OVER w AS delta
FROM readings
WINDOW w AS (PARTITION BY sensor_id ORDER BY taken_at)
ORDER BY abs(delta) DESC NULLS LAST
LIMIT 5;
""", "clean: recursive CTE seed, FILTER clause, nested window over aggregate, WINDOW clause, NULLS LAST"),

E("clean", "app_feature_flags_json", r"""
CREATE TABLE tenants (
    tenant_id INTEGER PRIMARY KEY,
    slug      TEXT NOT NULL UNIQUE,
    settings  TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(settings))
);

INSERT INTO tenants (slug, settings) VALUES
    ('acme',    '{"flags": {"beta_ui": true, "exports": false}, "limits": {"seats": 25}}'),
    ('globex',  '{"flags": {"beta_ui": false}, "limits": {"seats": 5}}'),
    ('initech', '{}');

-- Keys omitted from a tenant's document fall back to the defaults below.
SELECT slug,
       coalesce(settings ->> '$.flags.beta_ui', 0)  AS beta_ui,
       coalesce(settings ->> '$.flags.exports', 1)  AS exports,
       coalesce(settings ->> '$.limits.seats', 3)   AS seats
FROM tenants
ORDER BY slug;

-- Turn on exports for every tenant that has more than 10 seats.
UPDATE tenants
SET settings = json_set(settings, '$.flags.exports', json('true'))
WHERE settings ->> '$.limits.seats' > 10;

-- One row per flag, using the json_each table-valued function.
SELECT t.slug, f.key AS flag, f.value AS enabled
FROM tenants t, json_each(t.settings, '$.flags') AS f
ORDER BY t.slug, f.key;

SELECT json_group_object(slug, json_extract(settings, '$.limits.seats')) AS seats_by_tenant
FROM tenants;
""", "clean: json_valid CHECK, ->> operator, json_set, json_each table-valued function, comment about omitted keys"),

E("clean", "field_survey_app_migration_v3", r"""
-- Schema v2 -> v3 for the offline survey app.
PRAGMA foreign_keys = OFF;
BEGIN TRANSACTION;

CREATE TABLE IF NOT EXISTS surveys (
    survey_id   INTEGER PRIMARY KEY,
    title       TEXT NOT NULL,
    created     TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    legacy_flag INTEGER
);
INSERT INTO surveys (title) VALUES ('Water quality'), ('Bird count');

ALTER TABLE surveys RENAME COLUMN created TO created_at;
ALTER TABLE surveys ADD COLUMN archived INTEGER NOT NULL DEFAULT 0;
ALTER TABLE surveys DROP COLUMN legacy_flag;

-- Column type changes need the usual copy-and-rename rebuild.
CREATE TABLE responses_new (
    response_id INTEGER PRIMARY KEY,
    survey_id   INTEGER NOT NULL REFERENCES surveys (survey_id),
    lat         REAL CHECK (lat BETWEEN -90 AND 90),
    lon         REAL CHECK (lon BETWEEN -180 AND 180),
    answers     TEXT NOT NULL DEFAULT '{}'
);

CREATE TABLE IF NOT EXISTS responses (response_id INTEGER PRIMARY KEY, survey_id INTEGER, lat TEXT, lon TEXT, answers TEXT);

INSERT INTO responses_new (response_id, survey_id, lat, lon, answers)
SELECT response_id, survey_id, CAST(lat AS REAL), CAST(lon AS REAL), coalesce(answers, '{}')
FROM responses;

DROP TABLE responses;
ALTER TABLE responses_new RENAME TO responses;
CREATE INDEX IF NOT EXISTS responses_survey_idx ON responses (survey_id);

PRAGMA user_version = 3;
COMMIT;
PRAGMA foreign_keys = ON;
PRAGMA foreign_key_check;
""", "clean: transactional migration with RENAME COLUMN, DROP COLUMN, table rebuild, PRAGMA user_version"),

# ---------------------------------------------------------------- syntax-error
E("syntax-error", "task_board_due_today", r"""
CREATE TABLE tasks (
    task_id   INTEGER PRIMARY KEY,
    board     TEXT NOT NULL,
    title     TEXT NOT NULL,
    due_date  TEXT,
    done      INTEGER NOT NULL DEFAULT 0
);

INSERT INTO tasks (board, title, due_date) VALUES
    ('home', 'Pay rent',        date('now')),
    ('work', 'Quarterly review', date('now', '+3 days'));

SELECT board,
       title,
       due_date
FORM tasks
WHERE done = 0
  AND due_date <= date('now')
ORDER BY board, due_date;
""", "syntax-error: FROM misspelt as FORM", at="FORM tasks"),

E("syntax-error", "podcast_episode_catalog", r"""
PRAGMA foreign_keys = ON;

CREATE TABLE shows (
    show_id   INTEGER PRIMARY KEY,
    title     TEXT NOT NULL,
    feed_url  TEXT NOT NULL UNIQUE
);

CREATE TABLE episodes (
    episode_id   INTEGER PRIMARY KEY,
    show_id      INTEGER NOT NULL REFERENCES shows (show_id),
    title        TEXT NOT NULL,
    published_at TEXT NOT NULL,
    duration_s   INTEGER,
);

CREATE INDEX episodes_show_idx ON episodes (show_id, published_at DESC);

INSERT INTO shows (title, feed_url) VALUES ('Data Talk', 'https://example.com/feed.xml');
""", "syntax-error: trailing comma before the closing parenthesis of CREATE TABLE", at="duration_s   INTEGER,"),

E("syntax-error", "delivery_route_lateness", r"""
CREATE TABLE stops (
    route_id    INTEGER NOT NULL,
    stop_no     INTEGER NOT NULL,
    planned_at  TEXT NOT NULL,
    arrived_at  TEXT,
    PRIMARY KEY (route_id, stop_no)
);

INSERT INTO stops VALUES
    (1, 1, '2024-08-01 09:00', '2024-08-01 09:05'),
    (1, 2, '2024-08-01 09:30', '2024-08-01 10:02'),
    (2, 1, '2024-08-01 10:00', NULL);

SELECT route_id,
       stop_no,
       CASE
           WHEN arrived_at IS NULL THEN 'pending'
           WHEN (julianday(arrived_at) - julianday(planned_at)) * 1440 > 15 THEN 'late'
           otherwise 'on time'
       END AS punctuality
FROM stops
ORDER BY route_id, stop_no;
""", "syntax-error: stray English word 'otherwise' used in place of ELSE inside CASE", at="otherwise 'on time'"),

E("syntax-error", "gym_membership_renewals", r"""
CREATE TABLE memberships (
    member_id  INTEGER PRIMARY KEY,
    plan       TEXT NOT NULL,
    expires_on TEXT NOT NULL,
    auto_renew INTEGER NOT NULL DEFAULT 0
);

INSERT INTO memberships VALUES
    (1, 'monthly', date('now', '+5 days'), 0),
    (2, 'annual',  date('now', '+40 days'), 1),
    (3, 'monthly', date('now', '+2 days'), 1);

SELECT member_id,
       plan,
       expires_on,
       julianday(expires_on) - julianday('now') AS days_left
FROM memberships
ORDER BY expires_on
WHERE auto_renew = 0
  AND expires_on <= date('now', '+14 days');
""", "syntax-error: ORDER BY placed before WHERE", at="ORDER BY expires_on"),

E("syntax-error", "recipe_ingredient_counts", r"""
CREATE TABLE recipes (
    recipe_id INTEGER PRIMARY KEY,
    name      TEXT NOT NULL
);

CREATE TABLE recipe_ingredients (
    recipe_id  INTEGER NOT NULL REFERENCES recipes,
    ingredient TEXT NOT NULL,
    grams      REAL
);

INSERT INTO recipes (name) VALUES ('Pancakes'), ('Omelette');
INSERT INTO recipe_ingredients VALUES (1, 'flour', 200), (1, 'egg', 100), (2, 'egg', 150);

SELECT r.name,
       count(ri.ingredient)               AS ingredients,
       round(coalesce(sum(ri.grams), 0)) / 1000.0) AS kg
FROM recipes r
LEFT JOIN recipe_ingredients ri ON ri.recipe_id = r.recipe_id
GROUP BY r.recipe_id
ORDER BY ingredients DESC;
""", "syntax-error: unbalanced parenthesis (extra closing parenthesis)", at="/ 1000.0) AS kg"),

E("syntax-error", "photo_album_tag_search", r"""
CREATE TABLE photos (
    photo_id  INTEGER PRIMARY KEY,
    album     TEXT NOT NULL,
    taken_at  TEXT NOT NULL
);

CREATE TABLE photo_tags (
    photo_id INTEGER NOT NULL REFERENCES photos,
    tag      TEXT NOT NULL,
    PRIMARY KEY (photo_id, tag)
);

INSERT INTO photos VALUES (1, 'Lisbon', '2023-05-01'), (2, 'Lisbon', '2023-05-02'), (3, 'Oslo', '2023-09-12');
INSERT INTO photo_tags VALUES (1, 'tram'), (1, 'street'), (2, 'food'), (3, 'fjord');

SELECT p.album,
       p.photo_id,
       group_concat(t.tag, ', ') AS tags
FROM photos p
JOIN photo_tags t ON t.photo_id = p.photo_id
WHERE WHERE p.taken_at >= '2023-01-01'
GROUP BY p.photo_id
ORDER BY p.album, p.taken_at;
""", "syntax-error: doubled WHERE keyword", at="WHERE WHERE"),

# ---------------------------------------------------------------- truncated
E("truncated", "library_late_fee_trigger", r"""
CREATE TABLE loans (
    loan_id     INTEGER PRIMARY KEY,
    member_id   INTEGER NOT NULL,
    due_on      TEXT NOT NULL,
    returned_on TEXT
);

CREATE TABLE fees (
    loan_id  INTEGER PRIMARY KEY REFERENCES loans,
    cents    INTEGER NOT NULL
);

CREATE TRIGGER loans_late_fee
AFTER UPDATE OF returned_on ON loans
WHEN NEW.returned_on IS NOT NULL AND NEW.returned_on > NEW.due_on
BEGIN
    INSERT INTO fees (loan_id, cents)
    VALUES (NEW.loan_id,
            CAST(julianday(NEW.returned_on) - julianday(NEW.due_on) AS INTEGER) * 25)
    ON CONFLICT (loan_id) DO UPDATE SET cents = excluded.cents;
""", "truncated: trigger body stops before END at a line end"),

E("truncated", "bike_share_trip_stats", r"""
CREATE TABLE trips (
    trip_id      INTEGER PRIMARY KEY,
    bike_id      INTEGER NOT NULL,
    start_station TEXT NOT NULL,
    end_station  TEXT NOT NULL,
    started_at   TEXT NOT NULL,
    ended_at     TEXT NOT NULL
);

SELECT start_station,
       count(*)                                                         AS trips,
       round(avg((julianday(ended_at) - julianday(started_at)) * 1440), 1) AS avg_minutes,
       sum(start_station = end_station)                                 AS round_trips
FROM trips
WHERE started_at >= '2024-06-01'
GROUP BY start_station
HAVING count(*) >= 10
ORDER BY tri""", "truncated: cut mid-identifier in ORDER BY, no final newline"),

E("truncated", "quiz_scoring_view", r"""
CREATE TABLE answers (
    attempt_id  INTEGER NOT NULL,
    question_id INTEGER NOT NULL,
    chosen      TEXT,
    correct     TEXT NOT NULL,
    PRIMARY KEY (attempt_id, question_id)
);

CREATE VIEW attempt_scores AS
SELECT attempt_id,
       count(*)                                   AS answered,
       sum(chosen = correct)                      AS right_answers,
       CASE
           WHEN 1.0 * sum(chosen = correct) / count(*) >= 0.9 THEN 'A'
           WHEN 1.0 * sum(chosen = correct) / count(*) >= 0.75 THEN 'B'
           WHEN 1.0 * sum(chosen = correct) / count(*) >= 0.5 THEN 'C'
""", "truncated: stops at a line end inside an open CASE in the view"),

E("truncated", "plant_watering_schedule", r"""
CREATE TABLE plants (
    plant_id     INTEGER PRIMARY KEY,
    name         TEXT NOT NULL,
    room         TEXT NOT NULL,
    every_days   INTEGER NOT NULL CHECK (every_days > 0),
    last_watered TEXT
);

INSERT INTO plants (name, room, every_days, last_watered) VALUES
    ('Monstera', 'living', 7, '2024-04-01'),
    ('Cactus',   'office', 21, '2024-03-10'),
    ('Basil',    'kitchen', 2, '2024-04-05');

SELECT name,
       room,
       date(last_watered, '+' || every_days || ' days') AS next_due
FROM plants
WHERE date(last_watered, '+' || every_days || ' days') <= date('now')
  AND
""", "truncated: final SELECT ends on a dangling AND, without semicolon"),

# ---------------------------------------------------------------- placeholder
E("placeholder", "chess_club_ratings_seed", r"""
CREATE TABLE players (
    player_id INTEGER PRIMARY KEY,
    handle    TEXT NOT NULL UNIQUE,
    rating    INTEGER NOT NULL DEFAULT 1200,
    joined_on TEXT NOT NULL
);

INSERT INTO players (handle, rating, joined_on) VALUES
    ('knightrider', 1650, '2021-02-11'),
    ('pawnstorm',   1420, '2021-03-02'),
    ('castle_q',    1880, '2022-01-19'),
    -- rows 4-250 omitted for brevity
    ('endgame_ed',  1505, '2024-02-28');

CREATE INDEX players_rating_idx ON players (rating DESC);

SELECT handle, rating FROM players ORDER BY rating DESC LIMIT 10;
""", "placeholder: comment stands for omitted seed rows in VALUES", at="rows 4-250 omitted", marker="rows N-M omitted for brevity"),

E("placeholder", "wiki_page_history_triggers", r"""
CREATE TABLE pages (
    page_id   INTEGER PRIMARY KEY,
    slug      TEXT NOT NULL UNIQUE,
    content   TEXT NOT NULL,
    revision  INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE page_history (
    page_id   INTEGER NOT NULL,
    revision  INTEGER NOT NULL,
    content   TEXT NOT NULL,
    saved_at  TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TRIGGER pages_history_au
AFTER UPDATE OF content ON pages
BEGIN
    INSERT INTO page_history (page_id, revision, content)
    VALUES (OLD.page_id, OLD.revision, OLD.content);
    UPDATE pages SET revision = OLD.revision + 1 WHERE page_id = OLD.page_id;
END;

-- (add the matching triggers for INSERT and DELETE in the same way)
""", "placeholder: comment stands for the remaining triggers", at="add the matching triggers", marker="add the matching triggers ... in the same way"),

E("placeholder", "parcel_locker_table", r"""
CREATE TABLE lockers (
    locker_id   INTEGER PRIMARY KEY,
    site_code   TEXT NOT NULL,
    size        TEXT NOT NULL CHECK (size IN ('S', 'M', 'L')),
    -- <other fields from the old schema>
    out_of_order INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE deposits (
    deposit_id  INTEGER PRIMARY KEY,
    locker_id   INTEGER NOT NULL REFERENCES lockers,
    pin         TEXT NOT NULL,
    placed_at   TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    collected_at TEXT
);

CREATE INDEX deposits_open_idx ON deposits (locker_id) WHERE collected_at IS NULL;
""", "placeholder: angle-bracket comment stands for columns carried over from the old schema", at="<other fields from the old schema>",
   marker="<other fields from the old schema>"),

E("placeholder", "shipping_zone_rates", r"""
CREATE TABLE shipments (
    shipment_id  INTEGER PRIMARY KEY,
    country      TEXT NOT NULL,
    weight_kg    REAL NOT NULL
);

INSERT INTO shipments (country, weight_kg) VALUES ('DE', 1.2), ('FR', 3.4), ('US', 0.8);

SELECT shipment_id,
       country,
       weight_kg,
       CASE
           WHEN country IN ('DE', 'AT', 'CH') THEN 4.90 + 0.50 * weight_kg
           WHEN country IN ('FR', 'BE', 'NL') THEN 6.90 + 0.80 * weight_kg
           -- more WHEN clauses here for the other zones
           ELSE 19.90 + 2.00 * weight_kg
       END AS shipping_eur
FROM shipments
ORDER BY shipment_id;
""", "placeholder: comment stands for the omitted CASE branches", at="more WHEN clauses here", marker="more WHEN clauses here"),

# ---------------------------------------------------------------- llm-chatter
E("llm-chatter", "reading_list_progress", r"""
Here's a simple SQLite schema for tracking your reading list, along with a query to see your progress:

CREATE TABLE books (
    book_id    INTEGER PRIMARY KEY,
    title      TEXT NOT NULL,
    author     TEXT NOT NULL,
    pages      INTEGER NOT NULL,
    pages_read INTEGER NOT NULL DEFAULT 0
);

SELECT title,
       author,
       round(100.0 * pages_read / pages, 1) AS pct_done
FROM books
ORDER BY pct_done DESC;

Explanation:
1. `pages_read` defaults to 0 so new books start unread.
2. Multiplying by 100.0 forces floating-point division in SQLite.

Would you like me to add a table for reading sessions so you can track pages per day?
""", "llm-chatter: intro, 'Explanation:' list and closing question as prose outside comments", at="Here's a simple SQLite schema", outside=True),

E("llm-chatter", "timesheet_weekly_totals", r"""
-- Certainly! Below is the SQLite version of the query.
-- Note that SQLite has no BOOLEAN type, so `billable` is stored as 0/1.

CREATE TABLE IF NOT EXISTS time_entries (
    entry_id   INTEGER PRIMARY KEY,
    user_name  TEXT NOT NULL,
    project    TEXT NOT NULL,
    worked_on  TEXT NOT NULL,
    minutes    INTEGER NOT NULL,
    billable   INTEGER NOT NULL DEFAULT 1
);

SELECT user_name,
       strftime('%Y-%W', worked_on)            AS week,
       sum(minutes) / 60.0                     AS hours,
       sum(minutes * billable) / 60.0          AS billable_hours
FROM time_entries
GROUP BY user_name, week
ORDER BY week, user_name;

-- I hope this helps! If you also need a per-project breakdown, just let me know
-- and I can extend the query.
""", "llm-chatter: conversational intro and closing offer kept in comments", at="Certainly! Below is", outside=False),
]
