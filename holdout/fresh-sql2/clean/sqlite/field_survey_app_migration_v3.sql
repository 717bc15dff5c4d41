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
