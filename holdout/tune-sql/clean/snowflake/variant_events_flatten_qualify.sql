-- Latest status per order from the event stream; older events are left unchanged.
-- TODO markers in payloads (status = 'TODO') are treated as 'pending'.
WITH items AS (
    SELECT e.event_id,
           e.payload:order.id::STRING                  AS order_id,
           IFF(e.payload:order.status::STRING = 'TODO', 'pending',
               e.payload:order.status::STRING)          AS status,
           f.value:sku::STRING                          AS sku,
           f.value:qty::INTEGER                         AS qty,
           e.payload['meta']['source']::STRING          AS source,
           e.event_ts
    FROM ECOM.RAW.ORDER_EVENTS e,
         LATERAL FLATTEN(input => e.payload:order.items, outer => TRUE) f
    WHERE e.event_ts >= DATEADD('day', -7, CURRENT_TIMESTAMP())
)
SELECT order_id,
       status,
       source,
       ARRAY_AGG(OBJECT_CONSTRUCT('sku', sku, 'qty', qty)) WITHIN GROUP (ORDER BY sku) AS lines,
       MAX(event_ts) AS last_event_ts
FROM items
GROUP BY order_id, status, source
QUALIFY ROW_NUMBER() OVER (PARTITION BY order_id ORDER BY MAX(event_ts) DESC) = 1
ORDER BY last_event_ts DESC;
