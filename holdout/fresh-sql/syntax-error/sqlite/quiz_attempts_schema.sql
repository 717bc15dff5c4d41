-- Quiz app: attempts and answers
CREATE TABLE quizzes (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    pass_mark INTEGER NOT NULL DEFAULT 70
);

CREATE TABLE attempts (
    id INTEGER PRIMARY KEY,
    quiz_id INTEGER NOT NULL REFERENCES quizzes(id),
    student TEXT NOT NULL,
    score INTEGER,
    started_at TEXT NOT NULL,
);

CREATE INDEX attempts_quiz_idx ON attempts (quiz_id, score);
