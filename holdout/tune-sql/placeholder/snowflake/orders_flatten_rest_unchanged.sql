CREATE OR REPLACE TABLE ECOM.CORE.ORDER_LINES AS
SELECT o.value:order_id::STRING        AS order_id,
       o.value:placed_at::TIMESTAMP_NTZ AS placed_at,
       li.value:sku::STRING            AS sku,
       li.value:qty::INTEGER           AS qty,
       li.value:unit_price::NUMBER(12,2) AS unit_price
       -- rest of the projected fields unchanged from the previous version
FROM ECOM.RAW.ORDER_EVENTS e,
     LATERAL FLATTEN(input => e.payload:orders) o,
     LATERAL FLATTEN(input => o.value:line_items) li
WHERE e.event_type = 'order_created';

ALTER TABLE ECOM.CORE.ORDER_LINES CLUSTER BY (placed_at);
