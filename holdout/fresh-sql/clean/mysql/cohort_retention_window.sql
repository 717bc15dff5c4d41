-- Weekly cohort retention for the mobile game (MySQL 8 window functions).
WITH first_seen AS (
    SELECT `player_id`,
           MIN(DATE(`started_at`)) AS first_day
    FROM `game`.`sessions`
    GROUP BY `player_id`
),
activity AS (
    SELECT f.`player_id`,
           YEARWEEK(f.first_day, 3) AS cohort_week,
           FLOOR(DATEDIFF(DATE(s.`started_at`), f.first_day) / 7) AS week_no
    FROM first_seen f
    JOIN `game`.`sessions` s ON s.`player_id` = f.`player_id`
)
SELECT cohort_week,
       week_no,
       COUNT(DISTINCT `player_id`) AS players,
       ROUND(100 * COUNT(DISTINCT `player_id`)
             / FIRST_VALUE(COUNT(DISTINCT `player_id`)) OVER (PARTITION BY cohort_week ORDER BY week_no), 1) AS retention_pct
FROM activity
WHERE week_no BETWEEN 0 AND 8
GROUP BY cohort_week, week_no
ORDER BY cohort_week, week_no;