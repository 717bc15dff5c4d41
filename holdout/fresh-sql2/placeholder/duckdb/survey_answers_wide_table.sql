CREATE TABLE survey_answers (
    response_id  INTEGER PRIMARY KEY,
    submitted_at TIMESTAMP,
    q01_score    INTEGER,
    q02_score    INTEGER,
    -- …
    q30_score    INTEGER,
    comment      VARCHAR
);

SELECT avg(COLUMNS('q\d+_score'))
FROM survey_answers;
