-- Weekly funnel per platform, pivoted by step.
WITH steps AS (
  SELECT
    date_trunc('WEEK', event_ts) AS week,
    platform,
    event_type AS step,
    user_id
  FROM main.silver.clickstream
  WHERE event_type IN ('view_item', 'add_to_cart', 'checkout', 'purchase')
)
SELECT *
FROM steps
PIVOT (
  count(DISTINCT user_id) AS users
  FOR step IN ('view_item' AS viewed, 'add_to_cart' AS carted, 'checkout' AS checkout, 'purchase' AS purchased)
)
ORDER BY week, platform;

SELECT
  user_id,
  event_ts,
  count_if(event_type = 'purchase') OVER (
    PARTITION BY user_id ORDER BY CAST(event_ts AS LONG)
    RANGE BETWEEN 2592000 PRECEDING AND CURRENT ROW
  ) AS purchases_30d,
  'window is 30 days ...' AS note
FROM main.silver.clickstream;
