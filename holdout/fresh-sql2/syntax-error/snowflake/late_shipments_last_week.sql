SELECT s.shipment_id,
       s.carrier,
       s.promised_at,
       s.delivered_at,
       DATEDIFF('hour', s.promised_at, s.delivered_at) AS hours_late
FROM logistics.shipments AS s
WHERE s.delivered_at > s.promised_at
  AND s.promised_at >= DATEADD('day', -7, )
ORDER BY hours_late DESC;

SELECT carrier,
       AVG(DATEDIFF('hour', promised_at, delivered_at)) AS avg_hours_late
FROM logistics.shipments
WHERE delivered_at > promised_at
GROUP BY carrier;
