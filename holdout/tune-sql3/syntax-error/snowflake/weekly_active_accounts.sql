-- Weekly active accounts by plan
USE WAREHOUSE analytics_wh;

SELECT
    DATE_TRUNC('week', e.event_ts) AS week_start,
    a.plan_name,
    COUNT(DISTINCT e.account_id) AS active_accounts,
    COUNT(*) AS events
FROM raw.app_events e
JOIN core.accounts a ON a.account_id = e.account_id
WHERE e.event_ts >= DATEADD('week', -12, CURRENT_DATE())
  AND e.event_name <> 'heartbeat'
GRUOP BY week_start, a.plan_name
ORDER BY week_start, a.plan_name;

SELECT plan_name, COUNT(*) AS accounts
FROM core.accounts
WHERE is_deleted = FALSE
GROUP BY plan_name;
