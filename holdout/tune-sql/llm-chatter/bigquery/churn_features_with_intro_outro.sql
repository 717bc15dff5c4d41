Here is the updated query with the new engagement features:

SELECT
  u.user_id,
  u.plan,
  DATE_DIFF(CURRENT_DATE(), DATE(u.created_at), DAY) AS tenure_days,
  COUNTIF(e.event_name = 'login') AS logins_30d,
  COUNTIF(e.event_name = 'export') AS exports_30d,
  APPROX_COUNT_DISTINCT(e.session_id) AS sessions_30d
FROM `acme-prod.core.users` AS u
LEFT JOIN `acme-prod.web.events` AS e
  ON e.user_id = u.user_id
 AND e.event_ts >= TIMESTAMP_SUB(CURRENT_TIMESTAMP(), INTERVAL 30 DAY)
GROUP BY u.user_id, u.plan, tenure_days;

Let me know if you need anything else!
