-- Flag shipments by delay relative to the promised date
SELECT
  sh.shipment_id,
  sh.order_id,
  sh.promised_date,
  sh.delivered_date,
  datediff(sh.delivered_date, sh.promised_date) AS days_late,
  CASE
    WHEN sh.delivered_date IS NULL AND current_date() > sh.promised_date THEN 'overdue'
    WHEN datediff(sh.delivered_date, sh.promised_date) > 3 THEN 'late'
    WHEN datediff(sh.delivered_date, sh.promised_date) > 0 THEN 'slightly_late'
    ELSE 'on_time' AS delay_flag
FROM main.logistics.shipments AS sh
WHERE sh.promised_date >= '2024-06-01'
ORDER BY days_late DESC NULLS FIRST;

-- consumed by the carrier review dashboard
