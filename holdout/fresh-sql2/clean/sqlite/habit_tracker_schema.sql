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
