SELECT
  campaign_id,
  SUM(cost_micros) / 1e6 AS spend,
  SUM(clicks) AS clicks,
  SUM(impressions) AS impressions,
  /* other metrics */
  SAFE_DIVIDE(SUM(conversions), SUM(clicks)) AS conversion_rate
FROM `ads-prod.google_ads.campaign_stats`
WHERE segments_date BETWEEN '2024-06-01' AND '2024-06-30'
GROUP BY campaign_id
ORDER BY spend DESC;
