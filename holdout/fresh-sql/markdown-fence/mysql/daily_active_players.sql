```sql
SELECT DATE(s.`started_at`) AS play_date,
       s.`platform`,
       COUNT(DISTINCT s.`player_id`) AS dau,
       ROUND(AVG(TIMESTAMPDIFF(MINUTE, s.`started_at`, s.`ended_at`)), 1) AS avg_session_min
FROM `game`.`sessions` s
WHERE s.`started_at` >= CURDATE() - INTERVAL 30 DAY
  AND s.`ended_at` IS NOT NULL
GROUP BY play_date, s.`platform`
ORDER BY play_date, s.`platform`;
```
