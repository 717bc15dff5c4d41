-- Sure thing! This query lists tables that haven't been modified in 90+ days,
-- which is a good starting point for cleaning up storage costs.
-- (I used INFORMATION_SCHEMA.TABLE_STORAGE because it includes byte counts.)

SELECT
  table_schema,
  table_name,
  storage_last_modified_time AS last_modified,
  ROUND(total_logical_bytes / POW(1024, 3), 2) AS logical_gib
FROM `region-eu`.INFORMATION_SCHEMA.TABLE_STORAGE
WHERE deleted = FALSE
  AND storage_last_modified_time < TIMESTAMP_SUB(CURRENT_TIMESTAMP(), INTERVAL 90 DAY)
ORDER BY logical_gib DESC;

-- Let me know if you want me to generate the DROP TABLE statements too —
-- though I'd recommend reviewing the list with the owners first!
