USE WAREHOUSE admin_wh;

CREATE OR REPLACE VIEW admin.finops.v_wh_daily_credits AS
SELECT warehouse_name,
       DATE_TRUNC('day', start_time) AS day,
       SUM(credits_used) AS credits
FROM snowflake.account_usage.warehouse_metering_history
WHERE start_time >= DATEADD(day, -90, CURRENT_TIMESTAMP())
GROUP BY 1, 2;

SELECT v.warehouse_name, v.day, v.credits, w.owner
FROM admin.finops.v_wh_daily_credits v
JOIN admin.finops.warehouse_owners w
