Note: this needs ACCOUNTADMIN or a role with access to SNOWFLAKE.ACCOUNT_USAGE.

SELECT warehouse_name,
       DATE_TRUNC('day', start_time) AS usage_day,
       SUM(credits_used) AS credits,
       SUM(credits_used_compute) AS compute_credits,
       SUM(credits_used_cloud_services) AS cloud_credits
FROM SNOWFLAKE.ACCOUNT_USAGE.WAREHOUSE_METERING_HISTORY
WHERE start_time >= DATEADD('day', -30, CURRENT_TIMESTAMP())
GROUP BY 1, 2
ORDER BY credits DESC;

Note: ACCOUNT_USAGE views have up to 3 hours of latency.
I hope this helps you track down the expensive warehouses!
