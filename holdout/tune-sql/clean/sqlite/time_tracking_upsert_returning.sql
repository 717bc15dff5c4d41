-- Time tracking: one row per (user, day, project); re-running is idempotent.
CREATE TABLE IF NOT EXISTS time_entries (
    user_id INTEGER NOT NULL,
    day TEXT NOT NULL,
    project TEXT NOT NULL,
    minutes INTEGER NOT NULL CHECK (minutes >= 0),
    note TEXT,
    PRIMARY KEY (user_id, day, project)
) WITHOUT ROWID;

INSERT INTO time_entries (user_id, day, project, minutes, note)
VALUES (1, '2026-12-01', 'billing-api', 95, 'Note: pairing with Sam'),
       (1, '2026-12-01', 'ops', 30, NULL),
       (2, '2026-12-01', 'billing-api', 240, 'rest of the refactor')
ON CONFLICT (user_id, day, project) DO UPDATE SET
    minutes = time_entries.minutes + excluded.minutes,
    note = coalesce(excluded.note, time_entries.note)
RETURNING user_id, project, minutes;

SELECT project,
       sum(minutes) / 60.0 AS hours,
       group_concat(DISTINCT user_id) AS people
FROM time_entries
WHERE day BETWEEN '2026-11-25' AND '2026-12-01'
GROUP BY project
ORDER BY hours DESC;
