-- Conversion rate per campaign
WITH agg AS (
  SELECT
    campaign_id,
    COUNTIF(event_name = 'click') AS clicks,
    COUNTIF(event_name = 'purchase') AS conversions,
    SUM(IF(event_name = 'purchase', revenue, 0)) AS revenue
  FROM `acme-analytics.marts.ad_events`
  WHERE event_date BETWEEN '2024-09-01' AND '2024-09-30'
  GROUP BY campaign_id
)
SELECT
  a.campaign_id,
  c.campaign_name,
  a.clicks,
  a.conversions,
  SAFE_DIVIDE(conversions, ) AS conversion_rate,
  a.revenue
FROM agg AS a
JOIN `acme-analytics.core.campaigns` AS c USING (campaign_id)
ORDER BY conversion_rate DESC;
