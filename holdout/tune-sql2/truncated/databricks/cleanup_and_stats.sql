DELETE FROM web_bronze.clickstream WHERE event_date < date_sub(current_date(), 400);

OPTIMIZE web_bronze.clickstream ZORDER BY (session_id);

ANALYZE TABLE web_bronze.clickstream COMPUTE STATISTICS;

ALTER TABLE web_bronze.clickstream SET TBLPROPERTIES ('delta.deletedFileRetentionDuration' = 'interval 7 days');

INSERT INTO ops.table_maintenance_log (table_name, action, ran_at)
VALUES ('web_bronze.clickstream', 'optimize', current_timestamp());

SELECT event_date, count(*) AS events
FROM web_bronze.clickstream
GROUP BY event_date
ORDER BY
