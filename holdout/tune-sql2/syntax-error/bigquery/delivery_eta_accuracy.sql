-- How far off were the promised delivery dates, per carrier and week?
SELECT
  carrier,
  DATE_TRUNC(DATE(delivered_at), WEEK(MONDAY)) AS week,
  COUNT(*) AS deliveries,
  AVG(TIMESTAMP_DIFF(delivered_at, promised_at, HOUR)) AS avg_delay_h
  APPROX_QUANTILES(TIMESTAMP_DIFF(delivered_at, promised_at, HOUR), 100)[OFFSET(95)] AS p95_delay_h,
  COUNTIF(delivered_at > promised_at) / COUNT(*) AS late_share
FROM `acme-logistics.ops.deliveries`
WHERE delivered_at IS NOT NULL
  AND DATE(delivered_at) >= DATE_SUB(CURRENT_DATE(), INTERVAL 90 DAY)
GROUP BY carrier, week
ORDER BY week DESC, carrier;
