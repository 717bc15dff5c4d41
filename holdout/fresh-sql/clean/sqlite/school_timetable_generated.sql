-- School timetable with generated columns, partial index and RETURNING.
CREATE TABLE lessons (
    id          INTEGER PRIMARY KEY,
    class_code  TEXT NOT NULL,
    subject     TEXT NOT NULL,
    weekday     INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 5),
    start_min   INTEGER NOT NULL,
    length_min  INTEGER NOT NULL DEFAULT 50,
    end_min     INTEGER GENERATED ALWAYS AS (start_min + length_min) VIRTUAL,
    cancelled   INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX lessons_active_idx ON lessons (class_code, weekday, start_min) WHERE cancelled = 0;

INSERT INTO lessons (class_code, subject, weekday, start_min)
VALUES ('7B', 'maths', 1, 510), ('7B', 'history', 1, 565), ('7B', 'rest period', 1, 620)
RETURNING id, end_min;

SELECT a.class_code, a.subject, b.subject AS clashes_with
FROM lessons a
JOIN lessons b ON a.class_code = b.class_code AND a.weekday = b.weekday AND a.id < b.id
WHERE a.start_min < b.end_min AND b.start_min < a.end_min AND a.cancelled = 0 AND b.cancelled = 0;