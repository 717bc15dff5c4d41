SELECT s.value:tracking_no::STRING AS tracking_no,
       s.value:carrier::STRING AS carrier,
       s.value:status::STRING AS status,
       e.received_at
FROM LOGISTICS.RAW.WEBHOOK_EVENTS e,
     LATERAL FLATTEN(input => e.body:shipments) s
WHRE e.source = 'shipbob'
  AND e.received_at >= DATEADD('hour', -24, CURRENT_TIMESTAMP());

UPDATE LOGISTICS.CORE.SHIPMENTS
SET last_checked_at = CURRENT_TIMESTAMP()
WHERE status <> 'delivered';
