WITH days AS (
  SELECT day
  FROM UNNEST(GENERATE_DATE_ARRAY('2024-05-01', '2024-05-31')) AS day
),
steps AS (
  SELECT
    DATE(event_ts) AS day,
    user_id,
    LOGICAL_OR(event = 'visit')    AS visited,
    LOGICAL_OR(event = 'signup')   AS signed_up,
    LOGICAL_OR(event = 'activate') AS activated
  FROM `growth-prod.events.funnel_events`
  WHERE DATE(event_ts) BETWEEN '2024-05-01' AND '2024-05-31'
  GROUP BY day, user_id
)
SELECT
  d.day,
  COUNTIF(s.visited) AS visitors,
  COUNTIF(s.signed_up) AS signups,
  SAFE_DIVIDE(COUNTIF(s.activated), COUNTIF(s.signed_up)) AS activation_rate,
  ARRAY_AGG(STRUCT(s.user_id, s.activated) ORDER BY s.user_id LIMIT 3) AS sample_users,
  FORMAT('%t ... %t', MIN(s.user_id), MAX(s.user_id)) AS user_range
FROM days AS d
LEFT JOIN steps AS s USING (day)
GROUP BY d.day
ORDER BY d.day;

SELECT * EXCEPT (raw_payload) REPLACE (LOWER(email) AS email)
FROM `growth-prod.events.signups`
WHERE DATE(created_at) = '2024-05-31';

SELECT AS STRUCT 'funnel' AS report, CURRENT_DATE() AS generated_on;
