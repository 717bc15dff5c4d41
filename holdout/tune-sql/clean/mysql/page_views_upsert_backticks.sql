-- Aggregate raw hits into hourly counters (idempotent; safe to re-run).
-- Rows for hours already rolled up are left unchanged except for the count.
INSERT INTO `page_view_hourly` (`page_id`, `hour_start`, `views`, `unique_visitors`)
SELECT h.`page_id`,
       DATE_FORMAT(h.`hit_at`, '%Y-%m-%d %H:00:00') AS hour_start,
       COUNT(*) AS views,
       COUNT(DISTINCT h.`visitor_hash`) AS unique_visitors
FROM `raw_hits` AS h
WHERE h.`hit_at` >= NOW() - INTERVAL 2 HOUR
GROUP BY h.`page_id`, hour_start
ON DUPLICATE KEY UPDATE
  `views` = VALUES(`views`),
  `unique_visitors` = VALUES(`unique_visitors`);

DELETE FROM `raw_hits`
WHERE `hit_at` < NOW() - INTERVAL 7 DAY
LIMIT 50000;

SELECT `page_id`, SUM(`views`) AS `views_24h`
FROM `page_view_hourly`
WHERE `hour_start` >= NOW() - INTERVAL 24 HOUR
GROUP BY `page_id`
ORDER BY `views_24h` DESC
LIMIT 20;
