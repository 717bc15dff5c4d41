CREATE OR REPLACE TABLE exams AS
SELECT * FROM read_json('exams/*.json', format = 'array');

SELECT
    student_id,
    course,
    scores,
    [s * 1.1 FOR s IN scores IF s IS NOT NULL AS curved,
    list_max(scores)  AS best,
    list_avg(scores)  AS mean_score
FROM exams
WHERE len(scores) >= 3
ORDER BY mean_score DESC
LIMIT 50;

SUMMARIZE exams;
