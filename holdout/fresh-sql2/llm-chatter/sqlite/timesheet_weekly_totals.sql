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
