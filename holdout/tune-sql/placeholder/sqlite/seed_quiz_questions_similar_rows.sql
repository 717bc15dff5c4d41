CREATE TABLE IF NOT EXISTS quiz_questions (
    id INTEGER PRIMARY KEY,
    topic TEXT NOT NULL,
    prompt TEXT NOT NULL,
    answer TEXT NOT NULL,
    difficulty INTEGER NOT NULL DEFAULT 1
);

INSERT INTO quiz_questions (topic, prompt, answer, difficulty) VALUES
    ('geography', 'Capital of Australia?', 'Canberra', 1),
    ('geography', 'Longest river in Africa?', 'Nile', 1),
    /* ... 40 more rows in the same format ... */
    ('history', 'Year the Berlin Wall fell?', '1989', 2);

SELECT topic, count(*) FROM quiz_questions GROUP BY topic;
