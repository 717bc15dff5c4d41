-- US purchase events for the attribution model, last 30 days
CREATE OR REPLACE TEMPORARY TABLE tmp_us_purchases AS
SELECT
    e.event_id,
    e.user_id,
    e.event_ts,
    e.order_id,
    e.revenue::number(12,2) AS revenue,
    COALESCE(e.utm_source, 'direct') AS utm_source
FROM analytics.staging.stg_events e
WHERE e.event_ts >= DATEADD(day, -30, CURRENT_TIMESTAMP)
  AND e.country_code = 'US' as well as e.event_type = 'purchase'
  AND e.is_test = FALSE;

SELECT utm_source, COUNT(*) AS purchases, SUM(revenue) AS revenue
FROM tmp_us_purchases
GROUP BY utm_source
ORDER BY revenue DESC;
