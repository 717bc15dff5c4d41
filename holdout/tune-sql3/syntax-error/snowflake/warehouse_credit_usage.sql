-- Credit usage per warehouse over the last 7 days
SELECT
    warehouse_name,
    SUM(credits_used) AS credits_7d,
    SUM(credits_used_compute) AS compute_credits,
    SUM(credits_used_cloud_services) AS cloud_credits
FROM snowflake.account_usage.warehouse_metering_history
WHERE start_time >= DATEADD('day', -7, CURRENT_TIMESTAMP())
GROUP BY warehouse_name
ORDER BY credits_7d DESC;

SELECT SELECT query_id, warehouse_name, total_elapsed_time / 1000 AS seconds
FROM snowflake.account_usage.query_history
WHERE start_time >= DATEADD('day', -1, CURRENT_TIMESTAMP())
ORDER BY total_elapsed_time DESC
LIMIT 25;

SELECT CURRENT_ROLE(), CURRENT_WAREHOUSE();
