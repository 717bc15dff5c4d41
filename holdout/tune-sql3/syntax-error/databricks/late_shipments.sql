-- Shipments delivered after the promised date
SELECT
  s.shipment_id,
  s.carrier,
  s.promised_date,
  s.delivered_date,
  datediff(s.delivered_date, s.promised_date) AS days_late
FROM main.silver.shipments s
WHERE s.delivered_date > s.promised_date
  AND s.carrier IN ('ups', 'fedex', 'dhl')
  AND datediff(s.delivered_date, s.promised_date) >= AND s.is_return = false
ORDER BY days_late DESC
LIMIT 200;

SELECT carrier, count(*) FROM main.silver.shipments GROUP BY carrier;
