CREATE TABLE habits (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    target_per_week INTEGER NOT NULL DEFAULT 7
);

CREATE TABLE checkins (
    habit_id INTEGER NOT NULL REFERENCES habits(id),
    day TEXT NOT NULL,
    PRIMARY KEY (habit_id, day)
) WITHOUT ROWID;

CREATE TABLE streaks (
    habit_id INTEGER PRIMARY KEY REFERENCES habits(id),
    current INTEGER NOT NULL DEFAULT 0,
    best INTEGER NOT NULL DEFAULT 0
);

CREATE TRIGGER checkins_update_streak
AFTER INSERT ON checkins
BEGIN
    INSERT OR IGNORE INTO streaks (habit_id) VALUES (NEW.habit_id);
    UPDATE streaks
       SET current = CASE
               WHEN EXISTS (SELECT 1 FROM checkins
                            WHERE habit_id = NEW.habit_id
                              AND day = date(NEW.day, '-1 day'))
               THEN current + 1
               ELSE 1
           END
     WHERE habit_id = NEW.habit_id;
