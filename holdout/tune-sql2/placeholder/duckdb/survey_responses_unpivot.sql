CREATE OR REPLACE TABLE responses AS
SELECT * FROM read_csv('survey/responses.csv', header = true);

UNPIVOT responses
ON q1_satisfaction, q2_ease_of_use, /* ... */ q10_recommend
INTO NAME question VALUE score;

SELECT question,
       avg(score) AS avg_score,
       count(*) FILTER (WHERE score >= 9) AS promoters
FROM (UNPIVOT responses ON COLUMNS('^q[0-9]+_') INTO NAME question VALUE score)
GROUP BY question
ORDER BY question;
