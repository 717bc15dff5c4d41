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
