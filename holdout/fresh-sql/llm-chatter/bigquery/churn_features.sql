Sure! Here's the query to build churn features per subscriber:

SELECT subscriber_id,
       DATE_DIFF(CURRENT_DATE(), MAX(DATE(event_ts)), DAY) AS days_since_active,
       COUNTIF(event_type = 'support_ticket') AS tickets_90d,
       COUNTIF(event_type = 'plan_downgrade') AS downgrades_90d,
       AVG(IF(event_type = 'session', session_minutes, NULL)) AS avg_session_min
FROM `telco-dw.events.subscriber_events`
WHERE DATE(event_ts) >= DATE_SUB(CURRENT_DATE(), INTERVAL 90 DAY)
GROUP BY subscriber_id;

Let me know if you'd like me to add tenure or billing features too!
