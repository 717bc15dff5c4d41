SELECT
  c.courier_name,
  COUNT(*) AS deliveries,
  COUNTIF(d.delivered_at <= d.promised_at) AS on_time,
  ROUND(100 * COUNTIF(d.delivered_at <= d.promised_at) / COUNT(*), 1) AS on_time_pct
FROM `logistics-prod.core.deliveries` AS d
JOIN `logistics-prod.core.couriers` AS c
  ON c.courier_id = d.courier_id
WHERE DATE(d.promised_at) >= DATE_SUB(CURRENT_DATE(), INTERVAL 30 DAY)
GROUP BY c.courier_name
HAVING COUNT(*) >= 50
ORDER BY
